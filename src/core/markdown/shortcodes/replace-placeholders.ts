/**
 * Pure: put shortcode output where the placeholders are in a parsed tree. A placeholder alone in a paragraph
 * replaces the paragraph (Hugo drops the `<p>` around a lone shortcode); elsewhere it sits inline; in a URL,
 * a title or code it becomes the shortcode's text (ref, relref, param) or nothing.
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ResolvedRenderOptions } from '../options';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { hastHandlers } from '../hast-handlers';
import { isBuiltin } from './builtin-list';
import { scanShortcodes, type ShortcodeCall } from './scan-shortcodes';
import { renderBuiltin, shortcodeAsText } from './builtin-shortcodes';
import { element } from './hast-nodes';

/** The calls a body's placeholders stand for, by number. */
export interface PlaceholderTable {
  calls: ShortcodeCall[];
}

const PLACEHOLDER = /PWSHORTCODE(\d+)X/g;
const ONLY_PLACEHOLDER = /^\s*PWSHORTCODE(\d+)X\s*$/;

/** Remove the indentation common to every non-blank line (Hugo's `.InnerDeindent`). */
export function deindent(text: string): string {
  const lines = text.split('\n');
  let common: number | null = null;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    common = common === null ? indent : Math.min(common, indent);
  }
  if (!common) return text;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)?.[0].length ?? 0))).join('\n');
}

/** Render one call as mdast nodes. */
function renderCall(
  call: ShortcodeCall,
  parseBlock: (markdown: string) => Root,
  options: ResolvedRenderOptions,
): RootContent[] {
  const inline = (markdown: string): PhrasingContent[] => {
    if (!markdown) return [];
    const first = parseBlock(markdown).children[0];
    return first && first.type === 'paragraph' ? first.children : [];
  };
  if (call.name === 'highlight') {
    const value = (call.inner ?? '').replace(/^\n+|\n+$/g, '');
    return [{ type: 'code', lang: call.positional[0] ?? null, meta: call.positional[1] ?? null, value }];
  }
  if (call.name === 'ref' || call.name === 'relref' || call.name === 'param') {
    const text = shortcodeAsText(call, options.params);
    return text ? [{ type: 'text', value: text }] : [];
  }
  const builtin = renderBuiltin(call, inline);
  if (builtin) return [builtin];
  const inner = call.inner === null ? null : nestedAsHtml(call.inner, parseBlock, options);
  const children = inner === null ? [] : parseBlock(deindent(inner)).children;
  const node = element('div', { dataShortcode: call.name }, children);
  (node.data as Record<string, unknown>).pwIdScope = true;
  return [node];
}

/**
 * A stub's inner text as its template sees it (`.Inner`): nested `{{< >}}` calls already replaced by their
 * HTML output, which the stub's Markdown rendering then treats as raw HTML (omitted unless unsafe).
 */
function nestedAsHtml(
  inner: string,
  parseBlock: (markdown: string) => Root,
  options: ResolvedRenderOptions,
): string {
  let out = '';
  for (const piece of scanShortcodes(inner)) {
    if (piece.kind === 'text') out += piece.value;
    else if (piece.delim === '%' && !isBuiltin(piece.name)) {
      out += piece.inner === null ? '' : nestedAsHtml(piece.inner, parseBlock, options);
    } else {
      const nodes = renderCall(piece, parseBlock, options);
      const hast = toHast(
        { type: 'root', children: nodes },
        { handlers: hastHandlers, allowDangerousHtml: true },
      );
      out += toHtml(hast, { allowDangerousHtml: true });
    }
  }
  return out;
}

/** Replace every placeholder in `tree`. `parseBlock` parses a shortcode's inner Markdown the same way. */
export function replacePlaceholders(
  tree: Root,
  table: PlaceholderTable,
  parseBlock: (markdown: string) => Root,
  options: ResolvedRenderOptions,
): void {
  const callFor = (n: string): ShortcodeCall | undefined => table.calls[Number(n)];
  const asText = (value: string): string =>
    value.replace(PLACEHOLDER, (_m, n: string) => {
      const call = callFor(n);
      return call ? shortcodeAsText(call, options.params) : '';
    });

  const walk = (parent: Parent): void => {
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      const node = child as Nodes;
      if (node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'text') {
        const only = ONLY_PLACEHOLDER.exec(node.children[0].value);
        const call = only ? callFor(only[1] ?? '') : undefined;
        if (call) {
          out.push(...renderCall(call, parseBlock, options));
          continue;
        }
      }
      if (node.type === 'text' && node.value.includes('PWSHORTCODE')) {
        let last = 0;
        for (const m of node.value.matchAll(PLACEHOLDER)) {
          const index = m.index ?? 0;
          if (index > last) out.push({ type: 'text', value: node.value.slice(last, index) });
          const call = callFor(m[1] ?? '');
          if (call) out.push(...renderCall(call, parseBlock, options));
          last = index + m[0].length;
        }
        if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
        continue;
      }
      if ('url' in node && typeof node.url === 'string') node.url = asText(node.url);
      if ('title' in node && typeof node.title === 'string') node.title = asText(node.title);
      if ('alt' in node && typeof node.alt === 'string') node.alt = asText(node.alt);
      if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && node.value) {
        node.value = node.value.replace(PLACEHOLDER, (_m, n: string) => {
          const call = callFor(n);
          return call ? shortcodeAsText(call, options.params) : '';
        });
      }
      if ('children' in node) walk(node);
      out.push(child);
    }
    parent.children = out as Parent['children'];
  };
  walk(tree);
}
