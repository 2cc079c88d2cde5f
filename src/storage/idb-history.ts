/**
 * The history and trash half of the IndexedDB `DraftStore`: revisions (by draft) and the trash, each move
 * between `drafts` and `trash` in one readwrite transaction so a draft is never in both or neither (its summary
 * in `summaries` comes and goes in the same transaction).
 */
import type { IDBPDatabase } from 'idb';
import type { Draft, DraftStore, Result, StorageError, TrashEntry } from './drafts';
import { storageError } from './errors';
import {
  byNewestDeletion,
  byNewestRevision,
  normalizeRevision,
  normalizeTrashEntry,
} from './history-records';
import { normalizeDraft, summaryOf } from './schema';
import type { PostwrightDB } from './schema';

/** Thrown inside an operation to refuse it with an expected error; `run` turns it into a failed Result. */
export class Refusal {
  constructor(readonly error: StorageError) {}
}

/** Runs an operation as a Result (the draft store's wrapper: closed database, thrown errors, refusals). */
export type Runner = <T>(op: () => Promise<T>) => Promise<Result<T>>;

type HistoryMethods = Pick<
  DraftStore,
  'addRevision' | 'listRevisions' | 'removeRevisions' | 'trash' | 'listTrash' | 'restore' | 'purge'
>;

const ignore = (): void => undefined;

/** Delete every revision of `draftIds` inside a transaction that includes `revisions`. */
async function deleteHistory(
  store: {
    index(name: 'draftId'): { getAllKeys(key: string): Promise<string[]> };
    delete(key: string): Promise<void>;
  },
  draftIds: readonly string[],
): Promise<void> {
  for (const draftId of draftIds) {
    for (const key of await store.index('draftId').getAllKeys(draftId)) await store.delete(key);
  }
}

/** Delete a draft and its history for good (the store's `remove`). */
export async function removeDraftAndHistory(db: IDBPDatabase<PostwrightDB>, id: string): Promise<void> {
  const tx = db.transaction(['drafts', 'summaries', 'revisions'], 'readwrite');
  tx.done.catch(ignore);
  await tx.objectStore('drafts').delete(id);
  await tx.objectStore('summaries').delete(id);
  await deleteHistory(tx.objectStore('revisions'), [id]);
  await tx.done;
}

/** The history and trash methods over `db`, each wrapped by `run`. */
export function idbHistoryMethods(db: IDBPDatabase<PostwrightDB>, run: Runner): HistoryMethods {
  return {
    addRevision: (revision) => run(async () => void (await db.put('revisions', { ...revision }))),
    listRevisions: (draftId) =>
      run(async () => {
        const records =
          draftId === undefined
            ? await db.getAll('revisions')
            : await db.getAllFromIndex('revisions', 'draftId', draftId);
        return records
          .map(normalizeRevision)
          .filter((r) => r !== null)
          .sort(byNewestRevision);
      }),
    removeRevisions: (ids) =>
      run(async () => {
        const tx = db.transaction('revisions', 'readwrite');
        tx.done.catch(ignore);
        for (const id of ids) await tx.store.delete(id);
        await tx.done;
      }),
    trash: (id, deletedAt) =>
      run(async () => {
        const tx = db.transaction(['drafts', 'summaries', 'trash'], 'readwrite');
        tx.done.catch(ignore);
        const draft = normalizeDraft(await tx.objectStore('drafts').get(id));
        if (!draft) throw new Refusal(storageError('not-found'));
        const entry: TrashEntry = { draft, deletedAt };
        await tx.objectStore('trash').put({ id, ...entry });
        await tx.objectStore('drafts').delete(id);
        await tx.objectStore('summaries').delete(id);
        await tx.done;
        return entry;
      }),
    listTrash: () =>
      run(async () =>
        (await db.getAll('trash'))
          .map(normalizeTrashEntry)
          .filter((e) => e !== null)
          .sort(byNewestDeletion),
      ),
    restore: (id) =>
      run(async () => {
        const tx = db.transaction(['drafts', 'summaries', 'trash'], 'readwrite');
        tx.done.catch(ignore);
        const entry = normalizeTrashEntry(await tx.objectStore('trash').get(id));
        if (!entry) throw new Refusal(storageError('not-found'));
        if ((await tx.objectStore('drafts').count(id)) > 0) throw new Refusal(storageError('conflict'));
        const draft: Draft = { ...entry.draft, revision: entry.draft.revision + 1 };
        await tx.objectStore('drafts').put(draft);
        await tx.objectStore('summaries').put(summaryOf(draft));
        await tx.objectStore('trash').delete(id);
        await tx.done;
        return draft;
      }),
    purge: (ids) =>
      run(async () => {
        const tx = db.transaction(['trash', 'revisions'], 'readwrite');
        tx.done.catch(ignore);
        for (const id of ids) await tx.objectStore('trash').delete(id);
        await deleteHistory(tx.objectStore('revisions'), ids);
        await tx.done;
      }),
  };
}
