/**
 * The IndexedDB schema: its name, its version, and how every older version is upgraded to the current one.
 *
 * Version 1 had one store `drafts` (keyPath `id`) holding `{ id, text, updatedAt }`. Version 2 keeps
 * `drafts` (keyPath `id`, index `updatedAt`) with full `Draft` records and adds `settings` (out-of-line keys).
 * Version 3 adds `assets` (a draft's images as Blobs, keyPath `[draftId, path]`, index `draftId`) and
 * `siteLinks` (which site file a draft was opened from, keyPath `draftId`); drafts are not touched.
 * Version 4 adds `revisions` (each draft's history, keyPath `id`, index `draftId`) and `trash` (deleted drafts as
 * `{ id, draft, deletedAt }`, keyPath `id`); nothing else changes.
 * Version 5 adds `summaries` (each draft without its text, keyPath `id`), built from the drafts by the upgrade
 * (drafts are only read) and from then on written in the same transaction as the draft.
 * Version 6 adds the index `updatedAt` to `summaries`, so a library's newest page is read in one request.
 * Upgrading never drops a draft: missing fields get null-safe defaults and `state` recomputes `meta` on load.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Draft, DraftMeta, DraftSummary, Revision, TrashEntry } from './drafts';
import type { StoredAsset } from './assets';
import type { SiteLink } from './site-links';

/** The database's name (one per origin). */
export const DB_NAME = 'postwright';
/** The current schema version; raise it and add a step to `upgradeSchema` for every change. */
export const DB_VERSION = 6;

/** The typed shape of the current schema, for `idb`. */
export interface PostwrightDB extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { updatedAt: number } };
  settings: { key: string; value: unknown };
  assets: { key: [string, string]; value: StoredAsset; indexes: { draftId: string } };
  siteLinks: { key: string; value: SiteLink };
  revisions: { key: string; value: Revision; indexes: { draftId: string } };
  trash: { key: string; value: TrashRecord };
  summaries: { key: string; value: DraftSummary; indexes: { updatedAt: number } };
}

/** How the `trash` store keeps a deleted draft (the key is the draft's id). */
export interface TrashRecord extends TrashEntry {
  id: string;
}

/** A draft as version 1 stored it. */
export interface DraftRecordV1 {
  id: string;
  text: string;
  updatedAt: number;
}

/** The meta an upgraded or damaged record gets until `state` derives the real one from its text. */
export function emptyMeta(): DraftMeta {
  return { title: '', date: null, draft: false, tags: [], categories: [] };
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function normalizeMeta(value: unknown): DraftMeta {
  if (typeof value !== 'object' || value === null) return emptyMeta();
  const m = value as Partial<Record<keyof DraftMeta, unknown>>;
  return {
    title: typeof m.title === 'string' ? m.title : '',
    date: typeof m.date === 'string' ? m.date : null,
    draft: m.draft === true,
    tags: strings(m.tags),
    categories: strings(m.categories),
  };
}

/**
 * Read any stored record (version 1, version 2, or damaged) as a complete `Draft`, filling what is missing:
 * revision 1, createdAt = updatedAt, caret 0, empty meta. Returns null only when there is no string `id`.
 * A non-string `text` is kept as its JSON so nothing silently disappears.
 */
export function normalizeDraft(record: unknown): Draft | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string') return null;
  const text = typeof r.text === 'string' ? r.text : r.text === undefined ? '' : JSON.stringify(r.text);
  const updatedAt = num(r.updatedAt, 0);
  const draft: Draft = {
    id: r.id,
    text,
    revision: Math.max(1, Math.floor(num(r.revision, 1))),
    createdAt: num(r.createdAt, updatedAt),
    updatedAt,
    caret: Math.min(text.length, Math.max(0, Math.floor(num(r.caret, 0)))),
    meta: normalizeMeta(r.meta),
  };
  if (typeof r.sourceName === 'string') draft.sourceName = r.sourceName;
  return draft;
}

/** `draft` without its text: what the `summaries` store keeps for it. */
export function summaryOf(draft: Draft): DraftSummary {
  const { text: _text, ...summary } = draft;
  return summary;
}

/** A stored summary as a complete `DraftSummary` (defaults as `normalizeDraft`'s), or null without a string id. */
export function normalizeSummary(record: unknown): DraftSummary | null {
  if (typeof record !== 'object' || record === null) return null;
  const { text: _text, ...rest } = record as Record<string, unknown>;
  const draft = normalizeDraft({ ...rest, text: '' });
  if (!draft) return null;
  const summary = summaryOf(draft);
  // normalizeDraft bounds the caret by the (here empty) text: keep the stored one.
  summary.caret = Math.max(0, Math.floor(num(rest.caret, 0)));
  return summary;
}

type UpgradeTx = IDBPTransaction<PostwrightDB, StoreNames<PostwrightDB>[], 'versionchange'>;

/**
 * The `upgrade` callback for `openDB`: brings a database at `oldVersion` (0 when new) to `DB_VERSION` inside
 * the versionchange transaction. Resolves when every record has been rewritten.
 */
export async function upgradeSchema(
  db: IDBPDatabase<PostwrightDB>,
  oldVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  if (oldVersion < 1) db.createObjectStore('drafts', { keyPath: 'id' });
  if (oldVersion < 2) {
    const drafts = tx.objectStore('drafts');
    if (!drafts.indexNames.contains('updatedAt')) drafts.createIndex('updatedAt', 'updatedAt');
    if (!db.objectStoreNames.contains('settings')) db.createObjectStore('settings');
    if (oldVersion >= 1) {
      let cursor = await drafts.openCursor();
      while (cursor) {
        const upgraded = normalizeDraft(cursor.value);
        if (upgraded) await cursor.update(upgraded);
        cursor = await cursor.continue();
      }
    }
  }
  if (oldVersion < 3) {
    const assets = db.createObjectStore('assets', { keyPath: ['draftId', 'path'] });
    assets.createIndex('draftId', 'draftId');
    db.createObjectStore('siteLinks', { keyPath: 'draftId' });
  }
  if (oldVersion < 4) {
    db.createObjectStore('revisions', { keyPath: 'id' }).createIndex('draftId', 'draftId');
    db.createObjectStore('trash', { keyPath: 'id' });
  }
  if (oldVersion < 5) {
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    let cursor = await tx.objectStore('drafts').openCursor();
    while (cursor) {
      const draft = normalizeDraft(cursor.value);
      if (draft) await summaries.put(summaryOf(draft));
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 6) {
    const summaries = tx.objectStore('summaries');
    if (!summaries.indexNames.contains('updatedAt')) summaries.createIndex('updatedAt', 'updatedAt');
  }
}
