/**
 * Pure: the values Hugo 0.111 derives from a page's rendered content: `.Plain`, `.WordCount`, `.ReadingTime`
 * and the automatic `.Summary` (the first 70 words, extended to the end of the sentence).
 */

import type { Nodes } from 'hast';

const SUMMARY_LENGTH = 70;

/**
 * `.Plain` computed from the rendered tree, as Hugo's StripHTML sees its HTML: tags dropped, `</p>` and `<br>`
 * as line breaks, other line breaks as spaces, runs of white space kept once. A no-break space stays part of
 * its word, since goldmark writes it as an entity (`&#160;`, `&nbsp;`) that StripHTML leaves alone.
 */
export function plainText(tree: Nodes): string {
  let raw = '';
  const walk = (node: Nodes): void => {
    if (node.type === 'text') raw += node.value.replace(/\n/g, ' ').replace(/\u00a0/g, '&#160;');
    else if (node.type === 'element') {
      if (node.tagName === 'br') {
        raw += '\n';
        return;
      }
      for (const child of node.children) walk(child);
      if (node.tagName === 'p') raw += '\n';
    } else if (node.type === 'root') for (const child of node.children) walk(child);
  };
  walk(tree);
  let out = '';
  let wasSpace = false;
  for (const ch of raw) {
    const isSpace = /^\s$/u.test(ch);
    if (!isSpace || !wasSpace) out += ch;
    wasSpace = isSpace;
  }
  return out;
}

/** Escape text for HTML (the automatic summary is plain text inside HTML). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&(?![#a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Hugo's StripHTML: line breaks become spaces, `</p>` and `<br>` line breaks, tags dropped, runs of space kept once. */
export function stripHtml(html: string): string {
  if (!/[<>]/.test(html)) return html;
  const s = html.replace(/\n|<\/p>|<br>|<br \/>/g, (m) => (m === '\n' ? ' ' : '\n'));
  let out = '';
  let inTag = false;
  let wasSpace = false;
  for (const ch of s) {
    let isSpace = false;
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else {
      isSpace = /^\s$/u.test(ch);
      if (!inTag && (!isSpace || !wasSpace)) out += ch;
    }
    wasSpace = isSpace;
  }
  return out;
}

function fields(plain: string): string[] {
  return plain.split(/\s+/u).filter((w) => w.length > 0);
}

/** `.WordCount`: whitespace-separated words; on a CJK page, each non-ASCII word counts its characters. */
export function countWords(plain: string, cjk: boolean): number {
  const words = fields(plain);
  if (!cjk) return words.length;
  let count = 0;
  for (const word of words) {
    const runes = [...word].length;
    count += new TextEncoder().encode(word).length === runes ? 1 : runes;
  }
  return count;
}

/** `.ReadingTime` in minutes: 213 words a minute, or 501 on a CJK page; rounded up. */
export function readingMinutes(words: number, cjk: boolean): number {
  return cjk ? Math.floor((words + 500) / 501) : Math.floor((words + 212) / 213);
}

function isEndOfSentence(ch: string): boolean {
  return ch === '.' || ch === '?' || ch === '!' || ch === '"' || ch === '\n';
}

/** Hugo's TruncateWordsToWholeSentence: the plain text up to the sentence end after the 70th word. */
export function autoSummary(plain: string): { summary: string; truncated: boolean } {
  let words = 0;
  let lastWordIndex = -1;
  for (let i = 0; i < plain.length; i++) {
    if (/^\s$/u.test(plain[i] ?? '')) {
      words++;
      lastWordIndex = i;
      if (words >= SUMMARY_LENGTH) break;
    }
  }
  if (lastWordIndex === -1) return { summary: plain, truncated: false };
  let end = -1;
  for (let j = lastWordIndex; j < plain.length; j++) {
    if (isEndOfSentence(plain[j] ?? '')) {
      end = j + 1;
      break;
    }
  }
  if (end === -1) return { summary: plain, truncated: false };
  return { summary: plain.slice(0, end).trim(), truncated: end < plain.length };
}

/** Hugo's TruncateWordsByRune, for CJK pages: 70 "words", each character of a non-ASCII word counting one. */
export function autoSummaryCjk(plain: string): { summary: string; truncated: boolean } {
  const words = fields(plain);
  let count = 0;
  for (let index = 0; index < words.length; index++) {
    if (count >= SUMMARY_LENGTH) return { summary: words.slice(0, index).join(' '), truncated: true };
    const word = words[index] ?? '';
    const runes = [...word];
    if (new TextEncoder().encode(word).length === runes.length) count++;
    else if (count + runes.length < SUMMARY_LENGTH) count += runes.length;
    else {
      for (let r = 0; r < runes.length; r++) {
        if (count >= SUMMARY_LENGTH) {
          return {
            summary: [...words.slice(0, index), runes.slice(0, r).join('')].join(' '),
            truncated: true,
          };
        }
        count++;
      }
    }
  }
  return { summary: words.join(' '), truncated: false };
}
