/**
 * The visible note where the preview left raw HTML out (Hugo's default, `markup.goldmark.renderer.unsafe =
 * false`). The pipeline marks each omission with goldmark's comment, which react-markdown would drop silently;
 * this rehype plugin turns each into a small labelled note, so the author sees that something is missing and
 * why. Text only: nothing of the omitted HTML is shown or kept.
 */
import type { Comment, Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { MarkdownPlugins } from '../../core/markdown/create-processor';
import { RAW_HTML_OMITTED } from '../../core/markdown/plugins/remark-raw-html';

/** What the note says. */
export const RAW_HTML_NOTE_TEXT = 'raw HTML omitted';

/** The note's tooltip: why, and how to see it. */
export const RAW_HTML_NOTE_TITLE =
  'Hugo leaves raw HTML out unless markup.goldmark.renderer.unsafe is true. ' +
  'Tick “Render raw HTML” to preview it (sanitized).';

function note(block: boolean): Element {
  return {
    type: 'element',
    tagName: block ? 'div' : 'span',
    properties: {
      className: block ? ['raw-html-note'] : ['raw-html-note', 'raw-html-note--inline'],
      role: 'note',
      title: RAW_HTML_NOTE_TITLE,
    },
    children: [{ type: 'text', value: RAW_HTML_NOTE_TEXT }],
  };
}

/** The plugin: each omitted-HTML comment becomes a note (a block at the top level, inline elsewhere). */
export function rehypeRawHtmlNote() {
  return (tree: Root): void => {
    visit(tree, 'comment', (node: Comment, index, parent) => {
      if (node.value !== RAW_HTML_OMITTED || !parent || index === undefined) return;
      parent.children[index] = note(parent.type === 'root');
      return SKIP;
    });
  };
}

/** `plugins` with the note plugin added when raw HTML is omitted (`unsafe` false); unchanged otherwise. */
export function withRawHtmlNote(plugins: MarkdownPlugins, unsafe: boolean): MarkdownPlugins {
  if (unsafe) return plugins;
  return { ...plugins, rehypePlugins: [...plugins.rehypePlugins, rehypeRawHtmlNote] };
}
