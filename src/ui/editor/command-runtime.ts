/**
 * Where commands find what they act on. The workbench provider registers a getter for the current context
 * (stores, editor view, dialogs); the editor keymap, the global shortcut listener, the toolbars and the palette
 * all run commands through `runCommand`, so an action behaves the same whichever way it was reached.
 */
import type { Command, CommandContext } from './commands';

let getContext: (() => CommandContext) | null = null;
let commands: readonly Command[] = [];
// The command list (and the CodeMirror commands it uses) loads as its own chunk, right away but not as part of
// the first download; until it is in, no command runs (as before the workbench provides a context).
void import('./commands').then((m) => {
  commands = m.COMMANDS;
});

/** Register the context getter; returns the function that unregisters it. */
export function provideCommandContext(get: () => CommandContext): () => void {
  getContext = get;
  return () => {
    if (getContext === get) getContext = null;
  };
}

/** The current context, or null before the workbench mounted. */
export function currentCommandContext(): CommandContext | null {
  return getContext ? getContext() : null;
}

/** The command with `id`, if there is one. */
export function findCommand(id: string): Command | undefined {
  return commands.find((c) => c.id === id);
}

/** Whether `command` can run now. */
export function isCommandEnabled(command: Command): boolean {
  const ctx = currentCommandContext();
  return ctx !== null && command.isEnabled(ctx);
}

/** Run the command `id` if it is enabled; returns whether it ran. */
export function runCommand(id: string): boolean {
  const command = findCommand(id);
  const ctx = currentCommandContext();
  if (!command || !ctx || !command.isEnabled(ctx)) return false;
  void command.run(ctx);
  return true;
}
