/**
 * The composition root's one call for image and site storage: the asset and link stores over IndexedDB and the
 * site folder over the File System Access API (its handle remembered in IndexedDB). When the database cannot be
 * opened, images and links live in memory (the state layer's default) and the folder is simply not remembered.
 */
import { openBundleDb } from './bundle-db';
import type { BundleDb } from './bundle-db';
import type { AssetStore } from './assets';
import type { SiteLinkStore } from './site-links';
import type { SiteAccess } from './site-files';
import { createSiteAccess } from './site-folder';

/** What `createStores` takes for images and the site folder. */
export interface BundleStorage {
  assets?: AssetStore;
  siteLinks?: SiteLinkStore;
  siteAccess: SiteAccess;
}

/** Open the stores; never fails (see above). */
export async function openBundleStorage(): Promise<BundleStorage> {
  const opened = await openBundleDb();
  return bundleStorageOf(opened.ok ? opened.value : null);
}

/** The stores over `db`, or in memory when there is none (the database could not be opened). */
export function bundleStorageOf(db: BundleDb | null): BundleStorage {
  if (!db) {
    let held: unknown = null;
    const memory = { get: async () => held, set: async (value: unknown) => void (held = value) };
    return { siteAccess: createSiteAccess(memory) };
  }
  return { assets: db.assets, siteLinks: db.links, siteAccess: createSiteAccess(db.siteHandle) };
}
