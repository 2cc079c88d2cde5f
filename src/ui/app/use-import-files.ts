/**
 * Import: read each chosen or dropped file through core's one door (`readTextFile`), refuse what is not a text
 * post with a message naming the file, and turn the rest into new drafts (the first one opens).
 */
import { useCallback } from 'react';
import { readTextFile } from '../../core/import/read-text-file';
import type { Toast } from '../common/toasts';
import { useStores } from './stores-context';

type Show = (toast: Omit<Toast, 'id'>, ms?: number) => number;

/** A callback that imports files. */
export function useImportFiles(show: Show): (files: File[]) => void {
  const stores = useStores();
  return useCallback(
    (dropped: File[]) => {
      void (async () => {
        // Images go into the open draft, zips are page bundles; the rest are posts. (The image and bundle
        // importers load on first use: they are not needed for the first paint.)
        const { importImagesAndBundles } = await import('../assets/import-bundles');
        const files = importImagesAndBundles(stores, dropped, (message, tone) =>
          show({ message, tone }, tone === 'error' ? 10_000 : 6000),
        );
        if (files.length === 0) return;
        const accepted: { name: string; text: string }[] = [];
        for (const file of files) {
          const read = readTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
          if (read.ok) accepted.push({ name: read.name, text: read.text });
          else show({ message: `Not imported: ${read.message}`, tone: 'error' }, 10_000);
        }
        if (accepted.length === 0) return;
        const outcome = await stores.library.getState().importFiles(accepted);
        for (const failed of outcome.failed) {
          show(
            { message: `“${failed.name}” was not imported: ${failed.error.message}`, tone: 'error' },
            10_000,
          );
        }
        if (outcome.imported.length > 1)
          show({ message: `Imported ${outcome.imported.length} posts.`, tone: 'info' });
      })();
    },
    [stores, show],
  );
}
