/**
 * Pure: goldmark's typographer extension (as Hugo 0.111 ships it), applied to the text nodes of a parsed tree.
 *
 * Goldmark decides while it reads the source: a quote's kind depends on the raw characters before and after it
 * (emphasis markers and link brackets included), so every text character is mapped back to the source first.
 * Escaped characters and entities are never changed, nor is anything in code, HTML or autolinked URLs.
 */
import type { Parent, Root, Text } from 'mdast';
import { alignToSource } from './source-map';

const LSQUO = '\u2018';
const RSQUO = '\u2019';
const LDQUO = '\u201c';
const RDQUO = '\u201d';

const SKIP = new Set(['inlineCode', 'code', 'html', 'math', 'inlineMath']);

function isSpace(c: string): boolean {
  return c === '' || /^\s$/u.test(c);
}

function isPunct(c: string): boolean {
  return /^[\p{P}\p{S}]$/u.test(c);
}

function isLetter(c: string): boolean {
  return /^\p{L}$/u.test(c);
}

function isLetterOrDigit(c: string): boolean {
  return /^[\p{L}\p{Nd}]$/u.test(c);
}

const ASCII_PUNCT_OR_SPACE = /^[\s!-/:-@[-`{-~]$/;

/** The code point at `at` in `s` as a string ('' past the end). */
function charAt(s: string, at: number): string {
  const cp = s.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The character before `at`, as goldmark's PrecedingCharacter sees it: a line start counts as '\n'. */
function before(source: string, at: number, blockStart: number): string {
  if (at <= blockStart) return '\n';
  let k = at - 1;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t' || source[k] === '>')) k--;
  if (k < 0 || source[k] === '\n') return '\n';
  const prev = source.codePointAt(at - 1);
  const low = source.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return charAt(source, at - 2);
  return prev === undefined ? '\n' : String.fromCodePoint(prev);
}

/** goldmark's delimiter flanking rules for a run of `c` starting at `at`. */
function flanking(source: string, at: number, prev: string): { canOpen: boolean; canClose: boolean } {
  const c = source[at];
  let j = at;
  while (j < source.length && source[j] === c) j++;
  const next = j < source.length && source[j] !== '\n' ? charAt(source, j) : ' ';
  const beforePunct = isPunct(prev);
  const beforeSpace = isSpace(prev);
  const afterPunct = isPunct(next);
  const afterSpace = isSpace(next);
  const left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  return { canOpen: left, canClose: right };
}

/** What goldmark's typographer makes of the source at `at`: the replacement and how many source chars. */
function substitute(source: string, at: number, blockStart: number): [string, number] | null {
  const c = source[at];
  const c1 = source[at + 1];
  const c2 = source[at + 2];
  if (c === '-') {
    if (c1 === '-' && c2 === '-') return ['\u2014', 3];
    if (c1 === '-') return ['\u2013', 2];
    return null;
  }
  if (c === '.') return c1 === '.' && c2 === '.' ? ['\u2026', 3] : null;
  if (c === '<') return c1 === '<' ? ['\u00ab', 2] : null;
  if (c === '>') return c1 === '>' ? ['\u00bb', 2] : null;
  if (c !== "'" && c !== '"') return null;
  const prev = before(source, at, blockStart);
  const d = flanking(source, at, prev);
  if (c === "'") {
    // Decades such as '90s.
    if (d.canOpen && !d.canClose && /^[0-9]{2}s/.test(source.slice(at + 1, at + 4))) {
      const after = charAt(source, at + 4);
      if (after === '' || isSpace(after) || isPunct(after)) return [RSQUO, 1];
    }
    if (isLetterOrDigit(prev) && isLetter(charAt(source, at + 1))) return [RSQUO, 1];
    if (d.canOpen && !d.canClose) {
      const rest = source.slice(at + 1, at + 4);
      const endsWord = (k: number) => k >= rest.length || ASCII_PUNCT_OR_SPACE.test(rest[k] ?? '');
      if (/^[smtd]/.test(rest) && endsWord(1)) return [RSQUO, 1];
      if (/^(ve|ll|re)/.test(rest) && endsWord(2)) return [RSQUO, 1];
      return [LSQUO, 1];
    }
    if (d.canClose && !d.canOpen) return [RSQUO, 1];
    return null;
  }
  if (d.canOpen && !d.canClose) return [LDQUO, 1];
  if (d.canClose && !d.canOpen) return [RDQUO, 1];
  return null;
}

const TRIGGER = /['".<>-]/;

function typographText(node: Text, source: string, blockStart: number): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !TRIGGER.test(node.value)) return;
  const map = alignToSource(node.value, source, start, end);
  if (!map) return;
  let out = '';
  const value = node.value;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    const at = map[i] ?? -1;
    if (at < 0 || !TRIGGER.test(ch)) {
      out += ch;
      continue;
    }
    const sub = substitute(source, at, blockStart);
    if (!sub) {
      out += ch;
      continue;
    }
    // Only consume when the following source characters are the next value characters too.
    let ok = true;
    for (let k = 1; k < sub[1]; k++) if (map[i + k] !== at + k) ok = false;
    if (!ok) {
      out += ch;
      continue;
    }
    out += sub[0];
    i += sub[1] - 1;
  }
  node.value = out;
}

function isAutolinkLiteral(node: Parent, source: string): boolean {
  if (node.type !== 'link') return false;
  const start = node.position?.start.offset;
  if (start === undefined) return false;
  return source[start] !== '[';
}

/** Apply the typographer to every text node of `tree`, which was parsed from `source`. */
export function applyTypographer(tree: Root, source: string): void {
  const walk = (parent: Parent, blockStart: number): void => {
    for (const child of parent.children) {
      if (SKIP.has(child.type)) continue;
      if (child.type === 'text') {
        typographText(child, source, blockStart);
        continue;
      }
      if (!('children' in child)) continue;
      if (isAutolinkLiteral(child, source)) continue;
      const isBlock = child.type === 'paragraph' || child.type === 'heading' || child.type === 'tableCell';
      const first = child.children[0]?.position?.start.offset;
      walk(child, isBlock && first !== undefined ? first : blockStart);
    }
  };
  walk(tree, 0);
}
