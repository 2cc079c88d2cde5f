/**
 * Pure: the source-level heading rules of goldmark: a trailing `{#id .class}` attribute list (stripped from
 * the heading's text) and the raw line that Hugo's automatic id is made from (Markdown syntax included, so
 * `## See [docs](https://x.org)` gets `see-docshttpsxorg`, as Hugo does).
 */
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ResolvedRenderOptions } from '../options';
import { SAFE_STYLE } from '../sanitize-schema';
import { trailingAttributes } from './heading-attributes';

/**
 * The attributes goldmark lets a heading's `{...}` set (its GlobalAttributeFilter; `data-*` too): never an
 * event handler or a URL. A `style` that could fetch (`url(`) is dropped as well, so the preview stays offline.
 */
const HEADING_ATTRIBUTES = new Set([
  ...['accesskey', 'autocapitalize', 'autofocus', 'class', 'contenteditable', 'dir', 'draggable'],
  ...['enterkeyhint', 'hidden', 'id', 'inert', 'inputmode', 'is', 'itemid', 'itemprop', 'itemref'],
  ...['itemscope', 'itemtype', 'lang', 'part', 'role', 'slot', 'spellcheck', 'style', 'tabindex'],
  ...['title', 'translate'],
]);

function allowedAttributes(other: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(other)) {
    const lower = name.toLowerCase();
    if (!HEADING_ATTRIBUTES.has(lower) && !lower.startsWith('data-')) continue;
    if (lower === 'style' && !SAFE_STYLE.test(value)) continue;
    kept[name] = value;
  }
  return kept;
}

/** Extra data the pipeline keeps on a heading. */
export interface HeadingData {
  /** The raw text the automatic id is made from. */
  hugoIdText?: string;
  hProperties?: Record<string, unknown>;
}

function rawHeadingLine(heading: Heading, source: string): string {
  const start = heading.position?.start.offset;
  const end = heading.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  const raw = source.slice(start, end);
  if (/^ {0,3}#/.test(raw)) {
    return raw
      .replace(/^ {0,3}#{1,6}(?:[ \t]+|$)/, '')
      .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
      .trim();
  }
  // Setext: the content's last line, before the underline.
  const lines = raw.split(/\r?\n/);
  lines.pop();
  return (lines[lines.length - 1] ?? '').replace(/^[ \t>]*/, '').trim();
}

function stripFromLastText(heading: Heading, count: number): boolean {
  const last = heading.children[heading.children.length - 1];
  if (!last || last.type !== 'text') return false;
  const text = last as Text;
  const trimmed = text.value.replace(/\s+$/, '');
  if (trimmed.length < count) return false;
  text.value = trimmed.slice(0, trimmed.length - count).replace(/\s+$/, '');
  if (text.value === '') heading.children.pop();
  return true;
}

/** Read attributes and id text for every heading of `tree`, parsed from `source`. */
export function applyHeadingSource(tree: Root, source: string, options: ResolvedRenderOptions): void {
  visit(tree, 'heading', (heading: Heading) => {
    let line = rawHeadingLine(heading, source);
    const data = (heading.data ??= {}) as HeadingData;
    if (options.attributes) {
      const found = trailingAttributes(line);
      if (found && stripFromLastText(heading, line.replace(/\s+$/, '').length - found.start)) {
        const props: Record<string, unknown> = allowedAttributes(found.attributes.other);
        if (found.attributes.id !== undefined) props.id = found.attributes.id;
        if (found.attributes.classes.length > 0) props.className = found.attributes.classes;
        data.hProperties = { ...data.hProperties, ...props };
        line = line.slice(0, found.start).trim();
      }
    }
    data.hugoIdText = line;
  });
}
