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
   * Write `draft`. `baseRevision` is the revision the caller's copy was loaded at (null for a new draft).
   * Inside one readwrite transaction the stored revision is compared with it; a mismatch is refused with
   * `conflict` and nothing is written. On success the stored draft comes back with `revision` = base + 1.
   */
  save(draft: Draft, baseRevision: number | null): Promise<Result<Draft>>;
  remove(id: string): Promise<Result<void>>;
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
}
