/**
 * Which safety view is open (History, Trash, Storage and backup), so a toolbar button can open a dialog that
 * the safety layer renders. UI-only state: nothing here is stored.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** The safety views. */
export type SafetyDialog = 'history' | 'trash' | 'storage';

const dialogs = createStore<{ open: SafetyDialog | null }>(() => ({ open: null }));

/** Open a view (null closes it). */
export function openSafetyDialog(which: SafetyDialog | null): void {
  dialogs.setState({ open: which });
}

/** The open view, for rendering. */
export function useSafetyDialog(): SafetyDialog | null {
  return useStore(dialogs, (s) => s.open);
}
