/**
 * The IndexedDB `DraftStore`, over `idb`. Every call returns a `Result`: a browser refusing (quota, private
 * mode, another tab upgrading) is an expected failure with words for a person, never a throw.
 */
import { wrap } from 'idb';
import type { IDBPDatabase } from 'idb';
import type { Draft, DraftStore, DraftSummary, Result, StorageError } from './drafts';
import { storageError, toStorageError } from './errors';
import { idbHistoryMethods, Refusal, removeDraftAndHistory } from './idb-history';
import { DB_NAME, DB_VERSION, normalizeDraft, normalizeSummary, summaryOf, upgradeSchema } from './schema';
import type { PostwrightDB } from './schema';

/** Where to open the database; both default to the browser's (`globalThis.indexedDB`, `postwright`). */
export interface IdbDraftStoreOptions {
  indexedDB?: IDBFactory;
  name?: string;
}

/** The IndexedDB store, with `close()` for tests and for a page that wants to let another tab upgrade. */
export interface IdbDraftStore extends DraftStore {
  close(): void;
}

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: StorageError): Result<T> => ({ ok: false, error });
const ignore = (): void => undefined;
/** Where the crash journals' copies live in the `settings` store. */
const JOURNAL_PREFIX = 'journal:';

/** `idb`'s wrapper with our schema's types (`wrap` itself only knows `unknown` schemas). */
const typed = (db: IDBDatabase): IDBPDatabase<PostwrightDB> =>
  wrap(db) as unknown as IDBPDatabase<PostwrightDB>;

function openDatabase(factory: IDBFactory, name: string): Promise<Result<IDBPDatabase<PostwrightDB>>> {
  return new Promise((resolve) => {
    let settled = false;
    let upgradeError: unknown;
    const settle = (result: Result<IDBPDatabase<PostwrightDB>>): void => {
      if (!settled) resolve(result);
      settled = true;
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (e) {
      settle(fail(toStorageError(e)));
      return;
    }
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (!tx) return;
      const upgradeTx = wrap(tx) as unknown as Parameters<typeof upgradeSchema>[2];
      upgradeSchema(typed(request.result), event.oldVersion, upgradeTx).catch((e: unknown) => {
        upgradeError = e;
        try {
          tx.abort();
        } catch {
          // Already finished: the open request reports the failure.
        }
      });
    };
    // Another tab holds an older version open and did not let go: say so now, and close the connection if
    // the open completes later (the person is told to reload).
    request.onblocked = () => settle(fail(storageError('blocked')));
    request.onsuccess = () => {
      if (settled) request.result.close();
      else settle(ok(typed(request.result)));
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle(fail(toStorageError(upgradeError ?? request.error)));
    };
  });
}

/**
 * Open (creating or upgrading) the drafts database. Fails with `unavailable` when the browser has no
 * IndexedDB (or refuses it), `blocked` when an older tab keeps the upgrade from running, `storage-full`, etc.
 */
export async function openIdbDraftStore(opts: IdbDraftStoreOptions = {}): Promise<Result<IdbDraftStore>> {
  const opened = await openPostwrightDb(opts);
  return opened.ok ? ok(idbDraftStoreOver(opened.value)) : opened;
}

/**
 * Open (creating or upgrading) the database itself, failing as `openIdbDraftStore` does: for a page that puts
 * the draft store and the image and site stores on one connection (`open-app-storage.ts`).
 */
export async function openPostwrightDb(
  opts: IdbDraftStoreOptions = {},
): Promise<Result<IDBPDatabase<PostwrightDB>>> {
  let factory: IDBFactory | undefined;
  try {
    factory = opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch (e) {
    return fail(toStorageError(e));
  }
  if (!factory) return fail(storageError('unavailable', 'this browser offers no IndexedDB'));
  return openDatabase(factory, opts.name ?? DB_NAME);
}

const byNewest = (a: DraftSummary, b: DraftSummary): number =>
  b.updatedAt - a.updatedAt || a.id.localeCompare(b.id);

/**
 * The summaries, read without the drafts' texts: only the keys of `drafts` are read to see that every draft has
 * a summary and every summary a draft. Null when they do not match (or a summary is unreadable).
 */
async function readSummaries(db: IDBPDatabase<PostwrightDB>): Promise<DraftSummary[] | null> {
  const tx = db.transaction(['drafts', 'summaries'], 'readonly');
  tx.done.catch(ignore);
  const [draftKeys, records] = await Promise.all([
    tx.objectStore('drafts').getAllKeys(),
    tx.objectStore('summaries').getAll(),
  ]);
  await tx.done;
  if (draftKeys.length !== records.length) return null;
  const summaries: DraftSummary[] = [];
  const ids = new Set(draftKeys);
  for (const record of records) {
    const summary = normalizeSummary(record);
    if (!summary || !ids.has(summary.id)) return null;
    summaries.push(summary);
  }
  return summaries;
}

/** A store index the way `idb` wraps it, with IndexedDB 3.0's `{ direction, count }` for `getAll` and `getAllKeys`. */
interface NewestIndex {
  getAll(options: { direction: 'prev'; count: number }): Promise<unknown[]>;
  getAllKeys(options: { direction: 'prev'; count: number }): Promise<IDBValidKey[]>;
  openCursor(
    query: null,
    direction: 'prev',
  ): Promise<{ value: unknown; primaryKey: IDBValidKey; continue(): Promise<unknown> } | null>;
  openKeyCursor(
    query: null,
    direction: 'prev',
  ): Promise<{ primaryKey: IDBValidKey; continue(): Promise<unknown> } | null>;
}

/**
 * The `limit` entries last in `index` (newest first), their records or only their primary keys: in one request
 * where the browser offers IndexedDB 3.0's `getAll`/`getAllKeys({ direction, count })`, else by a cursor.
 */
async function newest(index: NewestIndex, limit: number, what: 'records' | 'keys'): Promise<unknown[]> {
  // Browsers with `getAllRecords` (IndexedDB 3.0) also take the options of `getAll` and `getAllKeys`.
  if ('getAllRecords' in index) {
    const options = { direction: 'prev', count: limit } as const;
    return what === 'records' ? index.getAll(options) : index.getAllKeys(options);
  }
  const found: unknown[] = [];
  let cursor = await (what === 'records'
    ? index.openCursor(null, 'prev')
    : index.openKeyCursor(null, 'prev'));
  while (cursor && found.length < limit) {
    found.push(what === 'records' ? (cursor as { value?: unknown }).value : cursor.primaryKey);
    cursor = found.length < limit ? ((await cursor.continue()) as typeof cursor) : null;
  }
  return found;
}

/**
 * The summaries of the `limit` drafts last changed (see `DraftStore.listNewestSummaries`): two requests, the
 * summaries from their own `updatedAt` index and the drafts' ids from theirs (reading the summaries by those ids
 * took one request per draft). Null when the two do not name the same drafts (a summary missing or left over:
 * `listSummaries` rebuilds them). Both indexes order equal times by id, so a consistent pair agrees exactly.
 */
async function readNewestSummaries(
  db: IDBPDatabase<PostwrightDB>,
  limit: number,
): Promise<DraftSummary[] | null> {
  if (limit <= 0) return [];
  const tx = db.transaction(['drafts', 'summaries'], 'readonly');
  tx.done.catch(ignore);
  const index = (name: 'drafts' | 'summaries') =>
    tx.objectStore(name).index('updatedAt') as unknown as NewestIndex;
  const [ids, records] = await Promise.all([
    newest(index('drafts'), limit, 'keys'),
    newest(index('summaries'), limit, 'records'),
  ]);
  await tx.done;
  if (ids.length !== records.length) return null;
  const summaries: DraftSummary[] = [];
  for (const [i, record] of records.entries()) {
    const summary = normalizeSummary(record);
    if (!summary || summary.id !== ids[i]) return null;
    summaries.push(summary);
  }
  return summaries.sort(byNewest);
}

/** Write every draft's summary anew from the drafts (which are only read), in one transaction. */
async function rebuildSummaries(db: IDBPDatabase<PostwrightDB>): Promise<DraftSummary[]> {
  const tx = db.transaction(['drafts', 'summaries'], 'readwrite');
  tx.done.catch(ignore);
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  const rebuilt: DraftSummary[] = [];
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    const draft = normalizeDraft(cursor.value);
    if (draft) {
      const summary = summaryOf(draft);
      rebuilt.push(summary);
      await summaries.put(summary);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return rebuilt;
}

/** The draft store over an open connection (`openPostwrightDb`). */
export function idbDraftStoreOver(db: IDBPDatabase<PostwrightDB>): IdbDraftStore {
  let closedBecause: StorageError | null = null;
  // A newer version wants to upgrade (another tab): step aside so it can, and ask this tab to reload.
  db.addEventListener('versionchange', () => {
    db.close();
    closedBecause = {
      kind: 'blocked',
      message:
        'Postwright was updated in another tab: reload this tab to keep saving. Your text is safe in this tab.',
    };
  });
  // The browser closed the connection on its own (storage cleared, disk error).
  db.addEventListener('close', () => {
    closedBecause ??= storageError('unavailable', 'the browser closed the database');
  });

  async function run<T>(op: () => Promise<T>): Promise<Result<T>> {
    if (closedBecause) return fail(closedBecause);
    try {
      return ok(await op());
    } catch (e) {
      if (e instanceof Refusal) return fail(e.error);
      return fail(closedBecause ?? toStorageError(e));
    }
  }

  return {
    list: () =>
      run(async () => {
        const records = await db.getAll('drafts');
        const drafts = records.map(normalizeDraft).filter((d): d is Draft => d !== null);
        return drafts.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
      }),
    get: (id) => run(async () => normalizeDraft(await db.get('drafts', id)) ?? undefined),
    listSummaries: () =>
      run(async () => ((await readSummaries(db)) ?? (await rebuildSummaries(db))).sort(byNewest)),
    listNewestSummaries: (limit) => run(() => readNewestSummaries(db, limit)),
    listPage: (after, limit) =>
      run(async () => {
        const range = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
        const records = await db.getAll('drafts', range, limit);
        return records.map(normalizeDraft).filter((d): d is Draft => d !== null);
      }),
    async save(draft, baseRevision) {
      let conflict = false;
      const saved = await run(async () => {
        const tx = db.transaction(['drafts', 'summaries'], 'readwrite');
        const done = tx.done;
        done.catch(ignore);
        const drafts = tx.objectStore('drafts');
        const current = normalizeDraft(await drafts.get(draft.id));
        if ((current?.revision ?? null) !== baseRevision) {
          conflict = true;
          await done;
          return draft;
        }
        const stored: Draft = { ...draft, revision: (baseRevision ?? 0) + 1 };
        await drafts.put(stored);
        await tx.objectStore('summaries').put(summaryOf(stored));
        await done;
        return stored;
      });
      return saved.ok && conflict ? fail(storageError('conflict')) : saved;
    },
    remove: (id) => run(() => removeDraftAndHistory(db, id)),
    ...idbHistoryMethods(db, run),
    putJournal: (key, value) => run(async () => void (await db.put('settings', value, JOURNAL_PREFIX + key))),
    listJournals: () =>
      run(async () => {
        const range = IDBKeyRange.bound(JOURNAL_PREFIX, `${JOURNAL_PREFIX}\uffff`);
        const [keys, values] = await Promise.all([
          db.getAllKeys('settings', range),
          db.getAll('settings', range),
        ]);
        return keys
          .map((key, i) => ({ key: String(key).slice(JOURNAL_PREFIX.length), value: values[i] }))
          .filter((j): j is { key: string; value: string } => typeof j.value === 'string');
      }),
    removeJournal: (key) => run(() => db.delete('settings', JOURNAL_PREFIX + key)),
    getSetting: <T>(key: string) => run(async () => (await db.get('settings', key)) as T | undefined),
    setSetting: (key, value) => run(async () => void (await db.put('settings', value, key))),
    close: () => {
      closedBecause ??= storageError('unavailable', 'the database was closed');
      db.close();
    },
  };
}
