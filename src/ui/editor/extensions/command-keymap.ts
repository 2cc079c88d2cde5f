/**
 * The editor's keymap for the workbench commands: every command with a shortcut that CodeMirror does not bind
 * itself, run through `runCommand` (so the palette and the toolbar do exactly the same). Higher precedence
 * than CodeMirror's defaults, which it overrides for Mod-i and Mod-Shift-k.
 */
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { COMMANDS } from '../commands';
import { runCommand } from '../command-runtime';

/** The keymap extension. */
export const commandKeymap = Prec.high(
  keymap.of(
    COMMANDS.filter((c) => c.shortcut && !c.builtin).map((c) => ({
      key: c.shortcut as string,
      preventDefault: true,
      run: () => runCommand(c.id),
    })),
  ),
);
