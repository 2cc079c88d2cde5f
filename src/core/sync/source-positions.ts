/**
 * Pure: a rehype plugin for the PREVIEW ONLY (never part of render(), whose HTML must stay Hugo's): it marks
 * block elements with `data-source-start` / `data-source-end`, their span in the whole post's text, so the
 * preview and the editor can follow each other and a click in the preview can find its source.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createOffsetMap } from './offset-map';

/** Elements that get positions: blocks a reader sees as lines of the page. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'table',
  'tr',
  'hr',
  'dt',
  'dd',
  'figure',
  'div',
  'section',
]);

/** Options: the body the pipeline parses, and where it starts in the post. */
export interface SourcePositionOptions {
  body: string;
  bodyStart: number;
}

/** The plugin: `[rehypeSourcePositions, { body, bodyStart }]`. */
export function rehypeSourcePositions(options: SourcePositionOptions) {
  const map = createOffsetMap(options.body);
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (!BLOCKS.has(node.tagName)) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      node.properties.dataSourceStart = options.bodyStart + map(start);
      node.properties.dataSourceEnd = options.bodyStart + map(end);
    });
  };
}
