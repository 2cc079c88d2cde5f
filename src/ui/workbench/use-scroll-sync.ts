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
import { mapScroll } from '../../core/sync/scroll-map';
import { measure, type Measured } from './scroll-anchors';
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

/** After a move, the panes are measured again once still this long, and moved again if off; at most so often. */
const VERIFY_MS = 150;
const VERIFY_TIMES = 3;

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
  let verifyTimer: ReturnType<typeof setTimeout> | null = null;
  let verifies = 0;

  const setScroll = (el: HTMLElement, top: number): boolean => {
    const target = Math.round(Math.max(0, top));
    if (Math.abs(el.scrollTop - target) < 1) return false;
    expected.set(el, target);
    el.scrollTop = target;
    return true;
  };
  /**
   * Once the panes have been still a moment after a move, measure again and move again if it was off: a
   * container of a long post laid out for the first time, or lines the editor measured, change where things
   * are without changing any size we observe.
   */
  const verifyLater = () => {
    if (verifyTimer) clearTimeout(verifyTimer);
    verifyTimer = setTimeout(() => {
      verifyTimer = null;
      if (verifies >= VERIFY_TIMES) return;
      verifies++;
      anchors = null;
      if (!pending) pending = requestAnimationFrame(follow);
    }, VERIFY_MS);
  };
  const follow = () => {
    pending = 0;
    if (!enabled || isHeld()) return;
    const moved =
      driver === 'editor'
        ? setScroll(
            preview,
            mapScroll(getAnchors('a', editorScroller.scrollTop), editorScroller.scrollTop, 'a'),
          )
        : setScroll(editorScroller, mapScroll(getAnchors('b', preview.scrollTop), preview.scrollTop, 'b'));
    if (moved) verifyLater();
  };
  const onScroll = (side: 'editor' | 'preview') => () => {
    const el = side === 'editor' ? editorScroller : preview;
    if (isHeld()) {
      expected.delete(el);
      driver = held.driver;
      return;
    }
    const mine = expected.get(el);
    expected.delete(el);
    if (mine !== undefined && Math.abs(el.scrollTop - mine) <= 2) return;
    driver = side;
    verifies = 0;
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
    if (verifyTimer) clearTimeout(verifyTimer);
    editorScroller.removeEventListener('scroll', onEditorScroll);
    preview.removeEventListener('scroll', onPreviewScroll);
    preview.removeEventListener('load', onLoad, true);
    preview.removeEventListener('click', onClick);
    resize.disconnect();
    mutations.disconnect();
  };
}
