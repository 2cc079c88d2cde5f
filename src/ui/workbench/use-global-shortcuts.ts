/**
 * Shortcuts of `global` commands anywhere in the app (the palette, help, save), for when focus is outside the
 * editor. Inside the editor its keymap runs them first and marks the event handled, so nothing runs twice.
 * While a modal dialog is open, only Escape (the dialog's own) acts.
 */
import { useEffect } from 'react';
import { COMMANDS } from '../editor/commands';
import { runCommand } from '../editor/command-runtime';
import { matchesShortcut } from '../editor/shortcuts';
import { isMac } from './use-platform';

/** Listen for global shortcuts on the window. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const mac = isMac();
    const global = COMMANDS.filter((c) => c.scope === 'global' && c.shortcut);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = global.find((c) => matchesShortcut(event, c.shortcut as string, mac));
      // The dialog is looked for only now: the search walks the whole page (the preview of a long post is tens
      // of thousands of elements, ~4 ms at 800 KB), and almost every keystroke is no shortcut at all.
      if (!command || document.querySelector('dialog[open]')) return;
      if (runCommand(command.id)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
