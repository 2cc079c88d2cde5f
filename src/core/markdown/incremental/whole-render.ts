/**
 * Pure: a whole post's body rendered in one go, for posts the engine cannot take a block at a time. Without view
 * transforms this is exactly `render(text).html`; with them, the same pipeline run with the transforms added
 * (and `render`'s divider and error handling), so a view gets its extras either way.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { readSplit } from '../../front-matter/read-front-matter';
import { splitPost } from '../../post/split-post';
import { render } from '../../render';
import { getMarkdownPlugins } from '../create-processor';
import type { RenderOptions } from '../options';
import type { ViewTransforms } from './block-render';

const DIVIDER = '<!--more-->';

/** The body `render` renders for `text`, where it starts, and the front matter data. */
export function postBody(text: string): { body: string; bodyStart: number; data: Record<string, unknown> } {
  const split = splitPost(text);
  const read = readSplit(text, split);
  const whole = split.unclosed || (!read.ok && split.format === 'json');
  return {
    body: whole ? text : split.body,
    bodyStart: whole ? 0 : split.bodyStart,
    data: read.ok ? read.data : {},
  };
}

/** The body's HTML for `text` (view offsets are relative to the body's start). */
export function renderWhole(text: string, options: RenderOptions, view?: ViewTransforms): string {
  if (!view) return render(text, options).html;
  const { body, data } = postBody(text);
  const resolved = { ...options, params: options.params ?? data };
  try {
    const plugins = getMarkdownPlugins(resolved);
    const processor = unified()
      .use(remarkParse)
      .use(plugins.remarkPlugins)
      .use(remarkRehype, plugins.remarkRehypeOptions)
      .use(plugins.rehypePlugins);
    const tree = processor.runSync(processor.parse(body)) as HastRoot;
    for (const transform of view(body, 0, resolved)) transform(tree);
    const full = toHtml(tree);
    const at = full.indexOf(DIVIDER);
    return at < 0 ? full : full.slice(0, at) + full.slice(at + DIVIDER.length);
  } catch {
    return `<pre>${body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
  }
}
