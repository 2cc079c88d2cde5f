/**
 * Pasting images into the editor: a paste whose clipboard holds files (a screenshot, an image copied in a file
 * manager) stores them as the draft's images and inserts Markdown for them at the caret. Text pastes are left
 * to CodeMirror. Listens in the capture phase so the editor never sees an image paste.
 */
import { useEffect } from 'react';
import type { Stores } from '../../state/create-stores';
import { getEditorView } from '../editor/editor-handle';
import { addImagesAtCaret } from './insert-images';

/** Handle image pastes into the editor while mounted; `onRefused` gets the messages for refused files. */
export function useImagePaste(stores: Stores, onRefused: (messages: string[]) => void): void {
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const view = getEditorView();
      const target = e.target as Node | null;
      if (!view || !target || !view.dom.contains(target)) return;
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length === 0) return;
      e.preventDefault();
      e.stopPropagation();
      void addImagesAtCaret(stores, files).then((refused) => refused.length && onRefused(refused));
    };
    document.addEventListener('paste', onPaste, true);
    return () => document.removeEventListener('paste', onPaste, true);
  }, [stores, onRefused]);
}
