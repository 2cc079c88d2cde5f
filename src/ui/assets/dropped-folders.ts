/**
 * Folders dropped onto the app: the browser hands them over as file-system entries (`webkitGetAsEntry`), which
 * must be read while the drop event is being handled. This walks each dropped folder into its files with paths
 * relative to it.
 */

/** The parts of the entries API used here (typed loosely: not every browser's DOM typings have them). */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(success: (file: File) => void, failure?: (e: unknown) => void): void;
  createReader?(): {
    readEntries(success: (entries: EntryLike[]) => void, failure?: (e: unknown) => void): void;
  };
}

/** A dropped folder and its files. */
export interface DroppedFolder {
  name: string;
  files: { path: string; file: File }[];
}

/** The folder entries among a drop's items (call synchronously inside the drop handler). */
export function folderEntries(items: DataTransferItemList | null | undefined): EntryLike[] {
  const out: EntryLike[] = [];
  for (const item of Array.from(items ?? [])) {
    const entry = (item as { webkitGetAsEntry?: () => EntryLike | null }).webkitGetAsEntry?.();
    if (entry?.isDirectory) out.push(entry);
  }
  return out;
}

function readAll(entry: EntryLike): Promise<EntryLike[]> {
  const reader = entry.createReader?.();
  if (!reader) return Promise.resolve([]);
  const all: EntryLike[] = [];
  return new Promise((resolve) => {
    // readEntries gives a batch at a time; an empty batch means done.
    const next = () =>
      reader.readEntries(
        (batch) => {
          if (batch.length === 0) resolve(all);
          else {
            all.push(...batch);
            next();
          }
        },
        () => resolve(all),
      );
    next();
  });
}

/** Walk `folder` into its files (up to `limit`), paths relative to it. */
export async function readFolderEntry(folder: EntryLike, limit = 5000): Promise<DroppedFolder> {
  const files: { path: string; file: File }[] = [];
  const queue: { entry: EntryLike; prefix: string }[] = [{ entry: folder, prefix: '' }];
  while (queue.length && files.length < limit) {
    const { entry, prefix } = queue.shift()!;
    for (const child of await readAll(entry)) {
      const path = prefix ? `${prefix}/${child.name}` : child.name;
      if (child.isDirectory) queue.push({ entry: child, prefix: path });
      else if (child.isFile && child.file) {
        const file = await new Promise<File | null>((resolve) => child.file!(resolve, () => resolve(null)));
        if (file) files.push({ path, file });
      }
    }
  }
  return { name: folder.name, files };
}
