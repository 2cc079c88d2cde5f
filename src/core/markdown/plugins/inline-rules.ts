/**
 * Pure: goldmark's inline extensions that act on plain text, typographer and linkify, applied to the text
 * nodes of a parsed tree in one left-to-right pass per block, as goldmark interleaves them: linkify is tried
 * at a line start, after white space or `(`, and right after any other inline node (a smart quote included);
 * everything else is offered to the typographer. Characters are mapped back to the source first, so the raw
 * neighbours (emphasis markers, brackets) count; escaped characters and entities are never changed.
 */
import type { Image, Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { matchLinkify, unlinkLiterals } from './linkify';
import { alignToSource } from './source-map';
import { substitute, type BlockRange } from './typographer';

const SKIP = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath', 'link', 'linkReference']);
const TYPO_TRIGGER = /['".<>-]/;

/** Which rules to apply. */
export interface InlineRules {
  typographer: boolean;
  linkify: boolean;
}

type Point = { line: number; column: number; offset: number };

/** A function placing offsets of `source` as unist points (line starts found once, then binary search). */
function pointer(source: string): (offset: number) => Point {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  };
}

/** How far linkify looks ahead (goldmark's URL pattern allows at most a few hundred characters of host). */
const LINKIFY_WINDOW = 4096;

function processText(
  node: Text,
  source: string,
  block: BlockRange,
  rules: InlineRules,
  point: (offset: number) => Point,
): PhrasingContent[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const map = alignToSource(node.value, source, start, end);
  if (!map) return null;
  const value = node.value;
  const out: PhrasingContent[] = [];
  let buffer = '';
  let bufferStart = start;
  let changed = false;
  let afterNode = true;
  const flush = (endOffset: number): void => {
    if (!buffer) return;
    out.push({
      type: 'text',
      value: buffer,
      position: { start: point(bufferStart), end: point(endOffset) },
    });
    buffer = '';
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const at = map[i] ?? -1;
    if (at < 0) {
      buffer += ch;
      afterNode = false;
      continue;
    }
    const prev = at <= block.start ? '\n' : (source[at - 1] ?? '\n');
    if (rules.linkify && (afterNode || /[\s(]/.test(prev))) {
      const m = /[A-Za-z0-9]/.test(ch) ? matchLinkify(value.slice(i, i + LINKIFY_WINDOW)) : null;
      if (m && map[i + m.length - 1] === at + m.length - 1) {
        flush(at);
        const text = value.slice(i, i + m.length);
        const url = m.kind === 'www' ? `https://${text}` : m.kind === 'email' ? `mailto:${text}` : text;
        const position = { start: point(at), end: point(at + m.length) };
        const link: Link = {
          type: 'link',
          url,
          title: null,
          children: [{ type: 'text', value: text, position }],
          position,
        };
        out.push(link);
        bufferStart = at + m.length;
        i += m.length - 1;
        changed = true;
        afterNode = true;
        continue;
      }
    }
    afterNode = false;
    if (rules.typographer && TYPO_TRIGGER.test(ch)) {
      const sub = substitute(source, at, block);
      let ok = sub !== null;
      for (let k = 1; sub && k < sub[1]; k++) if (map[i + k] !== at + k) ok = false;
      if (sub && ok) {
        buffer += sub[0];
        i += sub[1] - 1;
        changed = true;
        afterNode = true;
        continue;
      }
    }
    buffer += ch;
  }
  if (!changed) return null;
  flush(end);
  return out;
}

/** Apply the rules to every text node of `tree`, which was parsed from `source`. */
export function applyInlineRules(tree: Root, source: string, rules: InlineRules): void {
  if (!rules.typographer && !rules.linkify) return;
  const point = pointer(source);
  const walk = (parent: Parent, block: BlockRange): void => {
    const isBlock = parent.type === 'paragraph' || parent.type === 'heading' || parent.type === 'tableCell';
    if (isBlock && rules.linkify) unlinkLiterals(parent, source);
    if (isBlock) {
      const first = parent.children[0]?.position?.start.offset;
      const last = parent.children[parent.children.length - 1]?.position?.end.offset;
      if (first !== undefined && last !== undefined)
        block = { start: first, end: last, single: 0, double: 0 };
    }
    const out: Parent['children'] = [];
    for (const child of parent.children) {
      if (child.type === 'text') {
        const replaced = processText(child, source, block, rules, point);
        out.push(...((replaced ?? [child]) as Parent['children']));
        continue;
      }
      if (child.type === 'image') child.alt = goldmarkAlt(child, source, block, rules) ?? child.alt;
      if ('children' in child && !SKIP.has(child.type)) walk(child, block);
      else if (child.type === 'link' || child.type === 'linkReference') {
        walkLinkText(child, source, block, rules, point);
      }
      out.push(child);
    }
    parent.children = out;
  };
  walk(tree, { start: 0, end: source.length, single: 0, double: 0 });
}

/**
 * An image's alt text as goldmark writes it: the label's text as written (backslash escapes kept), line
 * breaks dropped, smart punctuation applied. Labels with nested markup keep remark's text. Null to keep it.
 */
function goldmarkAlt(image: Image, source: string, block: BlockRange, rules: InlineRules): string | null {
  const start = image.position?.start.offset;
  if (start === undefined || source.slice(start, start + 2) !== '![') return null;
  const labelStart = start + 2;
  const labelEnd = labelStart + (image.alt ?? '').length;
  let end = labelStart;
  let depth = 0;
  for (; end < source.length; end++) {
    const c = source[end];
    if (c === '\\') end++;
    else if (c === '[') depth++;
    else if (c === ']') {
      if (depth === 0) break;
      depth--;
    }
  }
  if (end >= source.length || end < labelEnd - 1) return null;
  const raw = source.slice(labelStart, end);
  if (/[*_`[&<]/.test(raw.replace(/\\[\s\S]/g, ''))) return null;
  let out = '';
  for (let at = labelStart; at < end; at++) {
    const c = source[at] ?? '';
    if (c === '\n' || c === '\r') {
      while (at + 1 < end && /[ \t]/.test(source[at + 1] ?? '')) at++;
      continue;
    }
    if (c === '\\' && at + 1 < end) {
      out += c + (source[at + 1] ?? '');
      at++;
      continue;
    }
    const sub = rules.typographer && TYPO_TRIGGER.test(c) ? substitute(source, at, block) : null;
    if (sub && at + sub[1] <= end) {
      out += sub[0];
      at += sub[1] - 1;
    } else out += c;
  }
  return out;
}

/** Link text gets the typographer but never linkify (goldmark skips linkify inside a link label). */
function walkLinkText(
  link: Parent,
  source: string,
  block: BlockRange,
  rules: InlineRules,
  point: (offset: number) => Point,
): void {
  const inner: InlineRules = { typographer: rules.typographer, linkify: false };
  const start = link.position?.start.offset;
  if (start !== undefined && source[start] !== '[') return;
  if (!rules.typographer && !link.children.some((c) => c.type === 'image')) return;
  for (let i = 0; i < link.children.length; i++) {
    const child = link.children[i];
    if (!child) continue;
    if (child.type === 'image') child.alt = goldmarkAlt(child, source, block, rules) ?? child.alt;
    if (child.type === 'text') {
      const replaced = processText(child, source, block, inner, point);
      if (replaced) {
        link.children.splice(i, 1, ...(replaced as Parent['children']));
        i += replaced.length - 1;
      }
    } else if ('children' in child && !SKIP.has(child.type))
      walkLinkText(child as Parent, source, block, inner, point);
  }
}
