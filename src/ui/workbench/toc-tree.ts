/**
 * The nesting of a window of Hugo's table of contents (pure, so it is tested in Node). Hugo writes
 * `.TableOfContents` as nested lists: each heading's link in an `li`, the headings under it in a `ul` inside that
 * `li`, and an `li` without a link where a level is skipped (an h3 with no h2 before it). The sidebar draws only
 * the links in view, so it rebuilds that nesting for a window of links: the links above the window that contain
 * it stay as `li`s without their link (so the window sits at its depth), and every `li` keeps its key while the
 * window moves, so React keeps the elements (and the focus) of the links that stay in view.
 */

/** One `li` of the window's lists. */
export interface TocNode {
  /** Stable while the window moves: `r<index>` for a link's `li`, `g<parent key>` for a skipped level's. */
  key: string;
  /** The link this `li` shows, or null (a link above the window that holds it, or a skipped level). */
  row: number | null;
  children: TocNode[];
}

/** For each link (by its depth, 1 = the outermost list), the link whose `li` holds it, or -1. */
export function tocParents(depths: readonly number[]): number[] {
  const parents: number[] = [];
  const open: number[] = [];
  depths.forEach((depth, i) => {
    while (open.length > 0 && depths[open[open.length - 1]!]! >= depth) open.pop();
    parents.push(open.length > 0 ? open[open.length - 1]! : -1);
    open.push(i);
  });
  return parents;
}

/**
 * The outermost list of the window of links `[start, end)`, nested as Hugo nests them; `parents` is
 * `tocParents(depths)`.
 */
export function tocTree(
  depths: readonly number[],
  parents: readonly number[],
  start: number,
  end: number,
): TocNode[] {
  const root: TocNode[] = [];
  /** The open `li` at each depth (path[0] at depth 1). */
  const path: TocNode[] = [];
  const place = (index: number, shown: boolean) => {
    const depth = Math.max(1, depths[index] ?? 1);
    path.length = Math.min(path.length, depth - 1);
    while (path.length < depth - 1) {
      const parent = path[path.length - 1];
      const gap: TocNode = { key: `g${parent ? parent.key : ''}`, row: null, children: [] };
      (parent ? parent.children : root).push(gap);
      path.push(gap);
    }
    const node: TocNode = { key: `r${index}`, row: shown ? index : null, children: [] };
    (path.length > 0 ? path[path.length - 1]!.children : root).push(node);
    path.push(node);
  };
  const first = Math.max(0, start);
  const last = Math.min(depths.length, end);
  if (first >= last) return root;
  const above: number[] = [];
  for (let p = parents[first] ?? -1; p >= 0; p = parents[p] ?? -1) above.unshift(p);
  for (const index of above) place(index, false);
  for (let i = first; i < last; i++) place(i, true);
  return root;
}
