/**
 * The toolbar's page-bundle buttons: "Export bundle" downloads the open draft as a zip (`<slug>/index.md` and
 * every image it references), "Import folder" takes a page bundle's folder (zips go through "Import").
 */
import { useStores, useDocument } from '../app/stores-context';
import { downloadFile } from '../common/download';
import type { Notify } from './assets-panel';
import { folderInputFiles, importBundleFolder } from './import-bundles';

/** Export bundle and Import folder. */
export function BundleItems({ notify }: { notify: Notify }) {
  const stores = useStores();
  const hasDraft = useDocument((s) => s.id !== null);

  const exportBundle = async () => {
    const result = await stores.bundles.exportBundle();
    if (!result.ok) {
      notify(`The bundle was not exported: ${result.error.message}`, 'error');
      return;
    }
    downloadFile(result.value.name, result.value.bytes as BlobPart, 'application/zip');
    if (result.value.missing.length) {
      notify(
        `Exported without ${result.value.missing.map((m) => `“${m}”`).join(', ')}: not in this draft.`,
        'error',
      );
    }
  };

  return (
    <>
      <button type="button" disabled={!hasDraft} onClick={() => void exportBundle()}>
        Export bundle
      </button>
      <label className="import-label">
        <span>Import folder</span>
        <input
          type="file"
          aria-label="Import folder"
          // A page bundle's folder: index.md and its images.
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(e) => {
            const { name, files } = folderInputFiles(e.target.files);
            e.target.value = '';
            if (files.length === 0) return;
            void importBundleFolder(stores, name, files).then((notes) =>
              notes.forEach((n) => notify(n.message, n.tone)),
            );
          }}
        />
      </label>
    </>
  );
}
