/**
 * Pure: Hugo's `title` function with its default `titleCaseStyle` ("AP"). Every word gets a capital first
 * letter (the rest is left as written), except the small words (a, an, and, of, the, to, ...) that are neither
 * the first nor the last word and follow a space, `-` or `/`. So `a tale of two cities` becomes
 * `A Tale of Two Cities`, and `notes on go` becomes `Notes on Go`.
 */

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'en',
  'for',
  'if',
  'in',
  'nor',
  'of',
  'on',
  'or',
  'per',
  'the',
  'to',
  'vs',
  'vs.',
  'via',
  'v',
  'v.',
]);

/** Words as the AP converter sees them: a letter or digit, then anything but whitespace, `-` or `/`. */
const WORD = /[\p{N}\p{L}]+[^\s\-/]*/gu;

// Curly quotes, dashes and the ellipsis count as their ASCII forms when looking at neighbours.
const plain = (s: string): string =>
  s
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...');

/** `text` in AP title case, as Hugo's `title` (and `strings.Title`) gives it. */
export function titleCase(text: string): string {
  if (!text) return text;
  const neighbours = plain(text);
  const sameLength = neighbours.length === text.length;
  const charAt = (i: number): string =>
    sameLength ? (neighbours[i] ?? neighbours[0] ?? '') : (text[i] ?? '');
  return text.replace(WORD, (word, pos: number) => {
    const end = pos + word.length;
    const bounding = pos === 0 || end === text.length;
    const prev = pos > 0 ? charAt(pos - 1) : (text[0] ?? '');
    const small =
      !bounding &&
      SMALL_WORDS.has(word.toLowerCase()) &&
      (prev === ' ' || prev === '-' || prev === '/') &&
      charAt(pos - 2) !== ':' &&
      charAt(pos - 2) !== '-' &&
      (charAt(end) !== '-' || prev === '-');
    if (small) return word.toLowerCase();
    const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
    return first.toUpperCase() + word.slice(first.length);
  });
}

/** Hugo's `humanize`: dashes and underscores become spaces and only the first letter is capitalised. */
export function humanize(text: string): string {
  const spaced = text.replace(/[-_]+/g, ' ').trim();
  if (!spaced) return spaced;
  const first = String.fromCodePoint(spaced.codePointAt(0) ?? 0);
  return first.toUpperCase() + spaced.slice(first.length);
}
