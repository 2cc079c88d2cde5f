/**
 * Loaded on demand, once the preview has shown a post: the block renderer the page uses to echo an edit at
 * once (see core/markdown/incremental/echo), with the preview's own transforms and the page's params from the
 * front matter, so an echo is the very HTML the render worker then sends.
 */
import { createBlockRenderer, type BlockRenderer } from '../../core/markdown/incremental/block-render';
import type { EngineOptions } from '../../core/markdown/incremental/engine';
import { postBody } from '../../core/markdown/incremental/whole-render';
import { splitPost } from '../../core/post/split-post';
import { previewTransforms } from './preview-extras';
import { optionsKey } from './preview-protocol';
import { WARM_BLOCKS } from './warm-sample';

export { echoEdit } from '../../core/markdown/incremental/echo';

/** What a renderer for `text` depends on: the options and the front matter (the page's params). */
export function rendererKey(options: EngineOptions, text: string): string {
  const split = splitPost(text);
  return `${optionsKey(options)}\u0001${split.format}\u0001${split.unclosed}\u0001${split.inner}`;
}

/** A block renderer for the body of `text`, as the render worker has it. */
export function echoRenderer(options: EngineOptions, text: string): BlockRenderer | null {
  return createBlockRenderer({ ...options, params: postBody(text).data }, previewTransforms);
}

let warmRenderer: BlockRenderer | null = null;
let warmed = false;

/**
 * Render block `step` of WARM_BLOCKS once and drop it (the pipeline's code gets compiled meanwhile). True while
 * steps remain: run one per idle callback (the first takes tens of ms, the whole set ~55 ms in Node). Once per page: later calls do nothing.
 */
export function warmUp(step: number): boolean {
  const block = WARM_BLOCKS[step];
  if (block === undefined || warmed) return false;
  warmRenderer ??= echoRenderer({}, '---\ntitle: Warm\n---\n');
  warmRenderer?.render(block, {
    prefix: '',
    laterDivider: false,
    firstDivider: false,
    headingIds: () => null,
    footnotes: () => [],
  });
  if (step + 1 < WARM_BLOCKS.length) return true;
  warmRenderer = null;
  warmed = true;
  return false;
}
