/**
 * Images into the open draft: store the files (the assets store checks type and size and names them), then
 * insert a Markdown image per stored file at the caret, through the editor so one undo takes it back.
 * Refusals come back as messages for the person.
 */
import { EditorSelection } from '@codemirror/state';
import type { Stores } from '../../state/create-stores';
import { getEditorView } from '../editor/editor-handle';

/** `![alt](path)` lines for the added images. */
export function imageMarkdown(added: readonly { path: string; alt: string }[]): string {
  return added.map((a) => `![${a.alt.replace(/[[\]\\]/g, '\\$&')}](${a.path})`).join('\n');
}

/** Put `insert` at the caret (replacing a selection), through the editor when one is mounted. */
export function insertAtCaret(stores: Stores, insert: string): void {
  const view = getEditorView();
  if (view) {
    const range = view.state.selection.main;
    view.dispatch({
      changes: { from: range.from, to: range.to, insert },
      selection: EditorSelection.cursor(range.from + insert.length),
      userEvent: 'input.paste',
      scrollIntoView: true,
    });
    return;
  }
  const doc = stores.document.getState();
  const at = Math.min(doc.caret, doc.text.length);
  doc.setText(doc.text.slice(0, at) + insert + doc.text.slice(at), at + insert.length);
}

/** Add `files` as images and insert them at the caret; returns the messages for refused files. */
export async function addImagesAtCaret(stores: Stores, files: readonly File[]): Promise<string[]> {
  const outcome = await stores.assets
    .getState()
    .add(files.map((f) => ({ name: f.name || 'image', blob: f })));
  if (outcome.added.length) insertAtCaret(stores, imageMarkdown(outcome.added));
  return outcome.refused.map((r) => r.message);
}
