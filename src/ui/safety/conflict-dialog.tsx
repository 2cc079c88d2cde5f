/**
 * Shown when another tab saved (or deleted) the open draft while this tab had changes of its own. Nothing was
 * saved over anything; both versions are shown, with their differences, and the person chooses. Whatever they
 * choose, the other version stays in the draft's history (or becomes a draft of its own with "Keep both").
 */
import { useState } from 'react';
import { useDocument, useStores } from '../app/stores-context';
import type { ConflictChoice } from '../../state/document-store';
import { ModalDialog } from '../workbench/modal-dialog';
import { DiffView } from './diff-view';
import type { Notify } from './safety-layer';

/** The dialog, open while the document holds a conflict. */
export function ConflictDialog({ notify }: { notify: Notify }) {
  const stores = useStores();
  const conflict = useDocument((s) => s.conflict);
  // The text only while there is a conflict: otherwise this would render on every keystroke.
  const mine = useDocument((s) => (s.conflict ? s.text : ''));
  const [busy, setBusy] = useState(false);
  // Closed without choosing: a banner keeps the question open (nothing is saved until it is answered).
  const [setAside, setSetAside] = useState<object | null>(null);
  if (!conflict) return null;
  const theirs = conflict.theirs;
  if (setAside === conflict) {
    return (
      <section className="storage-full" role="alert" aria-label="Unsaved: two versions">
        <p>
          <strong>Not saved: this draft was {theirs ? 'changed' : 'deleted'} in another tab.</strong> Your
          text is safe here until you choose which version to keep.
        </p>
        <button type="button" className="btn" onClick={() => setSetAside(null)}>
          Compare and choose
        </button>
      </section>
    );
  }

  const choose = async (choice: ConflictChoice) => {
    setBusy(true);
    const done = await stores.document.getState().resolveConflict(choice);
    setBusy(false);
    if (!done.ok) notify({ message: done.error.message, tone: 'error' }, 10_000);
  };

  return (
    <ModalDialog
      title={theirs ? 'This draft was changed in another tab' : 'This draft was deleted in another tab'}
      onClose={() => setSetAside(conflict)}
      className="safety-dialog conflict"
    >
      <p className="safety-dialog__intro">
        {theirs
          ? 'Both tabs changed it. Nothing was saved over either version: choose which to keep. The other one stays in the draft’s history.'
          : 'This tab still has changes of its own. Keep them (the draft comes back from the trash), or let the draft go (your text stays in its history).'}
      </p>
      {theirs ? (
        <DiffView
          from={theirs.text}
          to={mine}
          fromLabel="the other tab’s version"
          toLabel="this tab’s version"
        />
      ) : (
        <pre className="conflict__text" aria-label="This tab’s version">
          {mine}
        </pre>
      )}
      <div className="safety-dialog__actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => void choose('mine')}
        >
          Keep this tab’s version
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void choose('theirs')}>
          {theirs ? 'Use the other tab’s version' : 'Let it go'}
        </button>
        {theirs && (
          <button type="button" className="btn" disabled={busy} onClick={() => void choose('both')}>
            Keep both
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
