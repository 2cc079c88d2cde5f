/**
 * Pure: write files into a zip archive with fflate. Images are stored as they are (already compressed:
 * deflating them again only costs time); text (Markdown, SVG) is deflated. Every file's bytes go in unchanged.
 */
import { zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/** One file to put in an archive, at a `/`-separated path. */
export interface ArchiveFile {
  path: string;
  data: Uint8Array;
}

const STORED = /\.(png|jpe?g|gif|webp|avif|zip|gz|mp4|webm|woff2?)$/i;

/** Zip `files` (later duplicates of a path are dropped), dated `mtime`. */
export function zipFiles(files: readonly ArchiveFile[], mtime: Date): Uint8Array {
  const tree: Zippable = {};
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) continue;
    seen.add(file.path);
    tree[file.path] = [file.data, { level: STORED.test(file.path) ? 0 : 6, mtime }];
  }
  return zipSync(tree);
}
