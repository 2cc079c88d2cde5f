/**
 * Pure: the footnotes section at the end of a post (`<div class="footnotes">…`), rendered by the unchanged
 * pipeline from a small stand-in post: the link definitions the notes use, one paragraph referencing each
 * note in order as often as the post does (so numbers and back links come out the same), then the notes'
 * definitions as written. The section is what follows that paragraph.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { getMarkdownPlugins } from '../create-processor';
import type { RenderOptions } from '../options';
import type { ViewTransforms } from './block-render';

/** One referenced footnote: its label as first referenced, reference count, and definition source. */
export interface SectionNote {
  label: string;
  count: number;
  raw: string;
}

/** The stand-in post for `notes` (exported for tests and for the cache key). */
export function sectionSource(notes: readonly SectionNote[], linkPrefix: string): string {
  const refs = notes.flatMap((note) => Array.from({ length: note.count }, () => `[^${note.label}]`));
  return `${linkPrefix}${refs.join(' ')}\n\n${notes.map((note) => note.raw).join('\n\n')}\n`;
}

/** A renderer of footnote sections for `options`. */
export function createSectionRenderer(
  options: RenderOptions,
  view?: ViewTransforms,
): (source: string) => string {
  const plugins = getMarkdownPlugins(options);
  const processor = unified()
    .use(remarkParse)
    .use(plugins.remarkPlugins)
    .use(remarkRehype, plugins.remarkRehypeOptions)
    .use(plugins.rehypePlugins)
    .freeze();
  return (source) => {
    const tree = processor.runSync(processor.parse(source)) as HastRoot;
    for (const transform of view ? view(source, null, options) : []) transform(tree);
    const first = tree.children.findIndex((node) => node.type === 'element');
    let rest = tree.children.slice(first + 1);
    if (rest[0]?.type === 'text' && rest[0].value === '\n') rest = rest.slice(1);
    return toHtml({ type: 'root', children: rest });
  };
}
