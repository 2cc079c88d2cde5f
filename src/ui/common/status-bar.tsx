/**
 * The status line: whether the open draft is saved (role "status", so a screen reader hears changes), and the
 * words the storage layer gave when something went wrong.
 */
import { useDocument } from '../app/stores-context';
import { PostStats } from '../workbench/post-stats';

const WORDS = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved' } as const;

/** Save state and the post's word count, character count and reading time. */
export function StatusBar() {
  const saveState = useDocument((s) => s.saveState);
  const text = saveState.kind === 'error' && saveState.message ? saveState.message : WORDS[saveState.kind];
  return (
    <footer className="statusbar">
      <span role="status" className={saveState.kind === 'error' ? 'statusbar__state--error' : undefined}>
        {text}
      </span>
      <PostStats />
    </footer>
  );
}
