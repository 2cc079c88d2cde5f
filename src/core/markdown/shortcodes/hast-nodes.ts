/**
 * Pure: build mdast nodes that turn into given HTML elements (through mdast-util-to-hast's `hName` data), so
 * shortcode output can sit in the Markdown tree and flow through the same pipeline (and react-markdown).
 */
import type { RootContent } from 'mdast';
import type { ElementContent, Properties } from 'hast';

/** An mdast node rendering as `<tag props>` with mdast `children` (rendered as Markdown would be). */
export function element(tag: string, props: Properties, children: RootContent[] = []): RootContent {
  return {
    type: 'hugoElement',
    data: { hName: tag, hProperties: props },
    children,
  } as unknown as RootContent;
}

/** An mdast node rendering as `<tag props>` with ready-made hast children (text, elements). */
export function hastElement(tag: string, props: Properties, children: ElementContent[] = []): RootContent {
  return {
    type: 'hugoElement',
    data: { hName: tag, hProperties: props, hChildren: children },
    children: [],
  } as unknown as RootContent;
}

/** A hast element, for `hastElement` children. */
export function h(tag: string, props: Properties, children: ElementContent[] = []): ElementContent {
  return { type: 'element', tagName: tag, properties: props, children };
}

/** A hast text node. */
export function t(value: string): ElementContent {
  return { type: 'text', value };
}
