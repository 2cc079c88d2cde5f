/**
 * "A new version is ready": shown when the service worker has an update waiting. Nothing reloads until the
 * person chooses to (their draft is saved first); "Later" hides the note until the next start.
 */
import { useCallback, useState } from 'react';
import { useStores } from '../app/stores-context';
import { useServiceWorker } from './use-service-worker';

/** The update note (renders nothing while there is no update). */
export function UpdateBanner() {
  const stores = useStores();
  const [hidden, setHidden] = useState(false);
  const save = useCallback(async () => {
    const doc = stores.document.getState();
    doc.flush();
    await doc.saveNow();
  }, [stores]);
  const { updateReady, applyUpdate } = useServiceWorker(save);
  if (!updateReady || hidden) return null;
  return (
    <section className="update-banner" aria-label="Update available">
      <p>A new version of Postwright is ready. Your work is kept when you reload.</p>
      <button type="button" onClick={() => void applyUpdate()}>
        Reload to update
      </button>
      <button type="button" onClick={() => setHidden(true)}>
        Later
      </button>
    </section>
  );
}
