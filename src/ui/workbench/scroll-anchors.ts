/**
 * Scroll sync's anchors: pairs of matching positions in the editor (`a`) and the preview (`b`), read from the
 * preview's blocks (`data-source-start`) and the editor's line geometry, around each pane's top.
 */
import type { EditorView } from '@codemirror/view';
import { buildAnchors, type Anchor } from '../../core/sync/scroll-map';

/** In a long post, blocks measured around each pane's top (all of them in a shorter one). */
const WINDOW = 150;

/** Anchors, and the stretch of each side (px) they were measured for: beyond it, measure again. */
export interface Measured {
  anchors: Anchor[];
  a: [number, number];
  b: [number, number];
}

/** The first index in [0, n) whose `value` is at least `target` (values rise with the index); n if none. */
function firstAtLeast(n: number, value: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first block whose top is at or below the preview's top. A long post's blocks sit in containers that
 * skip layout while off screen (BlockDom, `.pw-chunk`), and measuring a block inside one lays that container
 * out (80 ms for a bisection's dozen far-apart probes at 800 KB, in a task of its own while typing): find the
 * container by its own box first, then bisect only its blocks, found by source position.
 */
function blockAtTop(
  preview: HTMLElement,
  previewTop: number,
  n: number,
  startOf: (i: number) => number,
  topOf: (i: number) => number,
): number {
  const chunks = preview.querySelectorAll<HTMLElement>('.pw-chunk');
  const target = preview.scrollTop;
  if (chunks.length < 2) return firstAtLeast(n, topOf, target);
  const chunkTop = (i: number) => (chunks[i] as HTMLElement).getBoundingClientRect().top - previewTop;
  const at = Math.max(0, firstAtLeast(chunks.length, chunkTop, target + 1) - 1);
  const indexOf = (chunk: HTMLElement | undefined, fallback: number) => {
    const first = chunk?.querySelector<HTMLElement>('[data-source-start]');
    return first ? firstAtLeast(n, startOf, Number(first.dataset.sourceStart)) : fallback;
  };
  const lo = indexOf(chunks[at], 0);
  const hi = Math.max(lo, Math.min(n, indexOf(chunks[at + 1], n) + 1));
  return lo + firstAtLeast(hi - lo, (i) => topOf(lo + i), target);
}

export function measure(view: EditorView, preview: HTMLElement): Measured {
  const scroller = view.scrollDOM;
  const docOffset = view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const previewTop = preview.getBoundingClientRect().top - preview.scrollTop;
  const length = view.state.doc.length;
  const aMax = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
  const bMax = Math.max(0, preview.scrollHeight - preview.clientHeight);
  const all = preview.querySelectorAll<HTMLElement>('[data-source-start]');
  const n = all.length;
  const startOf = (i: number) => Number((all[i] as HTMLElement).dataset.sourceStart);
  const topOf = (i: number) => (all[i] as HTMLElement).getBoundingClientRect().top - previewTop;
  // Blocks come in source order and in page order, so each pane's top is found by bisection: measuring every
  // block of a long post would take longer than a frame.
  let picks: number[];
  if (n <= WINDOW * 4) picks = Array.from({ length: n }, (_, i) => i);
  else {
    const topSource = view.lineBlockAtHeight(Math.max(0, scroller.scrollTop - docOffset)).from;
    const around = [firstAtLeast(n, startOf, topSource), blockAtTop(preview, previewTop, n, startOf, topOf)];
    const chosen = new Set<number>();
    for (const at of around) {
      for (let i = Math.max(0, at - WINDOW); i < Math.min(n, at + WINDOW); i++) chosen.add(i);
    }
    picks = [...chosen].sort((x, y) => x - y);
  }
  // A block in a container that skips layout is not where the container's placeholder size says: read
  // alone, it is laid out as if the container had its real height, and it overflows the placeholder, out of
  // order with the blocks below. Such a container counts as one anchor, its own top at its first block's source.
  const skipping = new Map<Element, boolean>();
  const skippedChunk = (block: HTMLElement): HTMLElement | null => {
    const chunk = block.closest<HTMLElement>('.pw-chunk');
    if (!chunk) return null;
    let skipped = skipping.get(chunk);
    if (skipped === undefined) {
      // The container itself is visible; what it skips is its content.
      const inside = chunk.firstElementChild;
      skipped = !!inside && !inside.checkVisibility({ contentVisibilityAuto: true });
      skipping.set(chunk, skipped);
    }
    return skipped ? chunk : null;
  };
  const anchored = new Set<HTMLElement>();
  const pairs: Anchor[] = [];
  for (const i of picks) {
    const start = startOf(i);
    if (!Number.isFinite(start) || start > length) continue;
    const chunk = skippedChunk(all[i] as HTMLElement);
    if (!chunk) {
      pairs.push({ a: view.lineBlockAt(start).top + docOffset, b: topOf(i) });
      continue;
    }
    if (anchored.has(chunk)) continue;
    anchored.add(chunk);
    const first = Number(chunk.querySelector<HTMLElement>('[data-source-start]')?.dataset.sourceStart);
    if (!Number.isFinite(first) || first > length) continue;
    pairs.push({
      a: view.lineBlockAt(first).top + docOffset,
      b: chunk.getBoundingClientRect().top - previewTop,
    });
  }
  const first = picks[0] ?? 0;
  const last = picks[picks.length - 1] ?? n - 1;
  const from = first === 0 ? undefined : pairs[0];
  const to = last >= n - 1 ? undefined : pairs[pairs.length - 1];
  // Anchor positions are where blocks start; compare them with scrollTop (the pane's top edge).
  return {
    anchors: buildAnchors(
      pairs.map((p) => ({ a: Math.min(p.a, aMax), b: Math.min(p.b, bMax) })),
      aMax,
      bMax,
    ),
    a: [from ? from.a : 0, to ? to.a : Infinity],
    b: [from ? from.b : 0, to ? to.b : Infinity],
  };
}
