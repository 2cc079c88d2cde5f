/**
 * The preview's additions to the pipeline's HTML (never part of `render`): source positions on blocks, for
 * scroll sync and click-to-source, and the visible note where raw HTML was left out. Handed to the incremental
 * engine, which runs them per block; positions then count from the block's start.
 */
import type { ViewTransforms } from '../../core/markdown/incremental/block-render';
import { rehypeSourcePositions } from '../../core/sync/source-positions';
import { rehypeRawHtmlNote } from './raw-html-note';

/** The view transforms of the preview. */
export const previewTransforms: ViewTransforms = (input, offset, options) => {
  const out = [];
  if (!options.unsafe) out.push(rehypeRawHtmlNote());
  if (offset !== null) out.push(rehypeSourcePositions({ body: input, bodyStart: offset }));
  return out;
};
