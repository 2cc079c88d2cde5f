/**
 * The site folder: choose it (or reconnect to the remembered one after a reload), list its posts, open one as a
 * draft linked to its file, start a new post from the site's archetype, and "Save to site". Where the browser
 * cannot write to folders (or the folder is a read-only copy), saving gives a zip laid out with the site's
 * paths instead, and says why.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Result } from '../storage/drafts';
import { createMemorySiteDirectory } from '../storage/site-files';
import type { SiteAccess, SiteDirectory } from '../storage/site-files';
import type { SiteLink, SiteLinkStore } from '../storage/site-links';
import { sectionsOf } from '../core/hugo/list-posts';
import { readTextFile } from '../core/import/read-text-file';
import { readFrontMatter } from '../core/front-matter/read-front-matter';
import { bundleFolderName } from '../core/bundle/plan-bundle';
import { slugify } from '../core/bundle/slug';
import { createDraftWithAssets } from './bundle-actions';
import type { BundleActions, BundleDeps } from './bundle-actions';
import { bundleImages, scanSite } from './site-scan';
import { newSitePostText, placementPaths } from './site-new-post';
import type { Placement } from './site-new-post';
import { writeToSite } from './site-save';

export type { Placement } from './site-new-post';

import type { SiteSaveOutcome, SiteState } from './site-types';
export type { SiteConflict, SiteFolderInfo, SiteSaveOutcome, SiteState } from './site-types';

/** What the site store needs. */
export interface SiteDeps extends BundleDeps {
  access: SiteAccess;
  links: SiteLinkStore;
  bundles: BundleActions;
  offsetMinutes: (now: number) => number;
}

const fail = (message: string) => ({ ok: false as const, error: { kind: 'unknown' as const, message } });

/** Why saving falls back to a zip, in words. */
export const NO_FOLDER_API_REASON =
  'This browser cannot write into folders (the File System Access API is only in Chromium-based browsers such as Chrome and Edge), so “Save to site” downloads a zip laid out like your site: unzip it at the site’s root.';
const READ_ONLY_REASON =
  'The site folder was opened read-only (this browser cannot write into folders), so “Save to site” downloads a zip laid out like your site: unzip it at the site’s root.';

/** Create the site store. */
export function createSiteStore(deps: SiteDeps): StoreApi<SiteState> {
  const { access, document } = deps;
  let dir: SiteDirectory | null = null;

  const setLink = async (link: SiteLink): Promise<Result<SiteLink>> => {
    const put = await deps.links.put(link);
    if (put.ok) store.setState({ links: { ...store.getState().links, [link.draftId]: link } });
    return put;
  };

  async function useDirectory(site: SiteDirectory): Promise<Result<void>> {
    store.setState({ busy: true, error: null });
    const scan = await scanSite(site);
    if (!scan.ok) {
      store.setState({ busy: false, error: scan.error.message });
      return scan;
    }
    dir = site;
    const { title, contentDir, posts, markdown } = scan.value;
    store.setState({
      busy: false,
      folder: { name: site.name, writable: site.writable, title, contentDir, ...(markdown && { markdown }) },
      reconnectable: null,
      posts,
      sections: ['posts', ...sectionsOf(posts).filter((s) => s !== 'posts')],
    });
    return { ok: true, value: undefined };
  }

  function suggestedPlacement(): Placement {
    const read = readFrontMatter(document.getState().text);
    const title = read.ok && typeof read.data.title === 'string' ? read.data.title : '';
    return { section: 'posts', name: bundleFolderName(title), bundle: true };
  }

  async function zipFor(link: SiteLink | null, placement: Placement | undefined, reason: string) {
    const folderInfo = store.getState().folder;
    const paths =
      link ?? placementPaths(placement ?? suggestedPlacement(), folderInfo?.contentDir ?? 'content');
    const slash = paths.path.lastIndexOf('/');
    const archive = await deps.bundles.exportBundle({
      folder: paths.path.slice(0, slash),
      postName: paths.path.slice(slash + 1),
      zipName: `${(placement?.name ?? paths.path.split('/').slice(-2, -1)[0]) || 'post'}-site.zip`,
    });
    if (!archive.ok) return { kind: 'error' as const, message: archive.error.message };
    return { kind: 'zip' as const, archive: archive.value, reason };
  }

  async function write(force: boolean): Promise<SiteSaveOutcome> {
    const { id, text } = document.getState();
    const link = id === null ? undefined : store.getState().links[id];
    if (id === null || !link || !dir) return { kind: 'error', message: 'Open the site folder first.' };
    const assets = await deps.assets.list(id);
    if (!assets.ok) return { kind: 'error', message: assets.error.message };
    store.setState({ busy: true, error: null });
    const wrote = await writeToSite(dir, link, text, assets.value, force);
    store.setState({ busy: false });
    if (!wrote.ok) {
      store.setState({ error: wrote.error.message });
      return { kind: 'error', message: wrote.error.message };
    }
    if (wrote.value.kind === 'conflict') {
      store.setState({ conflict: { draftId: id, path: link.path, disk: wrote.value.disk, mine: text } });
      return { kind: 'conflict' };
    }
    await setLink({ ...link, baseText: text });
    store.setState({ conflict: null });
    const { written, unchanged, notes } = wrote.value;
    if (link.baseText === null || !store.getState().posts.some((p) => p.path === link.path)) {
      await useDirectory(dir);
    }
    return { kind: 'saved', written, unchanged: unchanged.length, notes };
  }

  const store = createStore<SiteState>()((set, get) => ({
    canWrite: access.canWrite,
    folder: null,
    reconnectable: null,
    posts: [],
    sections: ['posts'],
    links: {},
    busy: false,
    error: null,
    conflict: null,
    pick: async () => {
      const picked = await access.pick();
      if (!picked.ok) {
        set({ error: picked.error.message });
        return picked;
      }
      if (!picked.value) return { ok: true, value: false };
      const used = await useDirectory(picked.value);
      return used.ok ? { ok: true, value: true } : used;
    },
    useDirectory,
    useFolderFiles: (name, files) =>
      useDirectory(createMemorySiteDirectory(name, new Map(files.map((f) => [f.path, f.blob])), false)),
    reconnect: async () => {
      const got = await access.reconnect();
      if (!got.ok) {
        set({ error: got.error.message });
        return got;
      }
      if (!got.value) {
        set({ error: 'The browser did not allow access to the site folder. Open it again to continue.' });
        return { ok: true, value: false };
      }
      const used = await useDirectory(got.value);
      return used.ok ? { ok: true, value: true } : used;
    },
    closeFolder: async () => {
      dir = null;
      await access.forget();
      set({ folder: null, posts: [], reconnectable: null, conflict: null, error: null });
    },
    refresh: async () => (dir ? useDirectory(dir) : fail('Open the site folder first.')),
    openPost: async (path) => {
      const site = dir;
      const folderInfo = get().folder;
      if (!site || !folderInfo) return fail('Open the site folder first.');
      const linked = Object.values(get().links).find((l) => l.path === path && l.site === folderInfo.name);
      if (linked) {
        const opened = await document.getState().open(linked.draftId);
        if (opened.ok || opened.error.kind !== 'not-found') return opened;
        await deps.links.remove(linked.draftId);
      }
      const post = get().posts.find((p) => p.path === path);
      const file = await site.read(path);
      if (!file.ok) return file;
      if (!file.value || !post) return fail(`“${path}” is not in the site folder any more.`);
      const name = path.split('/').pop() ?? path;
      const read = readTextFile(name, new Uint8Array(await file.value.arrayBuffer()));
      if (!read.ok) return fail(read.message);
      const images = await bundleImages(site, post);
      if (!images.ok) return images;
      set({ busy: true });
      const created = await createDraftWithAssets(deps, read.text, images.value, name);
      set({ busy: false });
      if (!created.ok) return created;
      const link: SiteLink = {
        draftId: created.value.id,
        site: folderInfo.name,
        path,
        bundleDir: post.bundleDir,
        baseText: read.text,
      };
      const put = await setLink(link);
      return put.ok ? { ok: true, value: undefined } : put;
    },
    newPost: async (placement) => {
      const folderInfo = get().folder;
      const name = slugify(placement.name);
      if (!name) return fail('A new post needs a name (it becomes its folder or file name).');
      const paths = placementPaths({ ...placement, name }, folderInfo?.contentDir ?? 'content');
      if (dir) {
        const existing = await dir.read(paths.path);
        if (existing.ok && existing.value) return fail(`There is already a post at “${paths.path}”.`);
      }
      const now = deps.clock();
      const text = await newSitePostText(
        dir,
        { ...placement, name },
        now,
        deps.offsetMinutes(now),
        folderInfo?.title ?? '',
      );
      const created = await createDraftWithAssets(deps, text, [], paths.path.split('/').pop() ?? 'index.md');
      if (!created.ok) return created;
      const put = await setLink({
        draftId: created.value.id,
        site: folderInfo?.name ?? '',
        ...paths,
        baseText: null,
      });
      return put.ok ? { ok: true, value: undefined } : put;
    },
    saveToSite: async (placement) => {
      const { id } = document.getState();
      if (id === null) return { kind: 'error', message: 'Open a draft to save it to the site.' };
      await document.getState().saveNow();
      const folderInfo = get().folder;
      const link = get().links[id] ?? null;
      if (!folderInfo || !folderInfo.writable || !dir) {
        if (get().canWrite && !folderInfo) return { kind: 'error', message: 'Open the site folder first.' };
        return zipFor(link, placement, folderInfo ? READ_ONLY_REASON : NO_FOLDER_API_REASON);
      }
      if (!link || link.site !== folderInfo.name) {
        if (!placement) return { kind: 'needs-placement', suggested: suggestedPlacement() };
        const name = slugify(placement.name) || 'untitled';
        const paths = placementPaths({ ...placement, name }, folderInfo.contentDir);
        const put = await setLink({ draftId: id, site: folderInfo.name, ...paths, baseText: null });
        if (!put.ok) return { kind: 'error', message: put.error.message };
      }
      return write(false);
    },
    overwrite: () => write(true),
    takeDiskVersion: async () => {
      const conflict = get().conflict;
      const link = conflict ? get().links[conflict.draftId] : undefined;
      if (!conflict || !link) return fail('There is nothing to resolve.');
      const put = await setLink({ ...link, baseText: conflict.disk });
      if (!put.ok) return put;
      set({ conflict: null });
      return { ok: true, value: conflict.disk };
    },
    dismissConflict: () => set({ conflict: null }),
  }));

  return store;
}

/** Load links and reconnect to the remembered folder when the browser still allows it (start-up). */
export async function restoreSite(
  store: StoreApi<SiteState>,
  access: SiteAccess,
  links: SiteLinkStore,
): Promise<void> {
  const listed = await links.list();
  if (listed.ok) store.setState({ links: Object.fromEntries(listed.value.map((l) => [l.draftId, l])) });
  const remembered = await access.remembered();
  if (!remembered) return;
  if (remembered.permission === 'granted') {
    const got = await access.reconnect();
    if (got.ok && got.value) {
      await store.getState().useDirectory(got.value);
      return;
    }
  }
  store.setState({ reconnectable: remembered.name });
}
