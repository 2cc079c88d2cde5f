/**
 * Banners under the toolbar: the open draft is also open in another tab (it follows that tab's changes), and
 * storage is full (what happened in plain words, that the text is safe, and ways to free space at once).
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useDocument, useStores } from '../app/stores-context';
import { downloadFile } from '../common/download';
import { encodePost } from '../../core/import/read-text-file';
import { exportFileName } from '../../core/bundle/slug';
import { readFrontMatter } from '../../core/front-matter/read-front-matter';
import { downloadBackup } from './backup-files';
import { formatTextSize } from './format';
import type { Notify } from './safety-layer';

/** "Also open in another tab", while it is. */
export function ElsewhereNotice() {
  const elsewhere = useDocument((s) => (s.id === null ? 0 : s.elsewhere));
  if (elsewhere === 0) return null;
  return (
    <p className="safety-notice" aria-live="polite">
      This draft is also open in {elsewhere === 1 ? 'another tab' : `${elsewhere} other tabs`}. Changes made
      there show here as they happen; if both tabs change it, you choose which version to keep.
    </p>
  );
}

/** The offer to free space, while a save is failing because storage is full. */
export function StorageFullOffer({ notify }: { notify: Notify }) {
  const stores = useStores();
  const full = useDocument((s) => s.saveState.kind === 'error' && s.saveState.errorKind === 'storage-full');
  const status = useStore(stores.storageStatus);
  // What can be freed, counted when the offer appears.
  useEffect(() => {
    if (full) void stores.storageStatus.getState().refresh();
  }, [stores, full]);
  if (!full) return null;

  const run = async (work: () => Promise<{ ok: boolean; error?: { message: string } }>) => {
    const done = await work();
    if (!done.ok) notify({ message: done.error?.message ?? 'That did not work.', tone: 'error' }, 10_000);
  };
  const exportPost = () => {
    const { text } = stores.document.getState();
    const read = readFrontMatter(text);
    const title = read.ok && typeof read.data.title === 'string' ? read.data.title : '';
    downloadFile(exportFileName(title), encodePost(text));
  };

  return (
    <section className="storage-full" role="alert" aria-label="Storage is full">
      <p>
        <strong>Browser storage is full, so your latest changes are not saved yet.</strong> Your text is safe
        in this tab and export still works. Free some space and saving goes on at once:
      </p>
      <div className="storage-full__actions">
        <button
          type="button"
          className="btn"
          disabled={status.trashCount === 0}
          onClick={() => void run(() => status.emptyTrash())}
        >
          Empty trash ({status.trashCount}, {formatTextSize(status.trashChars)})
        </button>
        <button
          type="button"
          className="btn"
          disabled={status.historyCount === 0}
          onClick={() => void run(() => status.thinHistory())}
        >
          Thin out history ({status.historyCount} versions)
        </button>
        <button type="button" className="btn" onClick={exportPost}>
          Export this post
        </button>
        <button
          type="button"
          className="btn"
          onClick={async () => {
            const note = await downloadBackup(stores, false);
            if (note.tone === 'error') notify(note, 10_000);
          }}
        >
          Export all drafts
        </button>
      </div>
    </section>
  );
}
