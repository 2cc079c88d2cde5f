/**
 * Move the editor to a span of the post: select it, scroll it near the top, focus the editor. Used by the
 * outline, the problems list and clicks in the preview.
 */
import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { getEditorView } from '../editor/editor-handle';

/** Select `from`..`to` (a caret when equal) and show it; returns false when no editor is mounted. */
export function goToSource(from: number, to = from, focus = true): boolean {
  const view = getEditorView();
  if (!view) return false;
  const length = view.state.doc.length;
  const a = Math.max(0, Math.min(from, length));
  const b = Math.max(0, Math.min(to, length));
  view.dispatch({
    selection: EditorSelection.single(a, b),
    effects: EditorView.scrollIntoView(a, { y: 'start', yMargin: 24 }),
    userEvent: 'select.goto',
  });
  if (focus) view.focus();
  return true;
}
