/**
 * Pure: read a post once for the workbench (outline, checks, stats): split it, read its front matter, parse
 * its body to mdast with source positions, and list its headings with the ids Hugo gives them.
 *
 * The body is parsed from the text as written (shortcode calls stay text), so every position points into the
 * editor's text; heading ids come from the render pipeline's own heading rules (`{#id}` attributes, Hugo's
 * automatic ids and their `-1` numbering). Headings written inside shortcodes are not seen.
 */
import type { Heading, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { remarkDefinitionList } from 'remark-definition-list';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readSplit } from '../front-matter/read-front-matter';
import type { FrontMatterRead } from '../front-matter/types';
import { sanitizeHeadingId } from '../markdown/heading-id';
import { resolveOptions, type RenderOptions } from '../markdown/options';
import { applyHeadingSource, type HeadingData } from '../markdown/plugins/heading-source';
import { remarkHeadingIds } from '../markdown/plugins/remark-heading-ids';
import { splitPost, type SplitPost } from '../post/split-post';

/** One heading of the post. Offsets are into the whole post's text. */
export interface OutlineHeading {
  level: number;
  /** The heading's text as a reader sees it (Markdown marks dropped). */
  text: string;
  /** The id Hugo gives it. */
  id: string;
  /** True when the author set the id with `{#id}`. */
  explicitId: boolean;
  /** The id Hugo would make before numbering repeats (`intro` for `intro-1`); '' for explicit ids. */
  baseId: string;
  from: number;
  to: number;
}

/** A post, read once. */
export interface PostAnalysis {
  text: string;
  split: SplitPost;
  front: FrontMatterRead;
  /** Where the body starts in `text` (0 when there is no front matter or it is not closed). */
  bodyStart: number;
  body: string;
  /** The body's mdast; its positions are relative to `bodyStart`. */
  tree: Root;
  headings: OutlineHeading[];
}

/** Plain text of an mdast node (text, inline code, alt texts). */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return node.children.map((c) => plainText(c as Nodes)).join('');
  return '';
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDefinitionList);

/** Read `text` (a whole post). Never throws. */
export function analyzePost(text: string, options?: RenderOptions): PostAnalysis {
  const split = splitPost(text);
  const front = readSplit(text, split);
  const bodyStart = split.unclosed ? 0 : split.bodyStart;
  const body = split.unclosed ? text : split.body;
  const resolved = resolveOptions(options);
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(body)) as Root;
  } catch {
    tree = { type: 'root', children: [] };
  }
  applyHeadingSource(tree, body, resolved);
  const explicit = new Set<Heading>();
  visit(tree, 'heading', (h: Heading) => {
    if (typeof (h.data as HeadingData | undefined)?.hProperties?.id === 'string') explicit.add(h);
  });
  remarkHeadingIds(resolved)(tree);
  const headings: OutlineHeading[] = [];
  visit(tree, 'heading', (h: Heading) => {
    const data = h.data as HeadingData | undefined;
    const id = String(data?.hProperties?.id ?? '');
    const isExplicit = explicit.has(h);
    headings.push({
      level: h.depth,
      text: plainText(h).trim(),
      id,
      explicitId: isExplicit,
      baseId: isExplicit ? '' : sanitizeHeadingId(data?.hugoIdText ?? '', resolved.headingIds) || 'heading',
      from: bodyStart + (h.position?.start.offset ?? 0),
      to: bodyStart + (h.position?.end.offset ?? 0),
    });
  });
  return { text, split, front, bodyStart, body, tree, headings };
}
