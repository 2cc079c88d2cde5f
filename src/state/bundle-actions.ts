/**
 * Page bundles in and out: "Export bundle" zips the open draft as `<slug>/index.md` with every image it
 * references at the path its Markdown uses (bytes as stored); "Import" of a zip or folder makes one new draft
 * with its images. `createDraftWithAssets` is also how a post opened from the site folder becomes a draft.
 */
import { loadOnDemand } from './load-on-demand';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result } from '../storage/drafts';
import type { AssetStore } from '../storage/assets';
import { readFrontMatter } from '../core/front-matter/read-front-matter';
import { encodePost } from '../core/import/read-text-file';
import { bundleFolderName, planBundle } from '../core/bundle/plan-bundle';
import type { BundleAsset } from '../core/bundle/read-bundle';
import type { ArchiveFile } from '../core/bundle/zip';
import { deriveMeta } from './derive-meta';
import type { DocumentState } from './document-store';

/** A zip ready to download. */
export interface BundleArchive {
  name: string;
  bytes: Uint8Array;
  /** Paths in the archive. */
  paths: string[];
  /** Images the post references that the draft does not hold (not in the zip). */
  missing: string[];
}

/** Where the bundle goes inside the zip: `folder/postName` (default `<slug>/index.md`). */
export interface BundleLayout {
  folder: string;
  postName?: string;
  /** The zip's file name (default `<folder's last segment>.zip`). */
  zipName?: string;
}

/** Bundle verbs. */
export interface BundleActions {
  /** Zip the open draft (as `layout` says, or as `<slug>/index.md`). */
  exportBundle(layout?: BundleLayout): Promise<Result<BundleArchive>>;
  /** A new draft from a read bundle, with its images; opened. */
  importBundle(text: string, assets: BundleAsset[], sourceName: string): Promise<Result<Draft>>;
}

/** What the bundle verbs need. */
export interface BundleDeps {
  drafts: DraftStore;
  assets: AssetStore;
  document: StoreApi<DocumentState>;
  clock: () => number;
  newId: () => string;
  /** A new draft was stored (the library lists it). */
  upsert(draft: Draft): void;
}

/** Store a new draft and its images, then list and open it. On failure nothing is left behind. */
export async function createDraftWithAssets(
  deps: BundleDeps,
  text: string,
  assets: { path: string; blob: Blob }[],
  sourceName: string,
): Promise<Result<Draft>> {
  const now = deps.clock();
  const draft: Draft = {
    id: deps.newId(),
    text,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    caret: 0,
    meta: deriveMeta(text),
    sourceName,
  };
  for (const asset of assets) {
    const put = await deps.assets.put({
      draftId: draft.id,
      path: asset.path,
      blob: asset.blob,
      addedAt: now,
    });
    if (!put.ok) {
      await deps.assets.removeDraft(draft.id);
      return put;
    }
  }
  const saved = await deps.drafts.save(draft, null);
  if (!saved.ok) {
    await deps.assets.removeDraft(draft.id);
    return saved;
  }
  deps.upsert(saved.value);
  const opened = await deps.document.getState().open(saved.value.id);
  if (!opened.ok) return opened;
  return saved;
}

/** The bundle verbs over `deps`. */
export function createBundleActions(deps: BundleDeps): BundleActions {
  return {
    async exportBundle(layout) {
      const { id, text } = deps.document.getState();
      if (id === null)
        return { ok: false, error: { kind: 'not-found', message: 'Open a draft to export it.' } };
      const listed = await deps.assets.list(id);
      if (!listed.ok) return listed;
      const read = readFrontMatter(text);
      const title = read.ok && typeof read.data.title === 'string' ? read.data.title : '';
      const folder = layout?.folder ?? bundleFolderName(title);
      const plan = planBundle(
        text,
        listed.value.map((a) => a.path),
        folder,
        layout?.postName,
      );
      const byPath = new Map(listed.value.map((a) => [a.path, a.blob]));
      const files: ArchiveFile[] = [];
      for (const entry of plan.entries) {
        if (entry.kind === 'post') files.push({ path: entry.path, data: encodePost(text) });
        else {
          const blob = byPath.get(entry.asset);
          if (blob) files.push({ path: entry.path, data: new Uint8Array(await blob.arrayBuffer()) });
        }
      }
      const name = layout?.zipName ?? `${folder.split('/').pop() || 'untitled'}.zip`;
      // The zip code (fflate) loads with the first export, not with the app.
      const zip = await loadOnDemand(() => import('../core/bundle/zip'), 'bundles');
      if (!zip.ok) return zip;
      const { zipFiles } = zip.value;
      return {
        ok: true,
        value: {
          name,
          bytes: zipFiles(files, new Date(deps.clock())),
          paths: files.map((f) => f.path),
          missing: plan.missing,
        },
      };
    },
    importBundle: (text, assets, sourceName) =>
      createDraftWithAssets(
        deps,
        text,
        assets.map((a) => ({ path: a.path, blob: new Blob([a.data as BlobPart], { type: a.mime }) })),
        sourceName,
      ),
  };
}
