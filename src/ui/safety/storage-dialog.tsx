/**
 * Settings → Storage and backup: whether the browser keeps this site's data persistently, how much is used and
 * left, what could be freed (trash, older history), and the backup ("Export all", with or without history;
 * "Import backup").
 */
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { ModalDialog } from '../workbench/modal-dialog';
import { downloadBackup, importBackupBytes } from './backup-files';
import { formatBytes, formatTextSize } from './format';
import type { Notify } from './safety-layer';

function persistenceWords(persisted: boolean | null): string {
  if (persisted === true)
    return 'Granted: the browser keeps your drafts even when the disk runs low on space.';
  if (persisted === false)
    return 'Not granted: the browser may clear this site’s data when the disk runs low. Export a backup now and then.';
  return 'This browser does not say whether it keeps this site’s data.';
}

/** The dialog; `onClose` closes it. */
export function StorageDialog({ onClose, notify }: { onClose(): void; notify: Notify }) {
  const stores = useStores();
  const status = useStore(stores.storageStatus);
  const [history, setHistory] = useState(true);
  useEffect(() => void stores.storageStatus.getState().refresh(), [stores]);
  const estimate = status.estimate;

  return (
    <ModalDialog title="Storage and backup" onClose={onClose} className="safety-dialog storage">
      <section aria-label="Browser storage">
        <h3>Browser storage</h3>
        <dl className="storage__facts">
          <dt>Persistent storage</dt>
          <dd>
            {persistenceWords(status.persisted)}
            {status.persisted === false && (
              <button type="button" className="btn" onClick={() => void status.requestPersistence()}>
                Ask again
              </button>
            )}
          </dd>
          <dt>Used</dt>
          <dd>{estimate ? formatBytes(estimate.usage) : 'Unknown'}</dd>
          <dt>Free</dt>
          <dd>{estimate ? formatBytes(Math.max(0, estimate.quota - estimate.usage)) : 'Unknown'}</dd>
          <dt>Trash</dt>
          <dd>
            {status.trashCount} draft{status.trashCount === 1 ? '' : 's'}, {formatTextSize(status.trashChars)}
            <button
              type="button"
              className="btn"
              disabled={status.trashCount === 0}
              onClick={async () => {
                const done = await status.emptyTrash();
                if (!done.ok) notify({ message: done.error.message, tone: 'error' }, 10_000);
              }}
            >
              Empty trash
            </button>
          </dd>
          <dt>History</dt>
          <dd>
            {status.historyCount} version{status.historyCount === 1 ? '' : 's'},{' '}
            {formatTextSize(status.historyChars)}
            <button
              type="button"
              className="btn"
              disabled={status.historyCount === 0}
              onClick={async () => {
                const done = await status.thinHistory();
                notify(
                  done.ok
                    ? { message: `Removed ${done.value} older versions.`, tone: 'info' }
                    : { message: done.error.message, tone: 'error' },
                );
              }}
            >
              Thin out history
            </button>
          </dd>
        </dl>
      </section>
      <section aria-label="Backup">
        <h3>Backup</h3>
        <p>
          Every draft in one zip, to keep or to move to another browser. Importing it again adds nothing
          twice.
        </p>
        <label className="toggle">
          <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />
          Include history
        </label>
        <div className="safety-dialog__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={async () => {
              const note = await downloadBackup(stores, history);
              notify(note, note.tone === 'error' ? 10_000 : 6000);
            }}
          >
            Export all
          </button>
          <label className="btn import-backup">
            Import backup
            <input
              type="file"
              accept=".zip,application/zip"
              aria-label="Import backup"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                const notes = await importBackupBytes(
                  stores,
                  new Uint8Array(await file.arrayBuffer()),
                  file.name,
                );
                for (const note of notes) notify(note, note.tone === 'error' ? 10_000 : 6000);
              }}
            />
          </label>
        </div>
      </section>
    </ModalDialog>
  );
}
