/**
 * The keyboard help (Ctrl/Cmd+/): every shortcut from the command list, by group, in this platform's notation,
 * plus the editor's own keys (list continuation, search).
 */
import { COMMAND_GROUPS, COMMANDS } from '../editor/commands';
import { formatShortcut } from '../editor/shortcuts';
import { ModalDialog } from './modal-dialog';
import { isMac } from './use-platform';

const EXTRA: { group: string; label: string; keys: string }[] = [
  { group: 'Edit', label: 'Continue a list or quote on the next line', keys: 'Enter' },
  { group: 'Edit', label: 'Find next / previous', keys: 'Mod-g' },
  { group: 'Edit', label: 'Leave the editor (then Tab moves on)', keys: 'Escape' },
];

/** The help dialog. */
export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const mac = isMac();
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose} className="help">
      <p className="help__intro">
        Every action is also in the command palette ({formatShortcut('Mod-k', mac)}).
      </p>
      <div className="help__groups" tabIndex={0} role="group" aria-label="Shortcuts by group">
        {COMMAND_GROUPS.map((group) => {
          const rows = [
            ...COMMANDS.filter((c) => c.group === group && c.shortcut).map((c) => ({
              label: c.label,
              keys: c.shortcut as string,
            })),
            ...EXTRA.filter((e) => e.group === group),
          ];
          if (rows.length === 0) return null;
          return (
            <table key={group} className="help__table">
              <caption>{group}</caption>
              <thead>
                <tr>
                  <th scope="col">Action</th>
                  <th scope="col">Keys</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <td>{r.label}</td>
                    <td>
                      <kbd>
                        {r.keys === 'Enter' || r.keys === 'Escape' ? r.keys : formatShortcut(r.keys, mac)}
                      </kbd>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
    </ModalDialog>
  );
}
