/**
 * Pure: the one Markdown pipeline, as plugin lists. The UI preview hands them to react-markdown
 * (`<Markdown remarkPlugins rehypePlugins remarkRehypeOptions urlTransform>`), and `render` runs them with
 * unified and rehype-stringify, so both give the same HTML for a post's body.
 */
import type { Options as RemarkRehypeOptions } from 'mdast-util-to-hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { remarkDefinitionList } from 'remark-definition-list';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { hastHandlers } from './hast-handlers';
import { resolveOptions, type RenderOptions } from './options';
import { rehypeGoldmarkMarkup } from './plugins/rehype-goldmark-markup';
import { remarkHeadingIds } from './plugins/remark-heading-ids';
import { remarkHugoFootnotes } from './plugins/remark-hugo-footnotes';
import { remarkHugoParse } from './plugins/remark-hugo-parse';
import { remarkRawHtmlOmitted } from './plugins/remark-raw-html';
import { rehypeDropBareFrames, sanitizeSchema } from './sanitize-schema';
import { rehypeUrlTransform } from './url-transform';

/** The three things react-markdown (and `render`) need. */
export interface MarkdownPlugins {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
  remarkRehypeOptions: RemarkRehypeOptions;
}

/**
 * The plugin lists for `options` (see RenderOptions). Remark plugins parse the body as Hugo does (shortcodes,
 * typographer, heading ids, footnotes, raw HTML omitted unless unsafe); rehype plugins fix goldmark's markup,
 * re-parse and sanitize raw HTML when unsafe, and blank dangerous URLs.
 */
export function getMarkdownPlugins(options?: RenderOptions): MarkdownPlugins {
  const resolved = resolveOptions(options);
  const remarkPlugins: PluggableList = [
    remarkGfm,
    remarkDefinitionList,
    [remarkHugoParse, resolved],
    [remarkHeadingIds, resolved],
    remarkHugoFootnotes,
  ];
  if (!resolved.unsafe) remarkPlugins.push(remarkRawHtmlOmitted);
  const rehypePlugins: PluggableList = [];
  if (resolved.unsafe) rehypePlugins.push(rehypeRaw, [rehypeSanitize, sanitizeSchema], rehypeDropBareFrames);
  rehypePlugins.push(rehypeGoldmarkMarkup, rehypeUrlTransform);
  return {
    remarkPlugins,
    rehypePlugins,
    remarkRehypeOptions: { allowDangerousHtml: true, handlers: hastHandlers },
  };
}
