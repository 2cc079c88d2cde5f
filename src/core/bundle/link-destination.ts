/**
 * Pure: where the URL of a Markdown image, link or reference definition lies in the source, so a rename can
 * replace exactly those characters (CommonMark's link-destination rules: `<...>` or a run without spaces and
 * with balanced parentheses, backslash escapes allowed).
 */

/** A destination's span in the scanned text (inside `<>` when bracketed). */
export interface DestinationSpan {
  from: number;
  to: number;
}

/**
 * Skip a bracketed label starting at `open` (`[`), honouring escapes, nesting and code spans; returns the index
 * after its `]`, or -1 when it does not close before `end` or a blank line (a label never spans paragraphs).
 */
export function skipLabel(text: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '\n' && /^[ \t]*\r?\n/.test(text.slice(i + 1, i + 40))) return -1;
    if (ch === '`') {
      // A code span inside the label may hold brackets.
      let run = 1;
      while (text[i + run] === '`') run++;
      const close = text.indexOf('`'.repeat(run), i + run);
      if (close > 0 && close < end) {
        i = close + run - 1;
        continue;
      }
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Parse a destination starting at `at` (after optional whitespace, and line breaks when `newlines`). */
export function destinationAt(
  text: string,
  at: number,
  end: number,
  newlines: boolean,
): DestinationSpan | null {
  let i = at;
  while (
    i < end &&
    (text[i] === ' ' || text[i] === '\t' || (newlines && (text[i] === '\n' || text[i] === '\r')))
  )
    i++;
  if (text[i] === '<') {
    for (let j = i + 1; j < end; j++) {
      if (text[j] === '\\') {
        j++;
        continue;
      }
      if (text[j] === '\n') return null;
      if (text[j] === '>') return { from: i + 1, to: j };
    }
    return null;
  }
  let depth = 0;
  let j = i;
  for (; j < end; j++) {
    const ch = text[j] ?? '';
    if (ch === '\\') {
      j++;
      continue;
    }
    if (/\s/.test(ch)) break;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return j > i ? { from: i, to: j } : null;
}
