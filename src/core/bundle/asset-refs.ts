/**
 * Pure: every place a post refers to a file: Markdown images and links (inline and by reference), `<img src>`
 * in raw HTML, `src="..."` in shortcodes such as `{{< figure >}}`, and the front matter's `image` and `images`.
 * Code spans and fenced code are skipped (an example of Markdown in a code block is not a reference). Each
 * reference carries its URL's exact span in the post, so a rename replaces just those characters.
 */
import type { Definition, Image, ImageReference, Link, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { readFrontMatterCached } from '../front-matter/read-front-matter';
import { splitPost } from '../post/split-post';
import { bundleTarget } from './asset-paths';
import type { RefTarget } from './asset-paths';
import { definitionDestination, inlineDestination } from './link-destination';

/** Where a reference was written. */
export type RefSource = 'image' | 'link' | 'html' | 'shortcode' | 'front-matter';

/** One reference to a file. */
export interface AssetRef {
  source: RefSource;
  /** True for images (everything but Markdown links). */
  image: boolean;
  /** The URL as the renderer sees it (escapes resolved). */
  url: string;
  target: RefTarget;
  /** The URL's characters in the whole post (for a rename); null for front matter values (edited by key). */
  span: { from: number; to: number } | null;
  /** For front matter references: the key (as written) and, for lists, the item's index. */
  key?: string;
  index?: number;
  /** 1-based line in the whole post. */
  line: number;
  /** Offset in the whole post where the reference is written (its URL, or its front matter key). */
  at: number;
}

/** Front matter keys whose values are images of the bundle (compared case-insensitively, as Hugo does). */
export const IMAGE_KEYS = ['image', 'images'] as const;

const parser = unified().use(remarkParse).use(remarkGfm);
const HTML_IMG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const SHORTCODE_SRC =
  /\{\{[<%]\s*\/?[\w./-]+\b(?:(?![>%]\}\}).)*?\bsrc\s*=\s*(?:"([^"]*)"|`([^`]*)`|([^\s"'`>%}]+))/gs;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function attrMatch(m: RegExpExecArray): { value: string; at: number } {
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const quoted = m[1] !== undefined || m[2] !== undefined;
  const at = m.index + m[0].length - value.length - (quoted ? 1 : 0);
  // `at` is where the value starts in the string that was matched.
  return { value, at };
}

/** Every file reference in `text` (the whole post), in source order, front matter first. */
export function findAssetRefs(text: string): AssetRef[] {
  const refs: AssetRef[] = [...frontMatterRefs(text)];
  const split = splitPost(text);
  const offset = split.unclosed ? 0 : split.bodyStart;
  const body = split.unclosed ? text : split.body;
  const tree = parser.parse(body) as Root;
  const used = new Set<string>();
  const definitions: Definition[] = [];
  const code: [number, number][] = [];
  const push = (source: RefSource, url: string, from: number, to: number): void => {
    refs.push({
      source,
      image: source !== 'link',
      url,
      target: bundleTarget(url),
      span: { from: from + offset, to: to + offset },
      line: lineAt(text, from + offset),
      at: from + offset,
    });
  };
  visit(tree, (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        code.push([start, end]);
        return;
      case 'image':
      case 'link': {
        const n = node as Image | Link;
        const span = inlineDestination(body, start, end);
        if (span) push(node.type, n.url, span.from, span.to);
        return;
      }
      case 'imageReference':
        used.add((node as ImageReference).identifier);
        return;
      case 'definition':
        definitions.push(node as Definition);
        return;
      case 'html': {
        for (const m of (node as { value: string }).value.matchAll(HTML_IMG)) {
          const { value, at } = attrMatch(m);
          push('html', value, start + at, start + at + value.length);
        }
        return;
      }
      default:
    }
  });
  for (const def of definitions) {
    const start = def.position?.start.offset ?? 0;
    const end = def.position?.end.offset ?? 0;
    const span = definitionDestination(body, start, end);
    if (span) push(used.has(def.identifier) ? 'image' : 'link', def.url, span.from, span.to);
  }
  for (const m of body.matchAll(SHORTCODE_SRC)) {
    const { value, at } = attrMatch(m);
    if (code.some(([from, to]) => m.index >= from && m.index < to)) continue;
    push('shortcode', value, at, at + value.length);
  }
  return refs.sort((a, b) => (a.span?.from ?? -1) - (b.span?.from ?? -1));
}

function frontMatterRefs(text: string): AssetRef[] {
  const read = readFrontMatterCached(text);
  if (!read.ok) return [];
  const out: AssetRef[] = [];
  const split = splitPost(text);
  for (const [key, value] of Object.entries(read.data)) {
    if (!(IMAGE_KEYS as readonly string[]).includes(key.toLowerCase())) continue;
    const at = split.innerStart + keyOffset(split.inner, key);
    const line = lineAt(text, at);
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (typeof item !== 'string' || !item.trim()) return;
      const ref: AssetRef = {
        source: 'front-matter',
        image: true,
        url: item,
        target: bundleTarget(item),
        span: null,
        key,
        line,
        at,
      };
      if (Array.isArray(value)) ref.index = index;
      out.push(ref);
    });
  }
  return out;
}

function keyOffset(inner: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[:=]`, 'm').exec(inner);
  return match ? match.index + (/^[ \t]*/.exec(match[0])?.[0].length ?? 0) : 0;
}

/** The bundle paths `refs` use, each once (for "used"/"unused" and for the bundle export). */
export function referencedPaths(refs: readonly AssetRef[]): Set<string> {
  const paths = new Set<string>();
  for (const ref of refs) if (ref.target.kind === 'bundle') paths.add(ref.target.path);
  return paths;
}
