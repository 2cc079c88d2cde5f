/**
 * The preview's body, rendered incrementally off the main thread: the text goes to the render worker on every
 * change, and the worker's patches are applied to this element's children directly (see BlockDom), so only
 * the blocks that changed are touched. `onShown` reports each text once the body shows all of it (the post
 * head follows it, so head and body always belong to the same text).
 */
import { useEffect, useRef } from 'react';
import { useAssetImages } from '../assets/asset-urls';
import { BlockDom } from './block-dom';
import { createPreviewClient, type PreviewClient } from './preview-client';

export interface IncrementalBodyProps {
  text: string;
  unsafe: boolean;
  /** The body now shows all of `text` (called after the DOM was patched). */
  onShown(text: string): void;
}

/** `<div class="post-body">` kept equal to the rendered body of `text`. */
export function IncrementalBody({ text, unsafe, onShown }: IncrementalBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const client = useRef<PreviewClient | null>(null);
  const dom = useRef<BlockDom | null>(null);
  const shown = useRef(onShown);
  const images = useAssetImages();

  useEffect(() => {
    shown.current = onShown;
  }, [onShown]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const blocks = new BlockDom(root);
    dom.current = blocks;
    client.current = createPreviewClient((reply, replyText) => {
      blocks.apply(reply);
      if (reply.done) shown.current(replyText);
    });
    return () => {
      client.current?.dispose();
      client.current = null;
      blocks.dispose();
      dom.current = null;
    };
  }, []);

  useEffect(() => {
    dom.current?.setImages(images);
  }, [images]);

  useEffect(() => {
    client.current?.update(text, unsafe);
  }, [text, unsafe]);

  return <div className="post-body" ref={ref} />;
}
