/**
 * The preview's body, rendered incrementally off the main thread. The text goes from the document store to the
 * render worker on every change (a store subscription: no React render on the keystroke's path), and the
 * worker's patches are applied to this element's children directly (see BlockDom), so only the blocks that
 * changed are touched. A small edit's block is also rendered on the page at once (PreviewEcho), so typing shows
 * in the preview without waiting for the worker's reply. `onShown` reports each text once the body shows all of it (the post head follows it, so
 * head and body always belong to the same text). A draft reopened with the text of its last render shows that
 * render at once (core/markdown/preview-snapshot), until the worker has rendered the text for itself.
 */
import { useEffect, useRef } from 'react';
import { useStores } from '../app/stores-context';
import { useAssetImages } from '../assets/asset-urls';
import { BlockDom } from './block-dom';
import type { EngineOptions } from '../../core/markdown/incremental/engine';
import { createPreviewClient, type PreviewClient } from './preview-client';
import { PreviewEcho } from './preview-echo';
import { optionsKey } from './preview-protocol';
import { RenderMirror } from './render-mirror';

export interface IncrementalBodyProps {
  /** The site's Markdown settings; a change renders the body again. */
  options: EngineOptions;
  /** The body now shows all of `text` (called after the DOM was patched). */
  onShown(text: string): void;
}

/** `<div class="post-body">` kept equal to the rendered body of the open draft's text. */
export function IncrementalBody({ options, onShown }: IncrementalBodyProps) {
  const stores = useStores();
  const ref = useRef<HTMLDivElement>(null);
  const client = useRef<PreviewClient | null>(null);
  const dom = useRef<BlockDom | null>(null);
  const shown = useRef(onShown);
  const optionsNow = useRef(options);
  const images = useAssetImages();

  useEffect(() => {
    shown.current = onShown;
  }, [onShown]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const blocks = new BlockDom(root);
    const echo = new PreviewEcho(blocks);
    const mirror = new RenderMirror();
    const opening = stores.document.getState();
    const kept =
      opening.id === null
        ? null
        : stores.previewSnapshots.take(opening.id, opening.text, optionsKey(optionsNow.current));
    if (kept) {
      echo.showKept(kept);
      root.setAttribute('aria-busy', 'false');
      shown.current(opening.text);
    }
    const renderer = createPreviewClient((reply, replyText) => {
      // The head follows the text the body shows from the first reply on (a long post fills in for seconds),
      // and the echo is loaded then, so typing in a post still filling in shows at once too.
      const applied = echo.reply(reply, replyText);
      if (!applied) return;
      mirror.apply(applied, replyText);
      const now = stores.document.getState();
      if (applied.done && now.id !== null && now.text === replyText) {
        const draftId = now.id;
        const key = optionsKey(optionsNow.current);
        stores.previewSnapshots.keep(() => mirror.render(draftId, replyText, key));
      }
      // Busy while the worker still renders this text (a long post fills in over seconds).
      const busy = applied.done ? 'false' : 'true';
      if (root.getAttribute('aria-busy') !== busy) root.setAttribute('aria-busy', busy);
      shown.current(replyText);
      echo.prepare(replyText, optionsNow.current);
    });
    dom.current = blocks;
    client.current = renderer;
    const unsubscribe = stores.document.subscribe((s, prev) => {
      if (s.text === prev.text) return;
      // The edited block shows now if it can be rendered alone (see PreviewEcho); the worker renders it all.
      const echoed = echo.edit(s.text, optionsNow.current);
      const version = renderer.update(s.text, optionsNow.current);
      if (echoed) echo.sent(version);
    });
    return () => {
      unsubscribe();
      renderer.dispose();
      blocks.dispose();
      client.current = null;
      dom.current = null;
    };
  }, [stores]);

  useEffect(() => {
    dom.current?.setImages(images);
  }, [images]);

  useEffect(() => {
    optionsNow.current = options;
    client.current?.update(stores.document.getState().text, options);
  }, [stores, options]);

  return <div className="post-body" ref={ref} aria-busy="true" />;
}
