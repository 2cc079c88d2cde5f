/**
 * Pure: what a page bundle holds. A bundle is a folder with the post as `index.md` and every file the post
 * references at the relative path its Markdown uses, so Hugo (and anyone unzipping it) finds each image where
 * the text says it is. Files the post does not reference stay out; references the draft cannot satisfy are
 * reported, never invented.
 */
import { slugify } from './slug';
import { findAssetRefs } from './asset-refs';
import type { AssetRef } from './asset-refs';
import { joinPath } from './asset-paths';

/** One file of a planned bundle: the post itself, or one of the draft's assets copied to `path`. */
export type BundleEntry = { path: string; kind: 'post' } | { path: string; kind: 'asset'; asset: string };

/** A bundle ready to be written (zipped, or into a site folder). */
export interface BundlePlan {
  /** The folder everything lives in (`my-post` or `content/posts/my-post`); '' for the archive root. */
  folder: string;
  /** The post first, then the referenced assets in the order the post first uses them. */
  entries: BundleEntry[];
  /** Bundle paths the post references that the draft does not hold. */
  missing: string[];
}

/** The folder name a post's bundle gets: the slug of its title, or `untitled`. */
export function bundleFolderName(title: string): string {
  return slugify(title) || 'untitled';
}

/**
 * Plan the bundle for `text` in `folder`, given the bundle paths of the draft's assets. `postName` is the
 * Markdown file's name (`index.md` for a leaf bundle, `_index.md` for a branch, `<slug>.md` for a single file).
 */
export function planBundle(
  text: string,
  assetPaths: Iterable<string>,
  folder: string,
  postName = 'index.md',
  refs: readonly AssetRef[] = findAssetRefs(text),
): BundlePlan {
  const held = new Set(assetPaths);
  const entries: BundleEntry[] = [{ path: joinPath(folder, postName), kind: 'post' }];
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (ref.target.kind !== 'bundle') continue;
    const path = ref.target.path;
    if (seen.has(path)) continue;
    seen.add(path);
    if (held.has(path)) entries.push({ path: joinPath(folder, path), kind: 'asset', asset: path });
    else if (ref.image) missing.push(path);
  }
  return { folder, entries, missing };
}
