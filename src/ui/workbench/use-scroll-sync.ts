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

function measure(view: EditorView, preview: HTMLElement): Anchor[] {
  const scroller = view.scrollDOM;
  const docOffset = view.documentTop - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const previewTop = preview.getBoundingClientRect().top - preview.scrollTop;
  const length = view.state.doc.length;
  const pairs: Anchor[] = [];
  for (const el of Array.from(preview.querySelectorAll<HTMLElement>('[data-source-start]'))) {
    const start = Number(el.dataset.sourceStart);
    if (!Number.isFinite(start) || start > length) continue;
    const a = view.lineBlockAt(start).top + docOffset;
    const b = el.getBoundingClientRect().top - previewTop;
    pairs.push({ a, b });
  }
  const aMax = Math.max(0, scroller.scrollHeight - scroller.clientHeight);
  const bMax = Math.max(0, preview.scrollHeight - preview.clientHeight);
  // Anchor positions are where blocks start; compare them with scrollTop (the pane's top edge).
  return buildAnchors(
    pairs.map((p) => ({ a: Math.min(p.a, aMax), b: Math.min(p.b, bMax) })),
    aMax,
    bMax,
  );
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
  let anchors: Anchor[] | null = null;
  let driver: 'editor' | 'preview' = 'editor';
  /** The scrollTop we set on each side; its scroll event is ours, not the person's. */
  const expected = new Map<HTMLElement, number>();
  let pending = 0;

  const getAnchors = () => (anchors ??= measure(view, preview));
  const setScroll = (el: HTMLElement, top: number) => {
    const target = Math.round(Math.max(0, top));
    if (Math.abs(el.scrollTop - target) < 1) return;
    expected.set(el, target);
    el.scrollTop = target;
  };
  const follow = () => {
    pending = 0;
    if (!enabled) return;
    if (driver === 'editor') setScroll(preview, mapScroll(getAnchors(), editorScroller.scrollTop, 'a'));
    else setScroll(editorScroller, mapScroll(getAnchors(), preview.scrollTop, 'b'));
  };
  const onScroll = (side: 'editor' | 'preview') => () => {
    const el = side === 'editor' ? editorScroller : preview;
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
    if (!pending) pending = requestAnimationFrame(follow);
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
    editorScroller.removeEventListener('scroll', onEditorScroll);
    preview.removeEventListener('scroll', onPreviewScroll);
    preview.removeEventListener('load', onLoad, true);
    preview.removeEventListener('click', onClick);
    resize.disconnect();
    mutations.disconnect();
  };
}
