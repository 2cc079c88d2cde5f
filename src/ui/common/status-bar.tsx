/**
 * The status line: whether the open draft is saved (role "status", so a screen reader hears changes), and the
 * words the storage layer gave when something went wrong.
 */
import { useDocument } from '../app/stores-context';

const WORDS = { saved: 'Saved', saving: 'Saving…', unsaved: 'Unsaved changes', error: 'Not saved' } as const;

/** Save state and a short count of the text. */
export function StatusBar() {
  const saveState = useDocument((s) => s.saveState);
  const length = useDocument((s) => s.text.length);
  const text = saveState.kind === 'error' && saveState.message ? saveState.message : WORDS[saveState.kind];
  return (
    <footer className="statusbar">
      <span role="status" className={saveState.kind === 'error' ? 'statusbar__state--error' : undefined}>
        {text}
      </span>
      <span className="statusbar__count">{length.toLocaleString('en')} characters</span>
    </footer>
  );
}
