/**
 * A draft's images, stored as Blobs in IndexedDB beside the draft (object store `assets`, one record per file,
 * keyed by draft id and bundle path). Records are separate from the draft so that typing, which saves the
 * draft every few hundred milliseconds, never rewrites megabytes of images. Every call returns a `Result`.
 */
import type { IDBPDatabase } from 'idb';
import type { Result, StorageError } from './drafts';
import { storageError, toStorageError } from './errors';
import type { PostwrightDB } from './schema';

/** One image of a draft. `path` is where the post's Markdown finds it, relative to the bundle. */
export interface StoredAsset {
  draftId: string;
  path: string;
  blob: Blob;
  /** When it was added (ms since the epoch). */
  addedAt: number;
}

/** Where a draft's images live. Implemented over IndexedDB (the app) and in memory (tests). */
export interface AssetStore {
  /** The draft's assets, sorted by path. */
  list(draftId: string): Promise<Result<StoredAsset[]>>;
  /** Add or replace the asset at `asset.path`. */
  put(asset: StoredAsset): Promise<Result<StoredAsset>>;
  /** Move an asset to a new path in one transaction; `conflict` when `to` is taken, `not-found` when `from` is not. */
  rename(draftId: string, from: string, to: string): Promise<Result<StoredAsset>>;
  remove(draftId: string, path: string): Promise<Result<void>>;
  /** Every asset of a draft (a deleted draft's images). */
  removeDraft(draftId: string): Promise<Result<void>>;
  /** The ids of drafts that have assets (to find the images of drafts deleted meanwhile). */
  draftIds(): Promise<Result<string[]>>;
}

/** A stored record read back as an asset, or null when it is damaged (no ids or no Blob). */
export function normalizeAsset(record: unknown): StoredAsset | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Partial<Record<keyof StoredAsset, unknown>>;
  if (typeof r.draftId !== 'string' || typeof r.path !== 'string' || !(r.blob instanceof Blob)) return null;
  const addedAt = typeof r.addedAt === 'number' && Number.isFinite(r.addedAt) ? r.addedAt : 0;
  return { draftId: r.draftId, path: r.path, blob: r.blob, addedAt };
}

const byPath = (a: StoredAsset, b: StoredAsset): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Thrown inside a transaction to refuse with an expected error. */
class Refusal {
  constructor(readonly error: StorageError) {}
}

/** The IndexedDB asset store over an open (version 3 or later) database. */
export function createIdbAssetStore(db: IDBPDatabase<PostwrightDB>): AssetStore {
  async function run<T>(op: () => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await op() };
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, error: e.error };
      return { ok: false, error: toStorageError(e) };
    }
  }
  return {
    list: (draftId) =>
      run(async () => {
        const records = await db.getAllFromIndex('assets', 'draftId', draftId);
        return records
          .map(normalizeAsset)
          .filter((a): a is StoredAsset => a !== null)
          .sort(byPath);
      }),
    put: (asset) =>
      run(async () => {
        await db.put('assets', asset);
        return asset;
      }),
    rename: (draftId, from, to) =>
      run(async () => {
        const tx = db.transaction('assets', 'readwrite');
        const done = tx.done;
        done.catch(() => undefined);
        const current = normalizeAsset(await tx.store.get([draftId, from]));
        if (!current) throw new Refusal(storageError('not-found'));
        if (from === to) return current;
        if (await tx.store.getKey([draftId, to])) {
          throw new Refusal({ kind: 'conflict', message: `The draft already has an image called “${to}”.` });
        }
        const moved = { ...current, path: to };
        await tx.store.delete([draftId, from]);
        await tx.store.put(moved);
        await done;
        return moved;
      }),
    remove: (draftId, path) => run(() => db.delete('assets', [draftId, path])),
    removeDraft: (draftId) =>
      run(async () => {
        const tx = db.transaction('assets', 'readwrite');
        const keys = await tx.store.index('draftId').getAllKeys(draftId);
        for (const key of keys) await tx.store.delete(key);
        await tx.done;
      }),
    draftIds: () =>
      run(async () => {
        const ids = new Set<string>();
        let cursor = await db.transaction('assets').store.index('draftId').openKeyCursor(null, 'nextunique');
        while (cursor) {
          ids.add(cursor.key);
          cursor = await cursor.continue();
        }
        return [...ids];
      }),
  };
}

/** An in-memory asset store with the same behaviour (the contract suite runs on both). */
export function createMemoryAssetStore(): AssetStore {
  const records = new Map<string, StoredAsset>();
  const key = (draftId: string, path: string): string => JSON.stringify([draftId, path]);
  const ok = async <T>(value: T): Promise<Result<T>> => ({ ok: true, value });
  return {
    list: (draftId) => ok([...records.values()].filter((a) => a.draftId === draftId).sort(byPath)),
    put: (asset) => {
      records.set(key(asset.draftId, asset.path), { ...asset });
      return ok(asset);
    },
    rename: async (draftId, from, to) => {
      const current = records.get(key(draftId, from));
      if (!current) return { ok: false, error: storageError('not-found') };
      if (from === to) return { ok: true, value: current };
      if (records.has(key(draftId, to))) {
        return {
          ok: false,
          error: { kind: 'conflict', message: `The draft already has an image called “${to}”.` },
        };
      }
      const moved = { ...current, path: to };
      records.delete(key(draftId, from));
      records.set(key(draftId, to), moved);
      return { ok: true, value: moved };
    },
    remove: (draftId, path) => ok(void records.delete(key(draftId, path))),
    removeDraft: (draftId) => {
      for (const [k, a] of records) if (a.draftId === draftId) records.delete(k);
      return ok(undefined);
    },
    draftIds: () => ok([...new Set([...records.values()].map((a) => a.draftId))]),
  };
}
