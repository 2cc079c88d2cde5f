/**
 * The preview's last render of a draft, kept so that reopening the draft shows its preview at once, before the
 * render worker has answered (on a returning visit the worker loads its code and renders the post cold: the
 * preview showed 40-60 ms after the editor in a probe of an 8 KB post). It is the worker's own block HTML with the blocks' source ranges, for
 * one text: shown only when the text it was rendered from is the one opening (same length and hash) with the
 * same Markdown settings, and replaced by the worker's first reply as soon as that comes. A snapshot is kept for
 * short posts only (`SNAPSHOT_MAX_CHARS` of HTML): long posts fill in block by block anyway.
 */

/** A render of one text of one draft. */
export interface PreviewSnapshot {
  draftId: string;
  /** `textHash` of the text rendered. */
  hash: string;
  /** The Markdown settings it was rendered with (`optionsKey`). */
  key: string;
  /** Each block's HTML, in order, as the render worker sent it. */
  blocks: string[];
  /** Where each block starts and ends in the text (-1 for the footnotes section). */
  starts: number[];
  ends: number[];
}

/** Above this much HTML in all, no snapshot is kept. */
export const SNAPSHOT_MAX_CHARS = 128 * 1024;

/** The text's length and a 32-bit FNV-1a hash of its UTF-16 code units (a cache key, not a digest). */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

const isNumbers = (v: unknown, n: number): v is number[] =>
  Array.isArray(v) && v.length === n && v.every((x) => Number.isInteger(x));

/** A stored value read back as a snapshot; null when it is not one (missing, an older shape, damaged). */
export function readSnapshot(value: unknown): PreviewSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { draftId, hash, key, blocks } = v;
  if (typeof draftId !== 'string' || typeof hash !== 'string' || typeof key !== 'string') return null;
  if (!Array.isArray(blocks) || !blocks.every((b) => typeof b === 'string')) return null;
  if (!isNumbers(v.starts, blocks.length) || !isNumbers(v.ends, blocks.length)) return null;
  if (blocks.reduce((n, b) => n + b.length, 0) > SNAPSHOT_MAX_CHARS) return null;
  return { draftId, hash, key, blocks, starts: v.starts, ends: v.ends };
}

/** Whether `snapshot` is the render of `text` of draft `draftId` with the settings `key`. */
export function snapshotFits(snapshot: PreviewSnapshot, draftId: string, text: string, key: string): boolean {
  return snapshot.draftId === draftId && snapshot.key === key && snapshot.hash === textHash(text);
}
