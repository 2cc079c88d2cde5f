/**
 * The composition root's one call for all of storage at start-up: one connection to the database for the drafts
 * and for the image and site stores (opening is the slow part of starting: tens of milliseconds each, one after
 * the other when each store opened its own). When the database cannot be opened, drafts, images and links live
 * in this tab's memory, with the reason to tell the person.
 */
import { bundleDbOver } from './bundle-db';
import type { DraftStore, StorageError } from './drafts';
import { idbDraftStoreOver, openPostwrightDb } from './idb-drafts';
import type { IdbDraftStoreOptions } from './idb-drafts';
import { createMemoryDraftStore } from './memory-drafts';
import { bundleStorageOf } from './open-bundle-storage';
import type { BundleStorage } from './open-bundle-storage';

/** What the app runs on. */
export interface AppStorage extends BundleStorage {
  drafts: DraftStore;
  /** Null with IndexedDB; otherwise why drafts are kept in memory only. */
  problem: StorageError | null;
}

/** Open the database once for every store (never fails: see above). */
export async function openAppStorage(opts: IdbDraftStoreOptions = {}): Promise<AppStorage> {
  const opened = await openPostwrightDb(opts);
  if (!opened.ok)
    return { drafts: createMemoryDraftStore(), problem: opened.error, ...bundleStorageOf(null) };
  return {
    drafts: idbDraftStoreOver(opened.value),
    problem: null,
    ...bundleStorageOf(bundleDbOver(opened.value)),
  };
}
