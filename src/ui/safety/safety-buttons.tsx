/**
 * The toolbar buttons that open History (for the open draft), Trash and Storage and backup.
 */
import { useDocument } from '../app/stores-context';
import { openSafetyDialog } from './dialogs-store';

/** History, Trash, Storage. */
export function SafetyButtons() {
  const hasDraft = useDocument((s) => s.id !== null);
  return (
    <>
      <button type="button" disabled={!hasDraft} onClick={() => openSafetyDialog('history')}>
        History
      </button>
      <button type="button" onClick={() => openSafetyDialog('trash')}>
        Trash
      </button>
      <button type="button" onClick={() => openSafetyDialog('storage')}>
        Storage
      </button>
    </>
  );
}
