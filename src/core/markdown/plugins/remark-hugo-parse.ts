/**
 * Pure: a remark plugin that parses a post's body the way Hugo reads it. Hugo handles shortcodes before
 * Markdown, so this wraps the Markdown parser: shortcode calls are swapped for placeholders, the text is parsed,
 * goldmark's source-level rules (typographer, heading attributes, heading id text) are applied against the
 * exact text that was parsed, and the placeholders are replaced by the shortcodes' output.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import type { ResolvedRenderOptions } from '../options';
import { isBuiltin } from '../shortcodes/builtin-list';
import { scanShortcodes } from '../shortcodes/scan-shortcodes';
import { replacePlaceholders, type PlaceholderTable } from '../shortcodes/replace-placeholders';
import { applyInlineRules } from './inline-rules';
import { applyHeadingSource } from './heading-source';
import { markSummaryDivider, replaceSummaryDivider } from './summary-divider';

type BaseParser = (doc: string, file: VFile) => Root;

/** Placeholder text for shortcode number `n`: letters and digits only, so no Markdown rule touches it. */
export function placeholderFor(n: number): string {
  return `PWSHORTCODE${n}X`;
}

/**
 * Replace shortcodes in `body` by placeholders; `{{% %}}` calls of unknown shortcodes are expanded in place
 * (their inner Markdown, or nothing), as Hugo's stub does.
 */
export function substituteShortcodes(body: string, table: PlaceholderTable, unsafe = false): string {
  let out = '';
  for (const piece of scanShortcodes(body)) {
    if (piece.kind === 'text') out += piece.value;
    else if (piece.delim === '%' && !isBuiltin(piece.name)) {
      out += piece.inner === null ? '' : substituteShortcodes(piece.inner, table, unsafe);
    } else if (piece.delim === '%' && !unsafe && HTML_OUTPUT.has(piece.name)) {
      // `{{% %}}` output is read as Markdown: a built-in's HTML is raw HTML there, which Hugo omits.
      out += '<div></div>';
    } else {
      const key = placeholderFor(table.calls.length);
      table.calls.push(piece);
      out += key;
    }
  }
  return out;
}

/** How many block containers (quotes, list items) one line may open. */
export const MAX_NESTING = 64;

const DEEP_LINE = new RegExp(
  `^((?:[ \\t]*(?:>|[-*+](?=[ \\t])|\\d{1,9}[.)](?=[ \\t]))){${MAX_NESTING}})(?=[ \\t]*(?:>|[-*+][ \\t]|\\d{1,9}[.)][ \\t]))`,
  'gm',
);

/**
 * Escape the container marker after the first MAX_NESTING on a line (`>>>>…`, `- - - …`): the parser's cost
 * grows with the square of the nesting, and no post nests that deep, so the rest of the line stays text.
 */
export function limitNesting(source: string): string {
  return source.replace(DEEP_LINE, (m: string) => `${m}\\`);
}

/** Built-ins whose output is an HTML block (so `{{% name %}}` is omitted raw HTML unless unsafe). */
const HTML_OUTPUT = new Set([
  'figure',
  'youtube',
  'vimeo',
  'vimeo_simple',
  'gist',
  'x',
  'tweet',
  'twitter',
  'instagram',
]);

/** Parse `body` as Hugo would, with `base` as the plain Markdown parser. Nested calls use the same rules. */
export function parseHugoBody(
  body: string,
  base: BaseParser,
  file: VFile,
  options: ResolvedRenderOptions,
): Root {
  const table: PlaceholderTable = { calls: [] };
  const source = limitNesting(substituteShortcodes(body, table, options.unsafe));
  const tree = base(source, file);
  markIndentedCode(tree, source);
  applyHeadingSource(tree, source, options);
  applyInlineRules(tree, source, { typographer: options.typographer, linkify: true });
  if (table.calls.length > 0) {
    replacePlaceholders(tree, table, (inner) => parseHugoBody(inner, base, file, options), options);
  }
  return tree;
}

/** Mark code blocks that were indented rather than fenced (goldmark writes those as a plain `<pre>`). */
function markIndentedCode(tree: Root, source: string): void {
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    if (start === undefined) return;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const rest = source.slice(start, start + 40);
    const fenced =
      /^[ \t>]*(?:`{3,}|~{3,})/.test(rest) || /^ {0,3}(?:`{3,}|~{3,})/.test(source.slice(lineStart));
    if (!fenced) node.data = { ...node.data, pwIndented: true } as Code['data'];
  });
}

/** The remark plugin: use after remark-parse (and after plugins that add syntax, so they are in place). */
export function remarkHugoParse(this: Processor, options: ResolvedRenderOptions): void {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this;
  const base = self.parser as unknown as BaseParser | undefined;
  if (!base) throw new Error('remarkHugoParse must come after remark-parse');
  self.parser = ((doc: string, file: VFile) => {
    const tree = parseHugoBody(markSummaryDivider(doc), base, file, options);
    replaceSummaryDivider(tree);
    return tree;
  }) as typeof self.parser;
}
