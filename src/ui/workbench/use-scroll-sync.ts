/**
 * Scroll sync between the source editor and the preview, both ways, by source position: the preview's blocks
 * carry `data-source-start` (core/sync/source-positions), each paired with the editor line of that offset;
 * the top of one pane maps to the other through those anchors (core/sync/scroll-map). Anchors are measured
 * again whenever either side changes size (images loading, tables growing, typing), and the follower is
 * re-aligned to the side the person scrolled last, so images that load later do not throw the panes apart.
 *
 * A click on a preview block (not on a link or control, and not ending a text selection) puts the editor's
 * caret at the block's source, lined up with where the block is on screen. Works while sync is off too.
 */
import { useEffect } from 'react';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { buildAnchors, mapScroll, type Anchor } from '../../core/sync/scroll-map';
import { getEditorView } from '../editor/editor-handle';

const PREVIEW = '.preview';
/** Content changes come in bursts (typing): anchors are measured again once they have been quiet this long. */
const SETTLE_MS = 250;

/**
 * Set by a move that places both panes itself (the outline): until then, scroll events of either pane only
 * make `driver` the side named here, and nothing is re-aligned, so the editor's own scroll (which lands a
 * frame or two later) cannot pull the preview away from the heading that was asked for.
 */
let held: { until: number; driver: 'editor' | 'preview' } = { until: 0, driver: 'editor' };

/** Both panes are being placed by the caller: leave them for `ms`, then follow `driver` as usual. */
export function holdScrollSync(driver: 'editor' | 'preview', ms = 600): void {
  held = { until: performance.now() + ms, driver };
}

const isHeld = () => performance.now() < held.until;

/** In a long post, blocks measured around each pane's top (all of them in a shorter one). */
const WINDOW = 150;

/** Anchors, and the stretch of each side (px) they were measured for: beyond it, measure again. */
interface Measured {
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

function measure(view: EditorView, preview: HTMLElement): Measured {
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
  const pairs: Anchor[] = [];
  for (const i of picks) {
    const start = startOf(i);
    if (!Number.isFinite(start) || start > length) continue;
    pairs.push({ a: view.lineBlockAt(start).top + docOffset, b: topOf(i) });
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

/**
 * Keep editor and preview scrolled together while `enabled`; clicks in the preview find their source.
 * `previewShown` re-attaches when the preview comes back after being hidden.
 */
export function useScrollSync(enabled: boolean, previewShown: boolean): void {
  useEffect(() => {
    let frame = 0;
    let cleanup: (() => void) | null = null;
    const start = () => {
      const view = getEditorView();
      const preview = document.querySelector<HTMLElement>(PREVIEW);
      if (!view || !preview) {
        frame = requestAnimationFrame(start);
        return;
      }
      cleanup = attach(view, preview, enabled);
    };
    start();
    return () => {
      cancelAnimationFrame(frame);
      cleanup?.();
    };
  }, [enabled, previewShown]);
}

function attach(view: EditorView, preview: HTMLElement, enabled: boolean): () => void {
  const editorScroller = view.scrollDOM;
  let anchors: Measured | null = null;
  let driver: 'editor' | 'preview' = 'editor';
  /** The scrollTop we set on each side; its scroll event is ours, not the person's. */
  const expected = new Map<HTMLElement, number>();
  let pending = 0;
  let settle: ReturnType<typeof setTimeout> | null = null;

  /** Anchors good at `value` on `side` (measured again when that is outside what was measured). */
  const getAnchors = (side: 'a' | 'b', value: number) => {
    if (anchors && (value < anchors[side][0] || value > anchors[side][1])) anchors = null;
    anchors ??= measure(view, preview);
    return anchors.anchors;
  };
  const setScroll = (el: HTMLElement, top: number) => {
    const target = Math.round(Math.max(0, top));
    if (Math.abs(el.scrollTop - target) < 1) return;
    expected.set(el, target);
    el.scrollTop = target;
  };
  const follow = () => {
    pending = 0;
    if (!enabled || isHeld()) return;
    if (driver === 'editor') {
      setScroll(preview, mapScroll(getAnchors('a', editorScroller.scrollTop), editorScroller.scrollTop, 'a'));
    } else {
      setScroll(editorScroller, mapScroll(getAnchors('b', preview.scrollTop), preview.scrollTop, 'b'));
    }
  };
  const onScroll = (side: 'editor' | 'preview') => () => {
    const el = side === 'editor' ? editorScroller : preview;
    if (isHeld()) {
      expected.delete(el);
      driver = held.driver;
      return;
    }
    const mine = expected.get(el);
    if (mine !== undefined && Math.abs(el.scrollTop - mine) <= 2) {
      expected.delete(el);
      return;
    }
    expected.delete(el);
    driver = side;
    if (!pending) pending = requestAnimationFrame(follow);
  };
  const invalidate = () => {
    anchors = null;
    // Measuring every anchor is costly in a long post: not on each keystroke, once the changes settle.
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => {
      settle = null;
      if (!pending) pending = requestAnimationFrame(follow);
    }, SETTLE_MS);
  };

  const onEditorScroll = onScroll('editor');
  const onPreviewScroll = onScroll('preview');
  editorScroller.addEventListener('scroll', onEditorScroll, { passive: true });
  preview.addEventListener('scroll', onPreviewScroll, { passive: true });
  const resize = new ResizeObserver(invalidate);
  resize.observe(view.contentDOM);
  const body = preview.firstElementChild;
  if (body) resize.observe(body);
  resize.observe(preview);
  const mutations = new MutationObserver(invalidate);
  mutations.observe(preview, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-source-start', 'src'],
  });
  const onLoad = (e: Event) => {
    if ((e.target as HTMLElement).tagName === 'IMG') invalidate();
  };
  preview.addEventListener('load', onLoad, true);

  const onClick = (e: MouseEvent) => {
    const target = e.target as HTMLElement;
    if (e.button !== 0 || target.closest('a, button, input, summary, label, select, textarea')) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && preview.contains(selection.anchorNode)) return;
    const block = target.closest<HTMLElement>('[data-source-start]');
    if (!block || !preview.contains(block)) return;
    const offset = Math.min(Number(block.dataset.sourceStart), view.state.doc.length);
    if (!Number.isFinite(offset)) return;
    const onScreen = block.getBoundingClientRect().top - preview.getBoundingClientRect().top;
    const scroller = view.scrollDOM;
    const docOffset = view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
    view.dispatch({ selection: EditorSelection.cursor(offset), userEvent: 'select.preview' });
    setScroll(scroller, view.lineBlockAt(offset).top + docOffset - onScreen);
    driver = 'preview';
    view.contentDOM.focus({ preventScroll: true });
  };
  preview.addEventListener('click', onClick);

  return () => {
    cancelAnimationFrame(pending);
    if (settle) clearTimeout(settle);
    editorScroller.removeEventListener('scroll', onEditorScroll);
    preview.removeEventListener('scroll', onPreviewScroll);
    preview.removeEventListener('load', onLoad, true);
    preview.removeEventListener('click', onClick);
    resize.disconnect();
    mutations.disconnect();
  };
}
