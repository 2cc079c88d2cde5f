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

/** The blocks to measure, in page order, and whether they reach the post's first and last block. */
interface Picked {
  blocks: HTMLElement[];
  fromFirst: boolean;
  toLast: boolean;
}

/**
 * A long post's blocks sit in containers of ~128 that skip layout while off screen (BlockDom, `.pw-chunk`):
 * the containers around each pane's top, and their neighbours, found by bisection over the containers (the
 * editor's by the first block's source, the preview's by the container's own box). Only their blocks are
 * looked up: listing every block of an 800 KB post took ~15 ms, and measuring one inside a far container
 * lays it out. Null when the post is not split into containers.
 */
function pickInChunks(preview: HTMLElement, previewTop: number, topSource: number): Picked | null {
  // The containers are the body's children: not a search of the whole post's elements.
  const body = preview.querySelector('.post-body');
  const chunks = body ? [...body.children].filter((el) => el.classList.contains('pw-chunk')) : [];
  const count = chunks.length;
  if (count < 2) return null;
  const chunk = (i: number) => chunks[i] as HTMLElement;
  const firstStart = (i: number) =>
    Number(chunk(i).querySelector<HTMLElement>('[data-source-start]')?.dataset.sourceStart ?? Infinity);
  const chunkTop = (i: number) => chunk(i).getBoundingClientRect().top - previewTop;
  const around = [
    Math.max(0, firstAtLeast(count, firstStart, topSource + 1) - 1),
    Math.max(0, firstAtLeast(count, chunkTop, preview.scrollTop + 1) - 1),
  ];
  const chosen = new Set<number>();
  for (const at of around)
    for (let i = Math.max(0, at - 1); i <= Math.min(count - 1, at + 1); i++) chosen.add(i);
  const order = [...chosen].sort((x, y) => x - y);
  return {
    blocks: order.flatMap((i) => [...chunk(i).querySelectorAll<HTMLElement>('[data-source-start]')]),
    // Blocks outside the containers (before the first, after the last: the footnotes) count with their ends.
    fromFirst: order[0] === 0,
    toLast: order[order.length - 1] === count - 1,
  };
}

/** In a post not split into containers: every block, or those around each pane's top in a long one. */
function pickAll(preview: HTMLElement, previewTop: number, topSource: number): Picked {
  const all = [...preview.querySelectorAll<HTMLElement>('[data-source-start]')];
  const n = all.length;
  if (n <= WINDOW * 4) return { blocks: all, fromFirst: true, toLast: true };
  const startOf = (i: number) => Number((all[i] as HTMLElement).dataset.sourceStart);
  const topOf = (i: number) => (all[i] as HTMLElement).getBoundingClientRect().top - previewTop;
  // Blocks come in source order and in page order, so each pane's top is found by bisection: measuring every
  // block of a long post would take longer than a frame.
  const around = [firstAtLeast(n, startOf, topSource), firstAtLeast(n, topOf, preview.scrollTop)];
  const chosen = new Set<number>();
  for (const at of around) {
    for (let i = Math.max(0, at - WINDOW); i < Math.min(n, at + WINDOW); i++) chosen.add(i);
  }
  const picks = [...chosen].sort((x, y) => x - y);
  return {
    blocks: picks.map((i) => all[i] as HTMLElement),
    fromFirst: picks[0] === 0,
    toLast: picks[picks.length - 1] === n - 1,
  };
}

export function measure(view: EditorView, preview: HTMLElement): Measured {
  const scroller = view.scrollDOM;
  const docOffset = view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const previewTop = preview.getBoundingClientRect().top - preview.scrollTop;
  const length = view.state.doc.length;
  const aMax = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
  const bMax = Math.max(0, preview.scrollHeight - preview.clientHeight);
  const topSource = view.lineBlockAtHeight(Math.max(0, scroller.scrollTop - docOffset)).from;
  const { blocks, fromFirst, toLast } =
    pickInChunks(preview, previewTop, topSource) ?? pickAll(preview, previewTop, topSource);
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
  for (const block of blocks) {
    const start = Number(block.dataset.sourceStart);
    if (!Number.isFinite(start) || start > length) continue;
    const chunk = skippedChunk(block);
    if (!chunk) {
      pairs.push({
        a: view.lineBlockAt(start).top + docOffset,
        b: block.getBoundingClientRect().top - previewTop,
      });
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
  const from = fromFirst ? undefined : pairs[0];
  const to = toLast ? undefined : pairs[pairs.length - 1];
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
