/**
 * The one live CodeMirror view, so that the form, the toolbar and shortcuts can send their edits through it as
 * transactions (undo then covers every edit). Set by the source editor when it mounts, cleared when it unmounts.
 */
import type { EditorView } from '@codemirror/view';
import type { TextChange } from '../../core/front-matter/types';

let current: EditorView | null = null;

/** Register (or clear, with null) the mounted editor view. */
export function setEditorView(view: EditorView | null): void {
  current = view;
}

/** The mounted editor view, if any. */
export function getEditorView(): EditorView | null {
  return current;
}

/**
 * Apply text changes through the editor so they join its undo history. Returns false when no editor is mounted
 * (the caller then applies them to the stored text itself).
 */
export function dispatchChanges(changes: readonly TextChange[]): boolean {
  if (!current) return false;
  current.dispatch({ changes: [...changes], userEvent: 'input.form' });
  return true;
}
