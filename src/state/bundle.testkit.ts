/**
 * Test-only helpers for the image, bundle and site state tests: stores over memory storage with a memory
 * asset store, link store and site folder, and a few sample files. Not imported by the app.
 */
import { createMemoryDraftStore } from '../storage/memory-drafts';
import type { MemoryDraftStore } from '../storage/memory-drafts';
import { createMemoryAssetStore } from '../storage/assets';
import type { AssetStore } from '../storage/assets';
import { createMemorySiteLinkStore } from '../storage/site-links';
import type { SiteLinkStore } from '../storage/site-links';
import type { MemorySiteDirectory, SiteAccess, SitePermission } from '../storage/site-files';
import { createStores } from './create-stores';
import type { Stores } from './create-stores';
import { mapJournal } from './stores.testkit';

/** A tiny PNG header followed by `fill` (enough for the type check). */
export function pngBlob(...fill: number[]): Blob {
  return new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...fill])], {
    type: 'image/png',
  });
}

/** A tiny JPEG header followed by `fill`. */
export function jpegBlob(...fill: number[]): Blob {
  return new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...fill])], { type: 'image/jpeg' });
}

/** The bytes of a Blob as a plain array (for equality checks). */
export async function blobBytes(blob: Blob | null | undefined): Promise<number[]> {
  return blob ? [...new Uint8Array(await blob.arrayBuffer())] : [];
}

/** The text of a Blob. */
export async function blobString(blob: Blob | null | undefined): Promise<string | null> {
  return blob ? new TextDecoder().decode(await blob.arrayBuffer()) : null;
}

/** Site access over a memory directory: `pick` returns it; `permission` controls reconnecting. */
export function memoryAccess(dir: MemorySiteDirectory | null, permission: SitePermission = 'granted') {
  let remembered: MemorySiteDirectory | null = null;
  const access: SiteAccess & { permission: SitePermission } = {
    canWrite: true,
    permission,
    pick: async () => {
      remembered = dir;
      return { ok: true, value: dir };
    },
    remembered: async () => (remembered ? { name: remembered.name, permission: access.permission } : null),
    reconnect: async () => ({
      ok: true,
      value: remembered && access.permission !== 'denied' ? remembered : null,
    }),
    forget: async () => {
      remembered = null;
    },
  };
  return access;
}

/** Stores over memory storage with ids new-1, new-2, ... */
export function makeBundleStores(
  opts: {
    assets?: AssetStore;
    siteLinks?: SiteLinkStore;
    siteAccess?: SiteAccess;
    drafts?: MemoryDraftStore;
  } = {},
): Stores & { assetStore: AssetStore; linkStore: SiteLinkStore; draftStore: MemoryDraftStore } {
  const assetStore = opts.assets ?? createMemoryAssetStore();
  const linkStore = opts.siteLinks ?? createMemorySiteLinkStore();
  const draftStore = opts.drafts ?? createMemoryDraftStore();
  let n = 0;
  const stores = createStores({
    drafts: draftStore,
    journal: mapJournal(),
    clock: () => Date.UTC(2025, 5, 1, 12, 0, 0),
    newId: () => `new-${opts.drafts ? 'again-' : ''}${++n}`,
    offsetMinutes: () => 120,
    assets: assetStore,
    siteLinks: linkStore,
    siteAccess: opts.siteAccess,
  });
  return { ...stores, assetStore, linkStore, draftStore };
}
