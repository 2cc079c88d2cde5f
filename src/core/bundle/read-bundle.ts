/**
 * Pure: a page bundle (from a zip or a dropped/chosen folder) back into one post and its images. The post is
 * the shallowest `index.md` (else `_index.md`, else the only Markdown file); the images are the files under its
 * folder, kept at their paths relative to it and byte for byte. Everything else is listed as skipped with the
 * reason, never silently dropped. Zips are checked against their declared sizes before anything is inflated.
 */
import { unzipSync } from 'fflate';
import { readTextFile } from '../import/read-text-file';
import { checkImage, SNIFF_BYTES } from './image-type';

/** A file of the bundle as found: path relative to the archive or chosen folder. */
export interface BundleInputFile {
  path: string;
  data: Uint8Array;
}

/** One image of the read bundle. */
export interface BundleAsset {
  /** Path relative to the post's folder (what the Markdown uses). */
  path: string;
  data: Uint8Array;
  mime: string;
}

/** A bundle read back, or why it cannot be. */
export type BundleRead =
  | {
      ok: true;
      /** The post's path in the input (`my-post/index.md`). */
      postPath: string;
      text: string;
      assets: BundleAsset[];
      skipped: { path: string; reason: string }[];
    }
  | { ok: false; message: string };

/** The most an archive may inflate to (all files together). */
export const MAX_BUNDLE_BYTES = 300 * 1024 * 1024;

const MARKDOWN = /\.(md|markdown)$/i;
const JUNK = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|\.git\/)/;

const depth = (path: string): number => path.split('/').length;
const dirOf = (path: string): string => path.slice(0, path.lastIndexOf('/') + 1);
const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Pick the post, decode it through the import door, and collect the images under its folder. */
export function readBundleFiles(input: readonly BundleInputFile[], label = 'The bundle'): BundleRead {
  const files = input
    .map((f) => ({ ...f, path: f.path.replace(/\\/g, '/').replace(/^\.?\/+/, '') }))
    .filter((f) => f.path && !JUNK.test(f.path));
  const markdown = files.filter((f) => MARKDOWN.test(f.path)).sort((a, b) => depth(a.path) - depth(b.path));
  const post =
    markdown.find((f) => baseOf(f.path).toLowerCase() === 'index.md') ??
    markdown.find((f) => baseOf(f.path).toLowerCase() === '_index.md') ??
    (markdown.length === 1 ? markdown[0] : undefined);
  if (!post) {
    return {
      ok: false,
      message:
        markdown.length === 0
          ? `${label} holds no Markdown post (index.md).`
          : `${label} holds several posts and no index.md: import them one by one.`,
    };
  }
  const read = readTextFile(baseOf(post.path), post.data);
  if (!read.ok) return { ok: false, message: read.message };
  const folder = dirOf(post.path);
  const assets: BundleAsset[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const file of files) {
    if (file === post) continue;
    if (!file.path.startsWith(folder)) {
      skipped.push({ path: file.path, reason: 'outside the post’s folder' });
      continue;
    }
    const path = file.path.slice(folder.length);
    if (MARKDOWN.test(path)) {
      skipped.push({ path: file.path, reason: 'another Markdown file' });
      continue;
    }
    const check = checkImage(path, file.data.byteLength, file.data.subarray(0, SNIFF_BYTES));
    if (check.ok) assets.push({ path, data: file.data, mime: check.mime });
    else skipped.push({ path: file.path, reason: check.message });
  }
  return { ok: true, postPath: post.path, text: read.text, assets, skipped };
}

/** Unzip `bytes` (refusing archives that would inflate past `maxBytes`) and read the bundle. */
export function readBundleZip(name: string, bytes: Uint8Array, maxBytes = MAX_BUNDLE_BYTES): BundleRead {
  let total = 0;
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || JUNK.test(file.name)) return false;
        total += file.originalSize;
        if (total > maxBytes) tooBig = true;
        return !tooBig;
      },
    });
  } catch {
    return { ok: false, message: `“${name}” is not a zip archive Postwright can read.` };
  }
  if (tooBig) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    return { ok: false, message: `“${name}” is too large to import (more than ${mb} MB unpacked).` };
  }
  return readBundleFiles(
    Object.entries(entries).map(([path, data]) => ({ path, data })),
    `“${name}”`,
  );
}
