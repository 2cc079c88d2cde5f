/**
 * Pure: where two versions of a text start and stop differing (compared in chunks, so a keystroke in an 800 KB
 * post costs well under a millisecond), and lookups in a list of blocks sorted by start offset.
 */

const CHUNK = 256;

/** Length of the common prefix of `a` and `b`. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, at most `limit` (so it never overlaps the common prefix). */
export function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  while (
    i + CHUNK <= limit &&
    a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)
  ) {
    i += CHUNK;
  }
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Index of the block holding offset `at` (the last whose start is at or before it); 0 for an empty list. */
export function blockAt(blocks: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as { start: number }).start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the first block at or after `from` whose start is at least `at`; -1 when there is none. */
export function firstStartAtOrAfter(blocks: readonly { start: number }[], at: number, from: number): number {
  let lo = from;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((blocks[mid] as { start: number }).start >= at) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}
