/**
 * Pure: which outline heading the caret is under. Its own module, apart from `analyze-post`, so the outline
 * panel can follow the caret without bringing the Markdown parser into the code the first screen loads.
 */
import type { OutlineHeading } from './analyze-post';

/** The heading whose section holds `offset` (the last one starting at or before it), or -1. */
export function headingIndexAt(headings: readonly OutlineHeading[], offset: number): number {
  // Headings are in text order: the last one starting at or before `offset`, by bisection (the outline asks
  // on every keystroke, and a long post has thousands).
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((headings[mid] as OutlineHeading).from <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
