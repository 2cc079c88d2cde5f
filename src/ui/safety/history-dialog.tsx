/**
 * The History view: the open draft's revisions (time, size, why), a diff of the chosen one against the current
 * text, and "Restore this version". The restore keeps the replaced text in history and offers Undo; the
 * editor's own undo (Ctrl/Cmd+Z) takes it back too.
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useDocument, useStores } from '../app/stores-context';
import { ModalDialog } from '../workbench/modal-dialog';
import { DiffView } from './diff-view';
import { formatTextSize, formatWhen, revisionReason } from './format';
import type { Notify } from './safety-layer';

/** The dialog; `onClose` closes it. */
export function HistoryDialog({ onClose, notify }: { onClose(): void; notify: Notify }) {
  const stores = useStores();
  const draftId = useDocument((s) => s.id);
  const current = useDocument((s) => s.text);
  const revisions = useStore(stores.history, (s) => s.revisions);
  const loading = useStore(stores.history, (s) => s.loading);
  const error = useStore(stores.history, (s) => s.error);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    if (draftId !== null) void stores.history.getState().load(draftId);
  }, [stores, draftId]);
  const selected = revisions.find((r) => r.id === chosen) ?? revisions[0];

  const restore = async () => {
    if (!selected) return;
    const when = formatWhen(selected.at);
    const result = await stores.history.getState().restore(selected.id);
    if (!result.ok) {
      notify({ message: `Not restored: ${result.error.message}`, tone: 'error' }, 10_000);
      return;
    }
    onClose();
    notify(
      {
        message: `Restored the version from ${when}.`,
        tone: 'info',
        action: {
          label: 'Undo',
          run: () => stores.history.getState().undoRestore(result.value.previousText),
        },
      },
      15_000,
    );
  };

  return (
    <ModalDialog title="History" onClose={onClose} className="safety-dialog history">
      {draftId === null ? (
        <p>Open a draft to see its history.</p>
      ) : error ? (
        <p role="alert">{error.message}</p>
      ) : revisions.length === 0 ? (
        <p>
          {loading ? 'Loading…' : 'No earlier versions yet: one is kept every few minutes while you write.'}
        </p>
      ) : (
        <div className="history__body">
          <ul className="history__list" aria-label="Versions">
            {revisions.map((r) => (
              <li key={r.id}>
                <button type="button" aria-pressed={r.id === selected?.id} onClick={() => setChosen(r.id)}>
                  <span className="history__when">{formatWhen(r.at)}</span>
                  <span className="history__meta">
                    {r.text.length.toLocaleString('en')} characters · {formatTextSize(r.text.length)}
                  </span>
                  <span className="history__meta">{revisionReason(r.reason)}</span>
                </button>
              </li>
            ))}
          </ul>
          {selected && (
            <section className="history__detail" aria-label="Chosen version">
              <DiffView
                from={selected.text}
                to={current}
                fromLabel="this version"
                toLabel="the current text"
              />
              <div className="safety-dialog__actions">
                <button type="button" className="btn btn--primary" onClick={() => void restore()}>
                  Restore this version
                </button>
              </div>
            </section>
          )}
        </div>
      )}
    </ModalDialog>
  );
}
