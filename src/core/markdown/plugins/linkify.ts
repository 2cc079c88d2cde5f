/**
 * Pure: goldmark's linkify extension (Hugo 0.111) over a parsed tree. GFM's autolink literals differ from it
 * (goldmark needs a space, a line start or `(` before a URL, keeps trailing quotes, stops at non-ASCII such
 * as CJK punctuation), so remark's literal links are turned back into text first and linkified again here.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { alignToSource } from './source-map';

const URL =
  /^(?:http|https|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/;
const WWW = /^www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}[\]`]*)?/;
const EMAIL_LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+/;
const EMAIL_DOMAIN = /^[A-Za-z0-9.-]+/;
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;

/** The length of the URL or e-mail address at the start of `line`, and its kind; null when none. */
export function matchLinkify(line: string): { length: number; kind: 'url' | 'www' | 'email' } | null {
  let kind: 'url' | 'www' | 'email' = 'url';
  let m = /^(?:https?|ftp):/.test(line) ? URL.exec(line) : null;
  if (!m && line.startsWith('www.')) {
    m = WWW.exec(line);
    kind = 'www';
  }
  let end = -1;
  if (m) {
    end = m[0].length;
    const last = line[end - 1];
    if (last === '.') end--;
    else if (last === ')') {
      let closing = 0;
      for (let i = end - 1; i >= 0; i--) {
        if (line[i] === ')') closing++;
        else if (line[i] === '(') closing--;
      }
      if (closing > 0) end -= closing;
    } else if (last === ';') {
      let i = end - 2;
      while (i >= 0 && /[A-Za-z0-9]/.test(line[i] ?? '')) i--;
      if (i !== end - 2 && line[i] === '&') end = i;
    }
  } else {
    if (ASCII_PUNCT.test(line[0] ?? '')) return null;
    kind = 'email';
    const local = EMAIL_LOCAL.exec(line);
    if (!local || line[local[0].length] !== '@') return null;
    const domain = EMAIL_DOMAIN.exec(line.slice(local[0].length + 1));
    if (!domain) return null;
    end = local[0].length + 1 + domain[0].length;
    if (!line.slice(local[0].length, end - 1).includes('.')) return null;
    if (line[end - 1] === '.') end--;
    const next = line[end];
    if (next === '-' || next === '_') return null;
  }
  let i = end - 1;
  while (i > 0 && '?!.,:*_~'.includes(line[i] ?? '')) i--;
  const length = i + 1;
  return length > 0 ? { length, kind } : null;
}

function isLiteralLink(node: Link, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && source[start] !== '[' && source[start] !== '<';
}

/** Turn remark's literal autolinks back into text and merge neighbouring text nodes. */
function unlinkLiterals(parent: Parent, source: string): void {
  const out: PhrasingContent[] = [];
  for (const child of parent.children as PhrasingContent[]) {
    let node: PhrasingContent = child;
    if (node.type === 'link' && isLiteralLink(node, source)) {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      node = { type: 'text', value: source.slice(start, end), position: node.position } as Text;
    } else if ('children' in node) unlinkLiterals(node, source);
    const prev = out[out.length - 1];
    if (node.type === 'text' && prev?.type === 'text' && prev.position && node.position) {
      if (prev.position.end.offset === node.position.start.offset) {
        prev.value += node.value;
        prev.position = { start: prev.position.start, end: node.position.end };
        continue;
      }
    }
    out.push(node);
  }
  parent.children = out as Parent['children'];
}

function point(source: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = source.indexOf('\n'); i >= 0 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lastNl = i;
  }
  return { line, column: offset - lastNl, offset };
}

function linkifyText(node: Text, source: string, blockStart: number): PhrasingContent[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !/[:@.]/.test(node.value)) return null;
  const map = alignToSource(node.value, source, start, end);
  if (!map) return null;
  const value = node.value;
  const out: PhrasingContent[] = [];
  let last = 0;
  let lastOffset = start;
  const piece = (from: number, to: number, a: number, b: number): Text => ({
    type: 'text',
    value: value.slice(from, to),
    position: { start: point(source, a), end: point(source, b) },
  });
  for (let i = 0; i < value.length; i++) {
    const at = map[i] ?? -1;
    if (at < 0) continue;
    const prev = at <= blockStart ? '\n' : source[at - 1];
    if (!(prev === undefined || /[ \t\n\r(]/.test(prev))) continue;
    const m = matchLinkify(value.slice(i));
    if (!m) continue;
    const urlEnd = i + m.length;
    // The link must be plain source text (no escapes or entities inside).
    if (map[urlEnd - 1] !== at + m.length - 1) continue;
    if (i > last) out.push(piece(last, i, lastOffset, at));
    const text = value.slice(i, urlEnd);
    const url = m.kind === 'www' ? `https://${text}` : m.kind === 'email' ? `mailto:${text}` : text;
    const position = { start: point(source, at), end: point(source, at + m.length) };
    out.push({
      type: 'link',
      url,
      title: null,
      children: [{ type: 'text', value: text, position }],
      position,
    });
    last = urlEnd;
    lastOffset = at + m.length;
    i = urlEnd - 1;
  }
  if (out.length === 0) return null;
  if (last < value.length) out.push(piece(last, value.length, lastOffset, end));
  return out;
}

const SKIP = new Set(['link', 'linkReference', 'image', 'imageReference', 'inlineCode', 'code', 'html']);

/** Apply goldmark's linkify to `tree`, parsed from `source`. */
export function applyLinkify(tree: Root, source: string): void {
  const walk = (parent: Parent, blockStart: number): void => {
    if (parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell') {
      unlinkLiterals(parent, source);
      blockStart = parent.children[0]?.position?.start.offset ?? blockStart;
    }
    const out: Parent['children'] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replaced = linkifyText(child, source, blockStart);
        if (replaced) out.push(...(replaced as Parent['children']));
        else out.push(child);
        continue;
      }
      if ('children' in child && !SKIP.has(child.type)) walk(child, blockStart);
      out.push(child);
    }
    parent.children = out;
  };
  walk(tree, 0);
}
