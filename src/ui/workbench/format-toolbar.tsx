/**
 * The formatting toolbar above the editor: the commands that have a toolbar label, in command-list order,
 * each named for screen readers and showing its shortcut in the tooltip. Buttons do not take focus on mouse
 * press, so the editor keeps its selection; from the keyboard they are ordinary Tab stops.
 */
import { COMMANDS } from '../editor/commands';
import { runCommand } from '../editor/command-runtime';
import { ariaShortcut, formatShortcut } from '../editor/shortcuts';
import { isMac } from './use-platform';

/**
 * The button's name: the command's label, led by the visible text when the label does not contain it
 * ("H2, Heading 2"), so speech users can say what they see (WCAG 2.5.3).
 */
export function accessibleName(label: string, visible: string): string {
  const spoken = visible.replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const readable = /\p{N}|\p{L}{2,}/u.test(spoken);
  return readable && !label.toLowerCase().includes(spoken.toLowerCase()) ? `${spoken}, ${label}` : label;
}

/** The toolbar. */
export function FormatToolbar() {
  const mac = isMac();
  const items = COMMANDS.filter((c) => c.toolbar);
  return (
    <div className="format-toolbar" role="toolbar" aria-label="Formatting">
      {items.map((c) => (
        <button
          key={c.id}
          type="button"
          className={`format-toolbar__button format-toolbar__button--${c.id}`}
          aria-label={accessibleName(c.label, c.toolbar ?? '')}
          aria-keyshortcuts={c.shortcut ? ariaShortcut(c.shortcut, mac) : undefined}
          title={c.shortcut ? `${c.label} (${formatShortcut(c.shortcut, mac)})` : c.label}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => runCommand(c.id)}
        >
          <span aria-hidden="true">{c.toolbar}</span>
        </button>
      ))}
    </div>
  );
}
