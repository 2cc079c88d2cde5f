/**
 * Writing a draft back into the site folder: the Markdown file and the images it references that are new or
 * changed, nothing else. Every file is compared with what is on disk first, so unchanged files are never
 * rewritten (their dates stay, `git status` stays quiet). If the Markdown file changed on disk since Postwright
 * last read or wrote it, nothing is written and the caller gets both versions.
 */
import type { Result } from '../storage/drafts';
import type { SiteDirectory } from '../storage/site-files';
import type { SiteLink } from '../storage/site-links';
import type { StoredAsset } from '../storage/assets';
import { findAssetRefs } from '../core/bundle/asset-refs';
import { joinPath } from '../core/bundle/asset-paths';
import { encodePost } from '../core/import/read-text-file';
import { blobText } from './site-scan';

/** What a write did, or that it stopped because the file changed on disk. */
export type SiteWrite =
  | {
      kind: 'written';
      /** Paths written (relative to the site root). */
      written: string[];
      /** Files compared and found identical (not touched). */
      unchanged: string[];
      /** Things to tell the person (images a single-file post cannot carry). */
      notes: string[];
    }
  | { kind: 'conflict'; disk: string; mine: string };

async function sameBytes(a: Blob, b: Blob): Promise<boolean> {
  if (a.size !== b.size) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

/**
 * Write `text` and its referenced images (`assets` are the draft's) to `link`'s place in `site`. With `force`,
 * a file changed on disk is overwritten; without it such a file gives `conflict` and nothing is written.
 */
export async function writeToSite(
  site: SiteDirectory,
  link: SiteLink,
  text: string,
  assets: readonly StoredAsset[],
  force = false,
): Promise<Result<SiteWrite>> {
  const current = await site.read(link.path);
  if (!current.ok) return current;
  const disk = current.value ? await blobText(current.value) : null;
  if (!force && disk !== null && disk !== text && disk !== link.baseText) {
    return { ok: true, value: { kind: 'conflict', disk, mine: text } };
  }
  const written: string[] = [];
  const unchanged: string[] = [];
  const notes: string[] = [];
  if (disk !== text) {
    const wrote = await site.write(link.path, new Blob([encodePost(text)], { type: 'text/markdown' }));
    if (!wrote.ok) return wrote;
    written.push(link.path);
  } else {
    unchanged.push(link.path);
  }
  const held = new Map(assets.map((a) => [a.path, a.blob]));
  const used = new Set<string>();
  for (const ref of findAssetRefs(text)) {
    if (ref.target.kind === 'bundle' && held.has(ref.target.path)) used.add(ref.target.path);
  }
  if (!link.bundleDir) {
    if (used.size) {
      notes.push(
        `${used.size === 1 ? 'One image was' : `${used.size} images were`} not written: a single-file post has no bundle folder for images. Save it as a bundle, or put the images in static/.`,
      );
    }
    return { ok: true, value: { kind: 'written', written, unchanged, notes } };
  }
  for (const path of used) {
    const blob = held.get(path);
    if (!blob) continue;
    const target = joinPath(link.bundleDir, path);
    const there = await site.read(target);
    if (!there.ok) return there;
    if (there.value && (await sameBytes(there.value, blob))) {
      unchanged.push(target);
      continue;
    }
    const wrote = await site.write(target, blob);
    if (!wrote.ok) return wrote;
    written.push(target);
  }
  return { ok: true, value: { kind: 'written', written, unchanged, notes } };
}
