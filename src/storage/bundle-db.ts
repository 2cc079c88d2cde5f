/**
 * Opens the Postwright database for the image and site stores (`assets.ts`, `site-links.ts`) and for the
 * remembered site folder handle. A second connection beside the draft store's: both open the same version with
 * the same upgrade, so whichever opens first upgrades. Failing to open is a value, never a throw.
 */
import { wrap } from 'idb';
import type { IDBPDatabase } from 'idb';
import type { Result } from './drafts';
import { storageError, toStorageError } from './errors';
import { createIdbAssetStore } from './assets';
import type { AssetStore } from './assets';
import { createIdbSiteLinkStore } from './site-links';
import type { SiteLinkStore } from './site-links';
import { DB_NAME, DB_VERSION, upgradeSchema } from './schema';
import type { PostwrightDB } from './schema';

/** A small key-value memory for values IndexedDB can clone but JSON cannot (a directory handle). */
export interface ValueMemory {
  get(): Promise<unknown>;
  set(value: unknown): Promise<void>;
}

/** What `openBundleDb` gives. */
export interface BundleDb {
  assets: AssetStore;
  links: SiteLinkStore;
  /** Remembers the site folder's handle in the `settings` store. */
  siteHandle: ValueMemory;
  close(): void;
}

/** The `settings` key the site folder's handle is kept under. */
export const SITE_HANDLE_KEY = 'siteFolderHandle';

function openWith(factory: IDBFactory, name: string): Promise<IDBPDatabase<PostwrightDB>> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    let upgradeError: unknown = null;
    request.onupgradeneeded = (event) => {
      const tx = request.transaction;
      if (!tx) return;
      const database = wrap(request.result) as unknown as IDBPDatabase<PostwrightDB>;
      const upgradeTx = wrap(tx) as unknown as Parameters<typeof upgradeSchema>[2];
      upgradeSchema(database, event.oldVersion, upgradeTx).catch((e: unknown) => {
        upgradeError = e;
        tx.abort();
      });
    };
    request.onblocked = () =>
      reject(new DOMException('another tab holds an older version open', 'InvalidStateError'));
    request.onsuccess = () => resolve(wrap(request.result) as unknown as IDBPDatabase<PostwrightDB>);
    request.onerror = (event) => {
      event.preventDefault();
      reject(upgradeError ?? request.error);
    };
  });
}

/** Open (and if needed upgrade) the database at `name` (default `postwright`). */
export async function openBundleDb(
  opts: { indexedDB?: IDBFactory; name?: string } = {},
): Promise<Result<BundleDb>> {
  const factory = opts.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) return { ok: false, error: storageError('unavailable', 'this browser offers no IndexedDB') };
  let db: IDBPDatabase<PostwrightDB>;
  try {
    db = await openWith(factory, opts.name ?? DB_NAME);
  } catch (e) {
    return { ok: false, error: toStorageError(e) };
  }
  return { ok: true, value: bundleDbOver(db) };
}

/** The image and site stores over an open connection (shared with the draft store: `open-app-storage.ts`). */
export function bundleDbOver(db: IDBPDatabase<PostwrightDB>): BundleDb {
  // Another tab upgrading to a newer version: let it (this tab's image calls then fail with words).
  db.addEventListener('versionchange', () => db.close());
  return {
    assets: createIdbAssetStore(db),
    links: createIdbSiteLinkStore(db),
    siteHandle: {
      get: async () => {
        try {
          return await db.get('settings', SITE_HANDLE_KEY);
        } catch {
          return undefined;
        }
      },
      set: async (value) => {
        try {
          if (value === null || value === undefined) await db.delete('settings', SITE_HANDLE_KEY);
          else await db.put('settings', value, SITE_HANDLE_KEY);
        } catch {
          // Not remembering the folder only means choosing it again after a reload.
        }
      },
    },
    close: () => db.close(),
  };
}
