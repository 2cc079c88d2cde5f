/**
 * "Export all" and its way back: every draft (and optionally its history) in one zip. Each text is a readable
 * `.md` file; `postwright-backup.json` (the manifest, which also marks the zip as a backup) holds ids, dates and
 * where each text is. Ids are kept, so importing the same backup twice can recognise what it already has.
 *
 * The zip import elsewhere (page bundles) should ask `isBackupZip` first: a zip with the manifest is a backup.
 */
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { slugify } from '../bundle/slug';

/** The manifest's path inside the zip. */
export const BACKUP_MANIFEST = 'postwright-backup.json';
/** The manifest's `format` value. */
export const BACKUP_FORMAT = 'postwright-backup';
/** The manifest version this code writes and the newest it reads. */
export const BACKUP_VERSION = 1;
/** Refuse archives that unpack to more than this (a damaged or hostile zip must not eat the tab's memory). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** One revision of a draft's history. */
export interface BackupRevision {
  id: string;
  at: number;
  /** Why it was taken ("edit", "before-restore", ...); kept as written. */
  reason: string;
  text: string;
}

/** One draft as the backup holds it. */
export interface BackupDraft {
  id: string;
  /** For the file name only. */
  title: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  caret: number;
  sourceName?: string;
  history: BackupRevision[];
}

/** What a backup holds. */
export interface Backup {
  exportedAt: number;
  drafts: BackupDraft[];
}

/** Reading a zip: a backup (with the entries that had to be skipped, in words), or why not. */
export type ReadBackupResult =
  { ok: true; backup: Backup; skipped: string[] } | { ok: false; message: string };

interface ManifestRevision {
  id: string;
  at: number;
  reason: string;
  file: string;
  text?: string;
}
interface ManifestDraft {
  id: string;
  file: string;
  createdAt: number;
  updatedAt: number;
  caret: number;
  sourceName?: string;
  /** Only when the file cannot hold the text exactly (unpaired surrogates do not survive UTF-8). */
  text?: string;
  history: ManifestRevision[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[:.]/g, '-');
}

/** The name a backup downloads as: `postwright-backup-YYYY-MM-DD.zip` (UTC date). */
export function backupFileName(now: number): string {
  return `postwright-backup-${new Date(now).toISOString().slice(0, 10)}.zip`;
}

/** Write `backup` as a zip (texts deflated, dated `exportedAt`). */
export function writeBackup(backup: Backup): Uint8Array {
  const mtime = new Date(backup.exportedAt);
  const tree: Zippable = {};
  const add = (path: string, text: string): boolean => {
    const bytes = encoder.encode(text);
    tree[path] = [bytes, { level: 6, mtime }];
    return decoder.decode(bytes) === text;
  };
  const drafts: ManifestDraft[] = backup.drafts.map((draft) => {
    const stem = `${slugify(draft.title).slice(0, 60) || 'untitled'}-${draft.id.slice(0, 8)}`;
    const file = `posts/${stem}.md`;
    const entry: ManifestDraft = {
      id: draft.id,
      file,
      createdAt: draft.createdAt,
      updatedAt: draft.updatedAt,
      caret: draft.caret,
      history: draft.history.map((rev) => {
        const revFile = `history/${stem}/${stamp(rev.at)}-${rev.id.slice(0, 8)}.md`;
        const out: ManifestRevision = { id: rev.id, at: rev.at, reason: rev.reason, file: revFile };
        if (!add(revFile, rev.text)) out.text = rev.text;
        return out;
      }),
    };
    if (draft.sourceName !== undefined) entry.sourceName = draft.sourceName;
    if (!add(file, draft.text)) entry.text = draft.text;
    return entry;
  });
  const manifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: backup.exportedAt, drafts };
  tree[BACKUP_MANIFEST] = [encoder.encode(JSON.stringify(manifest, null, 1)), { level: 6, mtime }];
  return zipSync(tree);
}

/** True when `bytes` is a zip holding a Postwright backup manifest (cheap: only the manifest is inflated). */
export function isBackupZip(bytes: Uint8Array): boolean {
  try {
    return BACKUP_MANIFEST in unzipSync(bytes, { filter: (f) => f.name === BACKUP_MANIFEST });
  } catch {
    return false;
  }
}

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** Read a backup zip. Damaged entries are skipped and named; a zip that is not a backup is refused. */
export function readBackup(bytes: Uint8Array): ReadBackupResult {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        return total <= MAX_BACKUP_BYTES;
      },
    });
    if (total > MAX_BACKUP_BYTES) return { ok: false, message: 'This backup is too large to open here.' };
  } catch {
    return { ok: false, message: 'This file is not a readable zip archive.' };
  }
  const manifestBytes = files[BACKUP_MANIFEST];
  if (!manifestBytes) return { ok: false, message: 'This zip is not a Postwright backup (no manifest).' };
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(decoder.decode(manifestBytes)) as Record<string, unknown>;
  } catch {
    return { ok: false, message: 'The backup’s manifest is damaged.' };
  }
  if (typeof manifest !== 'object' || manifest === null || manifest.format !== BACKUP_FORMAT)
    return { ok: false, message: 'This zip is not a Postwright backup.' };
  if (num(manifest.version, 0) > BACKUP_VERSION)
    return { ok: false, message: 'This backup was made by a newer Postwright: update the app to import it.' };
  const skipped: string[] = [];
  const textOf = (entry: Record<string, unknown>): string | null => {
    if (typeof entry.text === 'string') return entry.text;
    const data = typeof entry.file === 'string' ? files[entry.file] : undefined;
    if (!data) return null;
    try {
      return decoder.decode(data);
    } catch {
      return null;
    }
  };
  const drafts: BackupDraft[] = [];
  for (const raw of Array.isArray(manifest.drafts) ? (manifest.drafts as unknown[]) : []) {
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const text = textOf(entry);
    if (typeof entry.id !== 'string' || entry.id === '' || text === null) {
      skipped.push(`${typeof entry.file === 'string' ? entry.file : 'an entry'}: missing or not UTF-8 text`);
      continue;
    }
    const history: BackupRevision[] = [];
    for (const rawRev of Array.isArray(entry.history) ? (entry.history as unknown[]) : []) {
      const rev = (typeof rawRev === 'object' && rawRev !== null ? rawRev : {}) as Record<string, unknown>;
      const revText = textOf(rev);
      if (typeof rev.id !== 'string' || revText === null) {
        skipped.push(`${typeof rev.file === 'string' ? rev.file : 'a revision'}: missing or not UTF-8 text`);
        continue;
      }
      history.push({
        id: rev.id,
        at: num(rev.at, 0),
        reason: typeof rev.reason === 'string' ? rev.reason : 'edit',
        text: revText,
      });
    }
    const updatedAt = num(entry.updatedAt, 0);
    const draft: BackupDraft = {
      id: entry.id,
      title: '',
      text,
      createdAt: num(entry.createdAt, updatedAt),
      updatedAt,
      caret: Math.max(0, Math.min(text.length, Math.floor(num(entry.caret, 0)))),
      history,
    };
    if (typeof entry.sourceName === 'string') draft.sourceName = entry.sourceName;
    drafts.push(draft);
  }
  return { ok: true, backup: { exportedAt: num(manifest.exportedAt, 0), drafts }, skipped };
}
