/**
 * Import of page bundles: a zip, or the files of a folder (chosen with a folder input or dropped), read through
 * core's bundle reader into one new draft with its images. Returns what to tell the person.
 */
import type { Stores } from '../../state/create-stores';
import type { BundleRead } from '../../core/bundle/read-bundle';
import type * as ReadBundle from '../../core/bundle/read-bundle';
import { loadOnDemand } from '../../state/load-on-demand';
import { readFolderEntry } from './dropped-folders';
import type { EntryLike } from './dropped-folders';
import { addImagesAtCaret } from './insert-images';
import { routeFiles } from './route-files';
import { importBackupBytes } from '../safety/backup-files';

/** Read with the bundle reader, which (with its unzip code, fflate) loads with the first bundle, not the app. */
async function readWith(read: (reader: typeof ReadBundle) => BundleRead): Promise<BundleRead> {
  const reader = await loadOnDemand(() => import('../../core/bundle/read-bundle'), 'bundles');
  return reader.ok ? read(reader.value) : { ok: false, message: reader.error.message };
}

/** One message for the person. */
export interface ImportNote {
  message: string;
  tone: 'info' | 'error';
}

async function finish(stores: Stores, read: BundleRead, label: string): Promise<ImportNote[]> {
  if (!read.ok) return [{ message: `Not imported: ${read.message}`, tone: 'error' }];
  const created = await stores.bundles.importBundle(read.text, read.assets, read.postPath);
  if (!created.ok) return [{ message: `${label} was not imported: ${created.error.message}`, tone: 'error' }];
  const notes: ImportNote[] = [];
  const images = read.assets.length;
  notes.push({
    message: `Imported ${label} with ${images === 1 ? 'one image' : `${images} images`}.`,
    tone: 'info',
  });
  if (read.skipped.length) {
    const list = read.skipped.map((s) => `${s.path} (${s.reason})`).join('; ');
    notes.push({ message: `Left out of ${label}: ${list}`, tone: 'info' });
  }
  return notes;
}

/** Import one zip file as a bundle. */
export async function importBundleZip(stores: Stores, file: File): Promise<ImportNote[]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A Postwright backup ("Export all") is a zip too: its manifest tells it apart from a page bundle.
  if (await stores.backup.isBackup(bytes)) return importBackupBytes(stores, bytes, file.name);
  return finish(stores, await readWith((r) => r.readBundleZip(file.name, bytes)), `“${file.name}”`);
}

/** Import the files of a folder (each with its path inside the folder) as a bundle. */
export async function importBundleFolder(
  stores: Stores,
  name: string,
  files: readonly { path: string; file: File }[],
): Promise<ImportNote[]> {
  const input = await Promise.all(
    files.map(async (f) => ({ path: f.path, data: new Uint8Array(await f.file.arrayBuffer()) })),
  );
  return finish(
    stores,
    await readWith((r) => r.readBundleFiles(input, `The folder “${name}”`)),
    `the folder “${name}”`,
  );
}

/** The files of a folder chosen with `<input webkitdirectory>`, with paths relative to it, and its name. */
export function folderInputFiles(list: FileList | null): {
  name: string;
  files: { path: string; file: File }[];
} {
  const files = Array.from(list ?? []);
  const first = files[0]?.webkitRelativePath ?? '';
  const name = first.split('/')[0] ?? 'folder';
  return {
    name,
    files: files.map((file) => ({
      path: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
      file,
    })),
  };
}

/**
 * The images and zips among imported or dropped files: images go into the open draft at the caret, zips are
 * imported as page bundles. Returns the files left for the post import.
 */
export function importImagesAndBundles(
  stores: Stores,
  files: File[],
  notify: (message: string, tone: 'info' | 'error') => void,
): File[] {
  const routed = routeFiles(files, stores.document.getState().id !== null);
  if (routed.images.length) {
    void addImagesAtCaret(stores, routed.images).then((refused) =>
      refused.forEach((m) => notify(m, 'error')),
    );
  }
  void (async () => {
    for (const zip of routed.bundles)
      (await importBundleZip(stores, zip)).forEach((n) => notify(n.message, n.tone));
  })();
  return routed.posts;
}

/** Import dropped folders (entries read from the drop) as page bundles, one draft each. */
export function importDroppedFolders(
  stores: Stores,
  folders: EntryLike[],
  notify: (message: string, tone: 'info' | 'error') => void,
): void {
  void (async () => {
    for (const entry of folders) {
      const folder = await readFolderEntry(entry);
      (await importBundleFolder(stores, folder.name, folder.files)).forEach((n) => notify(n.message, n.tone));
    }
  })();
}
