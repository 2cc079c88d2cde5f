/**
 * Pure: the mdast-to-hast handlers of the pipeline: definition lists, code blocks in Hugo's markup, and the
 * comments left for omitted raw HTML and the summary divider. Shared by remark-rehype (through
 * `remarkRehypeOptions`) and by the shortcode code that needs a nested call as an HTML string.
 */
import type { Element } from 'hast';
import type { Code } from 'mdast';
import type { Options as ToHastOptions, State } from 'mdast-util-to-hast';
import { defListHastHandlers } from 'remark-definition-list';
import { codeBlockToHast } from './code/code-block';
import { RAW_HTML_OMITTED } from './plugins/remark-raw-html';

/** Data the parse step puts on a code node. */
export interface CodeData {
  pwIndented?: boolean;
}

/** The handlers, for remark-rehype's / mdast-util-to-hast's `handlers` option. */
export const hastHandlers = {
  ...(defListHastHandlers as unknown as NonNullable<ToHastOptions['handlers']>),
  code(state: State, node: Code): Element {
    const indented = (node.data as CodeData | undefined)?.pwIndented === true;
    const result = codeBlockToHast(node.value, node.lang, node.meta, indented);
    state.patch(node, result);
    return result;
  },
  summaryDivider() {
    return { type: 'comment', value: 'more' } as unknown as Element;
  },
  rawHtmlOmitted() {
    return { type: 'comment', value: RAW_HTML_OMITTED } as unknown as Element;
  },
} as ToHastOptions['handlers'];
