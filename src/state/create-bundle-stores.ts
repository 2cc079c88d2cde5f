/**
 * Builds the image, bundle and site-folder parts of the state layer over their storage (`AssetStore`,
 * `SiteLinkStore`, `SiteAccess`), for `createStores`. Without them (tests of other features) everything runs
 * in memory and the site folder is unavailable.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result } from '../storage/drafts';
import { createMemoryAssetStore } from '../storage/assets';
import type { AssetStore } from '../storage/assets';
import { createMemorySiteLinkStore } from '../storage/site-links';
import type { SiteLinkStore } from '../storage/site-links';
import type { SiteAccess } from '../storage/site-files';
import { createAssetsStore } from './assets-store';
import type { AssetsState } from './assets-store';
import { createBundleActions } from './bundle-actions';
import type { BundleActions } from './bundle-actions';
import type { DocumentState } from './document-store';
import type { LibraryState } from './library-store';
import { createSiteStore, restoreSite } from './site-store';
import type { SiteState } from './site-store';

export type { AddOutcome, AssetsState, AssetView, IncomingFile } from './assets-store';
export type { BundleActions, BundleArchive, BundleLayout } from './bundle-actions';
export type { Placement, SiteConflict, SiteSaveOutcome, SiteState } from './site-store';

/** Optional dependencies `createStores` passes through. */
export interface BundleStoreDeps {
  /** Where draft images are kept (default: memory). */
  assets?: AssetStore;
  /** Where draft-to-site-file links are kept (default: memory). */
  siteLinks?: SiteLinkStore;
  /** The site folder (default: none; saving to the site then gives a zip). */
  siteAccess?: SiteAccess;
}

/** The stores and verbs this part adds to `Stores`. */
export interface BundleStores {
  assets: StoreApi<AssetsState>;
  site: StoreApi<SiteState>;
  bundles: BundleActions;
}

const NO_SITE_ACCESS: SiteAccess = {
  canWrite: false,
  pick: async () => ({
    ok: false,
    error: { kind: 'unavailable', message: 'This browser cannot open folders.' },
  }),
  remembered: async () => null,
  reconnect: async () => ({ ok: true, value: null }),
  forget: async () => undefined,
};

/** Build the parts; `init` runs after the drafts are loaded (clean up, reconnect the site folder). */
export function createBundleStores(
  deps: BundleStoreDeps & {
    drafts: DraftStore;
    clock: () => number;
    newId: () => string;
    offsetMinutes: (now: number) => number;
  },
  wiring: {
    document: StoreApi<DocumentState>;
    library: StoreApi<LibraryState>;
    upsert(draft: Draft): void;
  },
): BundleStores & { init(): Promise<void> } {
  const assetStore = deps.assets ?? createMemoryAssetStore();
  const links = deps.siteLinks ?? createMemorySiteLinkStore();
  const access = deps.siteAccess ?? NO_SITE_ACCESS;
  const base = {
    drafts: deps.drafts,
    assets: assetStore,
    document: wiring.document,
    clock: deps.clock,
    newId: deps.newId,
    upsert: wiring.upsert,
  };
  const assets = createAssetsStore({ assets: assetStore, document: wiring.document, clock: deps.clock });
  const bundles = createBundleActions(base);
  const site = createSiteStore({ ...base, access, links, bundles, offsetMinutes: deps.offsetMinutes });

  // A duplicated draft keeps its images: copy them once the copy exists.
  const duplicate = wiring.library.getState().duplicateDraft;
  wiring.library.setState({
    duplicateDraft: async (id) => {
      const copied = await duplicate(id);
      if (copied.ok) {
        const listed = await assetStore.list(id);
        for (const asset of listed.ok ? listed.value : []) {
          await assetStore.put({ ...asset, draftId: copied.value.id });
        }
        if (wiring.document.getState().id === copied.value.id) await assets.getState().reload();
      }
      return copied;
    },
  });

  async function collectGarbage(): Promise<void> {
    // Images and links of drafts that no longer exist (deleted in an earlier session) are removed; drafts in
    // the trash, where the store keeps one, keep theirs so that restoring brings the images back.
    const library = wiring.library.getState();
    if (!library.loaded || library.loadError) return;
    const live = new Set(library.drafts.map((d) => d.id));
    const open = wiring.document.getState().id;
    if (open !== null) live.add(open);
    const trash = (deps.drafts as { listTrash?: () => Promise<Result<{ draft: { id: string } }[]>> })
      .listTrash;
    if (trash) {
      const trashed = await trash.call(deps.drafts);
      if (!trashed.ok) return;
      for (const entry of trashed.value) live.add(entry.draft.id);
    }
    const ids = await assetStore.draftIds();
    for (const id of ids.ok ? ids.value : []) if (!live.has(id)) await assetStore.removeDraft(id);
    const linked = await links.list();
    for (const link of linked.ok ? linked.value : [])
      if (!live.has(link.draftId)) await links.remove(link.draftId);
  }

  return {
    assets,
    site,
    bundles,
    init: async () => {
      try {
        await collectGarbage();
        await restoreSite(site, access, links);
      } catch {
        // Clean-up and reconnecting are conveniences: the editor works without them.
      }
    },
  };
}
