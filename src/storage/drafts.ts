/**
 * The draft store's interface and record types. `state` depends on this file only, never on an implementation;
 * `idb-drafts.ts` (IndexedDB) and `memory-drafts.ts` (tests) implement it and pass the same contract suite.
 */

/** What the library shows for a draft; derived from the text by `state` (storage never parses a post). */
export interface DraftMeta {
  title: string;
  /** The front matter date as written, or null. */
  date: string | null;
  draft: boolean;
  tags: string[];
  categories: string[];
}

/** A stored draft: the post's full text is the document; everything else describes it. */
export interface Draft {
  id: string;
  /** The post exactly as typed or imported (front matter + body, line endings kept). */
  text: string;
  /** Increases by one with every successful save; a save names the revision it was based on. */
  revision: number;
  createdAt: number;
  updatedAt: number;
  /** Caret offset when last saved, so a reload puts the person back where they were. */
  caret: number;
  /** The file name it was imported from, if any. */
  sourceName?: string;
  meta: DraftMeta;
}

/**
 * What the library lists for a draft: everything but its text. Kept in a store of its own beside the drafts and
 * written in the same transaction as every change to a draft, so listing never reads the texts.
 */
export type DraftSummary = Omit<Draft, 'text'>;

/**
 * A past text of a draft, kept in its history: taken every few minutes while editing and before anything
 * replaces the text (an import, a restore, another tab's version). Written under its own `id`, so writing the
 * same revision twice (re-importing a backup) keeps one.
 */
export interface Revision {
  id: string;
  draftId: string;
  text: string;
  /** When this text was current (ms since the epoch). */
  at: number;
  /** Why it was taken: `edit`, `imported`, `before-import`, `before-restore`, `other-tab`, ... */
  reason: string;
}

/** A deleted draft, kept (with its history) until the trash is emptied or it is 30 days old. */
export interface TrashEntry {
  draft: Draft;
  deletedAt: number;
}

export type StorageErrorKind =
  'storage-full' | 'conflict' | 'unavailable' | 'blocked' | 'not-found' | 'unknown';

export interface StorageError {
  kind: StorageErrorKind;
  /** Words a person understands: what happened and what they can do. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export interface DraftStore {
  /** Every draft, newest change first. */
  list(): Promise<Result<Draft[]>>;
  get(id: string): Promise<Result<Draft | undefined>>;
  /**
   * Every draft's summary, newest change first, without reading the texts. When the summaries do not match the
   * drafts (a summary missing or left over, or unreadable) they are rebuilt from the drafts first (the drafts
   * themselves are only read).
   */
  listSummaries(): Promise<Result<DraftSummary[]>>;
  /**
   * The newest summaries, newest change first: the first `limit` of what `listSummaries` gives, read without
   * going through every draft, so a long library can show its first screen before the rest is read. When several
   * drafts share the last one's time, which of them come is not defined. Null when they cannot be read apart
   * from the rest (a summary missing: `listSummaries` rebuilds them).
   */
  listNewestSummaries(limit: number): Promise<Result<DraftSummary[] | null>>;
  /** Up to `limit` whole drafts in id order, those after `after` (from the first when null): a page at a time. */
  listPage(after: string | null, limit: number): Promise<Result<Draft[]>>;
  /**
   * Write `draft`. `baseRevision` is the revision the caller's copy was loaded at (null for a new draft).
   * Inside one readwrite transaction the stored revision is compared with it; a mismatch is refused with
   * `conflict` and nothing is written. On success the stored draft comes back with `revision` = base + 1.
   */
  save(draft: Draft, baseRevision: number | null): Promise<Result<Draft>>;
  /** Delete a draft for good, with its history (removing a missing one is fine). */
  remove(id: string): Promise<Result<void>>;
  /** Keep `revision` (a revision with the same id is replaced: writing it twice keeps one). */
  addRevision(revision: Revision): Promise<Result<void>>;
  /** The history of `draftId`, or of every draft when omitted; newest first. */
  listRevisions(draftId?: string): Promise<Result<Revision[]>>;
  removeRevisions(ids: readonly string[]): Promise<Result<void>>;
  /**
   * Move a draft to the trash in one transaction (its history stays). `not-found` when there is no such draft.
   * A save based on the draft's revision is refused from then on, so nothing brings it back behind our back.
   */
  trash(id: string, deletedAt: number): Promise<Result<TrashEntry>>;
  /** Everything in the trash, most recently deleted first. */
  listTrash(): Promise<Result<TrashEntry[]>>;
  /**
   * Bring a draft back from the trash with its revision raised by one (a tab still holding the old revision
   * cannot save over it). `conflict` when a draft with that id exists; `not-found` when it is not in the trash.
   */
  restore(id: string): Promise<Result<Draft>>;
  /** Delete trash entries for good, with their history (missing ids are fine). */
  purge(ids: readonly string[]): Promise<Result<void>>;
  /**
   * The crash journals' copy in the database, keyed like the localStorage journals (values are their JSON). A
   * browser-process kill can lose localStorage's last seconds (browsers write it to disk in batches); a
   * committed IndexedDB write survives it. Kept in the `settings` store under `journal:<key>`.
   */
  putJournal(key: string, value: string): Promise<Result<void>>;
  listJournals(): Promise<Result<{ key: string; value: string }[]>>;
  removeJournal(key: string): Promise<Result<void>>;
  /** Small app settings (last open draft, split ratio, ...). */
  getSetting<T>(key: string): Promise<Result<T | undefined>>;
  setSetting(key: string, value: unknown): Promise<Result<void>>;
}

/**
 * A tiny synchronous key-value store (localStorage in the app) for the crash journal: a write here lands even
 * when the page is torn down before an IndexedDB transaction could commit.
 */
export interface SyncJournal {
  read(key: string): string | null;
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key in the store (the crash journals of all tabs are found by their prefix). */
  keys(): string[];
}
