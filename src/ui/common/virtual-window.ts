/**
 * The arithmetic of the virtualised lists (the drafts, the outline, the problems, the table of contents), pure so
 * it is tested in Node: which rows to render for a scroll position, where to scroll so a row shows, and where a
 * navigation key moves focus.
 */

/** The rows `[start, end)` to render. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The rows visible in a viewport of `viewportHeight` pixels scrolled to `scrollTop` over `count` rows of
 * `rowHeight` pixels, plus `overscan` rows either side (so scrolling shows rows already laid out).
 */
export function rowWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/**
 * The scroll position that brings row `index` fully into the viewport while moving as little as possible
 * (unchanged when it already shows).
 */
export function scrollToRow(
  index: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/**
 * Where a key moves focus from row `index` among `count` rows (`page` rows to a screen), or null for keys the
 * list does not handle: arrows step, Page Up/Down jump a screen, Home/End go to the ends.
 */
export function rowForKey(key: string, index: number, count: number, page: number): number | null {
  if (count <= 0) return null;
  const clamp = (i: number): number => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + Math.max(1, page));
    case 'PageUp':
      return clamp(index - Math.max(1, page));
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
