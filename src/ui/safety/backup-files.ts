/**
 * The browser side of backups: "Export all" as a download, and importing a backup zip with a summary in words.
 * The Import control (and anything else that receives a zip) asks `isBackup` first: a zip with the backup
 * manifest is a backup, anything else is left to the other importers.
 */
import type { AppStores } from '../../state/create-stores';
import { downloadFile } from '../common/download';

/** One message for the person. */
export interface BackupNote {
  message: string;
  tone: 'info' | 'error';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Download every draft (with history if asked) as one zip. */
export async function downloadBackup(stores: AppStores, history: boolean): Promise<BackupNote> {
  const exported = await stores.backup.exportAll({ history });
  if (!exported.ok) return { message: `Nothing was exported: ${exported.error.message}`, tone: 'error' };
  downloadFile(exported.value.name, exported.value.bytes.slice().buffer, 'application/zip');
  return { message: `Exported ${plural(exported.value.drafts, 'draft', 'drafts')}.`, tone: 'info' };
}

/** Import a backup zip's bytes; the notes say what happened. */
export async function importBackupBytes(
  stores: AppStores,
  bytes: Uint8Array,
  name: string,
): Promise<BackupNote[]> {
  const imported = await stores.backup.importBackup(bytes);
  if (!imported.ok)
    return [{ message: `“${name}” was not imported: ${imported.error.message}`, tone: 'error' }];
  const o = imported.value;
  const parts = [
    o.added.length && plural(o.added.length, 'new draft', 'new drafts'),
    o.updated.length && `${o.updated.length} updated`,
    o.keptAsHistory && `${o.keptAsHistory} newer here (the backup’s version is in their history)`,
    o.unchanged && `${o.unchanged} already here`,
  ].filter(Boolean);
  const notes: BackupNote[] = [
    { message: `Backup “${name}”: ${parts.join(', ') || 'nothing to import'}.`, tone: 'info' },
  ];
  if (o.failed.length)
    notes.push({ message: `Some entries were not imported: ${o.failed.join('; ')}`, tone: 'error' });
  return notes;
}

/** Split `files` into backup zips (their bytes) and everything else, reading only `.zip` files. */
export async function takeBackups(
  stores: AppStores,
  files: File[],
): Promise<{ backups: { name: string; bytes: Uint8Array }[]; rest: File[] }> {
  const backups: { name: string; bytes: Uint8Array }[] = [];
  const rest: File[] = [];
  for (const file of files) {
    if (!/\.zip$/i.test(file.name)) {
      rest.push(file);
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (await stores.backup.isBackup(bytes)) backups.push({ name: file.name, bytes });
    else rest.push(file);
  }
  return { backups, rest };
}
