/**
 * Images into the open draft: store the files (the assets store checks type and size and names them), then
 * insert a Markdown image per stored file at the caret, through the editor so one undo takes it back.
 * Refusals come back as messages for the person.
 */
import type { Stores } from '../../state/create-stores';
import { getEditorView } from '../editor/editor-handle';
import { imageInsertPoint, imageMarkdown } from '../../core/bundle/image-markdown';

/**
 * Put `insert` at the caret (replacing a selection), through the editor when one is mounted. A caret in the
 * front matter is moved to the start of the body (`imageInsertPoint`).
 */
export function insertAtCaret(stores: Stores, insert: string): void {
  const view = getEditorView();
  if (view) {
    const range = view.state.selection.main;
    const from = imageInsertPoint(view.state.doc.toString(), range.from);
    const to = from === range.from ? range.to : from;
    view.dispatch({
      changes: { from, to, insert },
      // A plain selection spec: no CodeMirror import here (this module is part of the app's first download).
      selection: { anchor: from + insert.length },
      userEvent: 'input.paste',
      scrollIntoView: true,
    });
    return;
  }
  const doc = stores.document.getState();
  const at = imageInsertPoint(doc.text, Math.min(doc.caret, doc.text.length));
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
