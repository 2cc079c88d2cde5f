/**
 * Pure: goldmark's linkify rules (Hugo 0.111). GFM's autolink literals differ from them (goldmark tries only
 * at a line start, after a space, `(` or another inline node, keeps trailing quotes, stops at non-ASCII such
 * as CJK punctuation), so remark's literal links are turned back into text and linkified again.
 */
import type { Link, Parent, PhrasingContent, Text } from 'mdast';

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
export function unlinkLiterals(parent: Parent, source: string): void {
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
