/**
 * "Export all" and importing that backup again (core's `backup-zip.ts` does the bytes). Ids travel with the
 * drafts, so an import recognises what it already has: the same text is left alone, a newer text from the
 * backup becomes the next revision (the local text kept in history first), an older one is added to history
 * only. Revisions keep their ids too. Importing the same zip twice therefore creates nothing the second time.
 */
import type { Draft, DraftStore, Result } from '../storage/drafts';
import type { BackupDraft } from '../core/backup/backup-zip';
import { deriveMeta } from './derive-meta';
import { loadOnDemand } from './load-on-demand';

/** The zip code (fflate) loads with the first backup verb, not with the app. */
const backupZip = () => loadOnDemand(() => import('../core/backup/backup-zip'), 'backups');

/** What an import did, draft by draft. */
export interface BackupImportOutcome {
  /** New drafts (or drafts brought back from the trash). */
  added: Draft[];
  /** Drafts whose text the backup's newer version replaced (the old text is in history). */
  updated: Draft[];
  /** Drafts already holding the backup's text. */
  unchanged: number;
  /** Drafts newer here than in the backup: the backup's text was added to their history. */
  keptAsHistory: number;
  /** Revisions written (existing ones are rewritten, never duplicated). */
  revisions: number;
  /** Drafts that could not be stored, with words; and damaged entries the backup skipped. */
  failed: string[];
}

/** The backup verbs. */
export interface BackupActions {
  /** Every draft (the open one as typed), with its history if asked, as a zip and its file name. */
  exportAll(options: {
    history: boolean;
  }): Promise<Result<{ name: string; bytes: Uint8Array; drafts: number }>>;
  /** Is this file a Postwright backup (a zip with its manifest)? */
  isBackup(bytes: Uint8Array): Promise<boolean>;
  importBackup(bytes: Uint8Array): Promise<Result<BackupImportOutcome>>;
}

/** What backups need. */
export interface BackupDeps {
  drafts: DraftStore;
  clock: () => number;
  /** The open draft as typed, to export unsaved text too. */
  current(): Draft | null;
  /** Keep the local text in history before the backup's newer text replaces it. */
  snapshot(draftId: string, text: string, reason: string): Promise<unknown>;
  /** A draft was stored by the import (list it; follow it if open; tell other tabs). */
  onStored(draft: Draft): Promise<void>;
}

/** Create the backup verbs. */
export function createBackupActions(deps: BackupDeps): BackupActions {
  const { drafts, clock } = deps;

  async function importOne(
    entry: BackupDraft,
    trashed: Set<string>,
    out: BackupImportOutcome,
  ): Promise<void> {
    const fail = (message: string) => out.failed.push(`${entry.id}: ${message}`);
    if (trashed.has(entry.id)) {
      const restored = await drafts.restore(entry.id);
      if (!restored.ok) return void fail(restored.error.message);
    }
    const got = await drafts.get(entry.id);
    if (!got.ok) return void fail(got.error.message);
    const local = got.value;
    if (local?.text === entry.text) {
      if (trashed.has(entry.id)) out.added.push(local);
      else out.unchanged += 1;
      return;
    }
    const next: Draft = {
      id: entry.id,
      text: entry.text,
      revision: local?.revision ?? 0,
      createdAt: local?.createdAt ?? entry.createdAt,
      updatedAt: entry.updatedAt,
      caret: entry.caret,
      meta: deriveMeta(entry.text),
      ...(entry.sourceName === undefined ? {} : { sourceName: entry.sourceName }),
    };
    if (local && local.updatedAt >= entry.updatedAt) {
      // Newer here: the backup's text joins the history under an id that is the same on every import.
      const kept = await drafts.addRevision({
        id: `backup-${entry.id}-${entry.updatedAt}`,
        draftId: entry.id,
        text: entry.text,
        at: entry.updatedAt,
        reason: 'imported',
      });
      if (kept.ok) out.keptAsHistory += 1;
      else fail(kept.error.message);
      return;
    }
    if (local) await deps.snapshot(entry.id, local.text, 'before-import');
    const saved = await drafts.save(next, local ? local.revision : null);
    if (!saved.ok) return void fail(saved.error.message);
    (local ? out.updated : out.added).push(saved.value);
    await deps.onStored(saved.value);
  }

  return {
    async exportAll({ history }) {
      const listed = await drafts.list();
      if (!listed.ok) return listed;
      const revisions = history ? await drafts.listRevisions() : null;
      if (revisions && !revisions.ok) return revisions;
      const open = deps.current();
      const all = listed.value.map((d) => (open && d.id === open.id ? open : d));
      const backup = {
        exportedAt: clock(),
        drafts: all.map((d) => ({
          id: d.id,
          title: deriveMeta(d.text).title,
          text: d.text,
          createdAt: d.createdAt,
          updatedAt: d.updatedAt,
          caret: d.caret,
          ...(d.sourceName === undefined ? {} : { sourceName: d.sourceName }),
          history: (revisions?.value ?? [])
            .filter((r) => r.draftId === d.id)
            .map((r) => ({ id: r.id, at: r.at, reason: r.reason, text: r.text })),
        })),
      };
      const zip = await backupZip();
      if (!zip.ok) return zip;
      const { backupFileName, writeBackup } = zip.value;
      return {
        ok: true,
        value: { name: backupFileName(backup.exportedAt), bytes: writeBackup(backup), drafts: all.length },
      };
    },
    // Without the zip code nothing can be read as a backup; the bundle import then says the code did not load.
    isBackup: async (bytes) => {
      const zip = await backupZip();
      return zip.ok && zip.value.isBackupZip(bytes);
    },
    async importBackup(bytes) {
      const zip = await backupZip();
      if (!zip.ok) return zip;
      const read = zip.value.readBackup(bytes);
      if (!read.ok) return { ok: false, error: { kind: 'unknown', message: read.message } };
      const trash = await drafts.listTrash();
      const trashed = new Set(trash.ok ? trash.value.map((e) => e.draft.id) : []);
      const out: BackupImportOutcome = {
        added: [],
        updated: [],
        unchanged: 0,
        keptAsHistory: 0,
        revisions: 0,
        failed: [...read.skipped],
      };
      for (const entry of read.backup.drafts) {
        await importOne(entry, trashed, out);
        for (const rev of entry.history) {
          const added = await drafts.addRevision({ ...rev, draftId: entry.id });
          if (added.ok) out.revisions += 1;
          else out.failed.push(`${entry.id}: ${added.error.message}`);
        }
      }
      for (const draft of out.added) if (trashed.has(draft.id)) await deps.onStored(draft);
      return { ok: true, value: out };
    },
  };
}
