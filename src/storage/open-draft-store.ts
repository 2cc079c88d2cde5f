/**
 * The composition root's one call for storage: IndexedDB when the browser allows it, otherwise an in-memory
 * store so the editor still works, with the reason to show the person (their drafts then live only in this tab).
 */
import type { DraftStore, StorageError } from './drafts';
import { openIdbDraftStore } from './idb-drafts';
import type { IdbDraftStoreOptions } from './idb-drafts';
import { createMemoryDraftStore } from './memory-drafts';

/** The store to use and, when it is the in-memory fallback, why. */
export interface OpenedDraftStore {
  drafts: DraftStore;
  /** Null with IndexedDB; otherwise the problem (pass it to `createStores` as `storageProblem`). */
  problem: StorageError | null;
}

/** Open the IndexedDB store, falling back to memory (never fails). */
export async function openDraftStore(opts: IdbDraftStoreOptions = {}): Promise<OpenedDraftStore> {
  const opened = await openIdbDraftStore(opts);
  if (opened.ok) return { drafts: opened.value, problem: null };
  return { drafts: createMemoryDraftStore(), problem: opened.error };
}
