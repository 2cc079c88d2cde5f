/**
 * Puts text changed outside the editor into CodeMirror: another tab's version (not part of undo: the person did
 * not make that change here) or a restored revision (one undoable step). Only the differing middle is replaced,
 * so the caret stays where the text did not change. Used by the workspace, with the editor: CodeMirror's code
 * is not part of the app's first download.
 */
import { useEffect } from 'react';
import { Transaction } from '@codemirror/state';
import { useStores } from '../app/stores-context';
import { getEditorView } from './editor-handle';
import { minimalChange } from '../../core/history/text-change';

/** Keep the mounted editor in step with text the document store received from elsewhere. */
export function useExternalText(): void {
  const stores = useStores();
  useEffect(
    () =>
      stores.document.subscribe((state, previous) => {
        if (state.externalSeq === previous.externalSeq) return;
        const view = getEditorView();
        if (!view) return;
        const change = minimalChange(view.state.doc.toString(), state.text);
        if (!change) return;
        const follow = state.externalKind === 'follow';
        view.dispatch({
          changes: change,
          userEvent: follow ? 'input.follow' : 'input.restore',
          annotations: follow ? Transaction.addToHistory.of(false) : [],
        });
      }),
    [stores],
  );
}
