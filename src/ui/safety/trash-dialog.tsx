/**
 * The Trash view: deleted drafts (title, when, days left), each restorable or deletable for good, and
 * "Empty trash" (asked twice, since it cannot be undone). Drafts leave the trash by themselves after 30 days.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ModalDialog } from '../workbench/modal-dialog';
import { daysLeft, TRASH_DAYS } from '../../state/trash-store';
import { formatWhen } from './format';
import type { Notify } from './safety-layer';

/** The dialog; `onClose` closes it. */
export function TrashDialog({ onClose, notify }: { onClose(): void; notify: Notify }) {
  const stores = useStores();
  const entries = useStore(stores.trash, (s) => s.entries);
  const error = useStore(stores.trash, (s) => s.error);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => void stores.trash.getState().load(), [stores]);
  const now = Date.now();

  const report = (done: { ok: boolean; error?: { message: string } }, what: string) => {
    if (!done.ok) notify({ message: `${what}: ${done.error?.message ?? ''}`, tone: 'error' }, 10_000);
  };

  return (
    <ModalDialog title="Trash" onClose={onClose} className="safety-dialog trash">
      <p className="safety-dialog__intro">
        Deleted drafts stay here for {TRASH_DAYS} days, with their history, then go for good.
      </p>
      {error && <p role="alert">{error.message}</p>}
      {entries.length === 0 ? (
        <p>The trash is empty.</p>
      ) : (
        <>
          <ul className="trash__list" aria-label="Deleted drafts">
            {entries.map((e) => {
              const title = e.draft.meta.title || 'Untitled';
              const left = daysLeft(e.deletedAt, now);
              return (
                <li key={e.draft.id} className="trash__item">
                  <span className="trash__title">{title}</span>
                  <span className="trash__meta">
                    Deleted {formatWhen(e.deletedAt, now)} · {left} day{left === 1 ? '' : 's'} left
                  </span>
                  <span className="trash__actions">
                    <button
                      type="button"
                      className="btn"
                      aria-label={`Restore ${title}`}
                      onClick={async () => {
                        const restored = await stores.trash.getState().restore(e.draft.id);
                        report(restored, `“${title}” was not restored`);
                        if (restored.ok) onClose();
                      }}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="btn"
                      aria-label={`Delete ${title} forever`}
                      onClick={async () =>
                        report(await stores.trash.getState().purge(e.draft.id), `“${title}” was not deleted`)
                      }
                    >
                      Delete forever
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
          <div className="safety-dialog__actions">
            {confirming ? (
              <>
                <span>
                  Delete {entries.length} draft{entries.length === 1 ? '' : 's'} forever?
                </span>
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={async () => {
                    setConfirming(false);
                    report(await stores.trash.getState().empty(), 'The trash was not emptied');
                  }}
                >
                  Yes, empty the trash
                </button>
                <button type="button" className="btn" onClick={() => setConfirming(false)}>
                  Cancel
                </button>
              </>
            ) : (
              <button type="button" className="btn" onClick={() => setConfirming(true)}>
                Empty trash
              </button>
            )}
          </div>
        </>
      )}
    </ModalDialog>
  );
}
