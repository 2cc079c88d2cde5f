/**
 * The command palette (Ctrl/Cmd+K): a search box over every command, as a WAI-ARIA combobox with a listbox.
 * Arrow keys move, Enter runs, Escape closes. Commands that cannot run now (no draft open, say) are listed but
 * marked unavailable.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { COMMANDS, type Command } from '../editor/commands';
import { isCommandEnabled } from '../editor/command-runtime';
import { formatShortcut } from '../editor/shortcuts';
import { fuzzyFilter } from './fuzzy-match';
import { ModalDialog } from './modal-dialog';
import { isMac } from './use-platform';

export interface CommandPaletteProps {
  onClose(): void;
  /** Run the command (the palette is closed first, so focus is back where the person was). */
  onRun(id: string): void;
}

/** The palette dialog. */
export function CommandPalette({ onClose, onRun }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const mac = isMac();
  const enabled = useMemo(() => new Map(COMMANDS.map((c) => [c.id, isCommandEnabled(c)])), []);
  const results = useMemo(() => fuzzyFilter(COMMANDS, query, (c) => `${c.group} ${c.label}`), [query]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const run = (command: Command | undefined) => {
    if (command && enabled.get(command.id)) onRun(command.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: 8,
      PageUp: -8,
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = current + (moves[event.key] ?? 0);
      setActive(Math.max(0, Math.min(results.length - 1, next)));
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(results[current]);
    }
  };
  const optionId = (c: Command) => `palette-option-${c.id}`;
  const activeCommand = results[current];

  return (
    <ModalDialog title="Command palette" onClose={onClose} className="palette" showTitle={false}>
      <input
        className="palette__input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={activeCommand ? optionId(activeCommand) : undefined}
        placeholder="Type a command…"
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette__list" id="palette-list" role="listbox" aria-label="Commands">
        {results.map((c, i) => (
          <li
            key={c.id}
            id={optionId(c)}
            role="option"
            aria-selected={i === current}
            aria-disabled={!enabled.get(c.id)}
            className="palette__option"
            ref={i === current ? (el) => el?.scrollIntoView({ block: 'nearest' }) : undefined}
            onMouseMove={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span className="palette__group">{c.group}</span>
            <span className="palette__label">{c.label}</span>
            {c.shortcut && <kbd className="palette__kbd">{formatShortcut(c.shortcut, mac)}</kbd>}
          </li>
        ))}
        {results.length === 0 && (
          <li role="option" aria-selected="false" aria-disabled="true" className="palette__empty">
            No command matches “{query}”.
          </li>
        )}
      </ul>
    </ModalDialog>
  );
}
