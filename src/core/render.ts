/**
 * Pure: render a whole post (front matter + body) as Hugo 0.111 would publish it, plus the page values Hugo
 * derives (summary, word count, reading time, table of contents). Synchronous and DOM-free: it runs in Node
 * and in a worker. Code is coloured only for languages already loaded (see loadCodeLanguages).
 */
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { getMarkdownPlugins } from './markdown/create-processor';
import { readSplit } from './front-matter/read-front-matter';
import type { RenderOptions } from './markdown/options';
import {
  autoSummary,
  autoSummaryCjk,
  countWords,
  escapeHtml,
  plainText,
  readingMinutes,
} from './markdown/page-values';
import { RAW_HTML_OMITTED } from './markdown/plugins/remark-raw-html';
import { tableOfContents, type TocHeading } from './markdown/table-of-contents';
import type { FrontMatterRead } from './front-matter/types';
import { splitPost, type SplitPost } from './post/split-post';

export type { RenderOptions } from './markdown/options';
export { getMarkdownPlugins } from './markdown/create-processor';
export { urlTransform } from './markdown/url-transform';
export { codeLanguagesIn, loadCodeLanguages } from './markdown/code/highlighter';

/** What `render` gives for a post. */
export interface RenderResult {
  /** The body as HTML (Hugo's `.Content`); the front matter never appears in it. */
  html: string;
  /** The front matter as read ({} when there is none or it could not be read). */
  frontMatter: Record<string, unknown>;
  /** Why the front matter could not be read, when it could not. */
  frontMatterError?: string;
  /** `.Summary`: the HTML before `<!--more-->`, else the first 70 words as plain text. */
  summary: string;
  /** `.Truncated`: whether the summary leaves something out. */
  truncated: boolean;
  /** The summary is the content before `<!--more-->` (else it is Hugo's automatic summary). */
  summaryDivider: boolean;
  /** `.WordCount`. */
  wordCount: number;
  /** `.ReadingTime`, in minutes. */
  readingTime: number;
  /** `.TableOfContents`: `<nav id="TableOfContents">…</nav>`. */
  toc: string;
  /** How many raw HTML blocks or tags were left out (always 0 when `unsafe`). */
  rawHtmlOmitted: number;
  /**
   * Set when the body could not be rendered (nesting deeper than the parser's stack allows, say): `html` is
   * then the body as escaped preformatted text, so the preview still shows something safe.
   */
  renderError?: string;
}

const DIVIDER_COMMENT = '<!--more-->';

function renderBody(body: string, options: RenderOptions): HastRoot {
  const plugins = getMarkdownPlugins(options);
  const processor = unified()
    .use(remarkParse)
    .use(plugins.remarkPlugins)
    .use(remarkRehype, plugins.remarkRehypeOptions)
    .use(plugins.rehypePlugins);
  return processor.runSync(processor.parse(body)) as HastRoot;
}

function collectHeadings(tree: HastRoot): TocHeading[] {
  const headings: TocHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!level || typeof node.properties.id !== 'string') return;
    headings.push({ level: Number(level), id: node.properties.id, html: toHtml(node.children) });
  });
  return headings;
}

function countOmitted(tree: HastRoot): number {
  let count = 0;
  visit(tree, 'comment', (node: { value: string }) => {
    if (node.value === RAW_HTML_OMITTED) count++;
  });
  return count;
}

function isCjkPage(frontMatter: Record<string, unknown>): boolean {
  const entry = Object.entries(frontMatter).find(([k]) => k.toLowerCase() === 'iscjklanguage');
  return entry?.[1] === true;
}

/**
 * The part of a post that is rendered: everything after the front matter. A post whose front matter is not
 * closed renders whole, and so does text that merely starts with `{` (a shortcode, say) but is no JSON.
 * The preview must hand react-markdown exactly this, so both renderers see the same body.
 */
export function postBody(source: string): string {
  const split = splitPost(source);
  return bodyOf(source, split, readSplit(source, split));
}

function bodyOf(source: string, split: SplitPost, read: FrontMatterRead): string {
  return split.unclosed || (!read.ok && split.format === 'json') ? source : split.body;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Render `source` (a whole post). Never throws for any input text. */
export function render(source: string, options?: RenderOptions): RenderResult {
  const split = splitPost(source);
  const read = readSplit(source, split);
  const frontMatter = read.ok ? read.data : {};
  const body = bodyOf(source, split, read);
  let tree: HastRoot;
  try {
    tree = renderBody(body, { ...options, params: options?.params ?? frontMatter });
  } catch (error) {
    return fallback(body, frontMatter, read, error);
  }
  try {
    return pageValues(tree, frontMatter, read);
  } catch (error) {
    return fallback(body, frontMatter, read, error);
  }
}

function fallback(
  body: string,
  frontMatter: Record<string, unknown>,
  read: FrontMatterRead,
  error: unknown,
): RenderResult {
  const words = body.split(/\s+/u).filter(Boolean).length;
  const result: RenderResult = {
    html: `<pre>${escapeText(body)}</pre>`,
    frontMatter,
    summary: '',
    truncated: false,
    summaryDivider: false,
    wordCount: words,
    readingTime: readingMinutes(words, false),
    toc: '<nav id="TableOfContents"></nav>',
    rawHtmlOmitted: 0,
    renderError: error instanceof Error ? error.message : String(error),
  };
  if (!read.ok) result.frontMatterError = frontMatterMessage(read);
  return result;
}

function frontMatterMessage(read: Extract<FrontMatterRead, { ok: false }>): string {
  return `${read.error.message} (line ${read.error.line}, column ${read.error.column})`;
}

function pageValues(
  tree: HastRoot,
  frontMatter: Record<string, unknown>,
  read: FrontMatterRead,
): RenderResult {
  const full = toHtml(tree);
  const at = full.indexOf(DIVIDER_COMMENT);
  const html = at < 0 ? full : full.slice(0, at) + full.slice(at + DIVIDER_COMMENT.length);
  const plain = plainText(tree);
  const cjk = isCjkPage(frontMatter);
  const wordCount = countWords(plain, cjk);
  let summary: string;
  let truncated: boolean;
  if (at >= 0) {
    summary = full.slice(0, at).trim();
    truncated = full.slice(at + DIVIDER_COMMENT.length).trim().length > 0;
  } else {
    ({ summary, truncated } = cjk ? autoSummaryCjk(plain) : autoSummary(plain));
    summary = escapeHtml(summary);
  }
  const result: RenderResult = {
    html,
    frontMatter,
    summary,
    truncated,
    summaryDivider: at >= 0,
    wordCount,
    readingTime: readingMinutes(wordCount, cjk),
    toc: tableOfContents(collectHeadings(tree)),
    rawHtmlOmitted: countOmitted(tree),
  };
  if (!read.ok) result.frontMatterError = frontMatterMessage(read);
  return result;
}
