/**
 * Pure: where a post's body may be cut into top-level blocks that render on their own, found by a line scan
 * (no Markdown parse). A candidate cut is the start of a line that follows a blank line, starts at column 0,
 * is not a list marker or a definition (`:`) line, does not start a definition term, and lies outside fenced
 * code, outside HTML blocks that run over blank lines (`<!--`, `<pre>`, ...) and outside paired shortcodes.
 *
 * A candidate is a guess, not a promise: the engine confirms each cut from the real parse of the block before
 * it (see `openAtEnd` in block-render.ts) and merges the blocks when the parse disagrees.
 */

/** A stretch of the body no cut may fall inside (a paired shortcode call, opening to closing tag). */
export interface Span {
  start: number;
  end: number;
}

export type ScanState =
  { kind: 'none' } | { kind: 'fence'; char: string; length: number } | { kind: 'html'; end: RegExp };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*\r?$/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|\r?$)/;
const DEFINITION_LINE = /^ {0,3}:/;
const BLANK = /^[ \t]*\r?$/;

/** HTML blocks that do not end at a blank line (CommonMark types 1 to 5): how they start and end. */
const HTML_BLOCKS: readonly [RegExp, RegExp][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The state after `line` when it opens fenced code or a long HTML block; null when it opens neither. */
export function openedBy(line: string): ScanState | null {
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const run = fence[1] ?? '';
    const char = run.charAt(0);
    if (char === '`' && (fence[2] ?? '').includes('`')) return null;
    return { kind: 'fence', char, length: run.length };
  }
  for (const [start, end] of HTML_BLOCKS) {
    if (!start.test(line)) continue;
    // The end condition may be met on the opening line itself, after the opener's first two characters.
    return end.test(line.slice(line.indexOf('<') + 2)) ? null : { kind: 'html', end };
  }
  return null;
}

/** True when `line` closes fenced code opened with `char` repeated `length` times. */
export function closesFence(line: string, char: string, length: number): boolean {
  const m = FENCE_CLOSE.exec(line);
  const run = m?.[1];
  return run !== undefined && run.charAt(0) === char && run.length >= length;
}

/**
 * True when a paragraph starting at `from` (the line after a candidate) is a definition term. A paired shortcode
 * call is one line of the paragraph, whatever blank lines it holds (Hugo replaces it before Markdown is read).
 */
function startsDefinition(text: string, from: number, spans: readonly Span[]): boolean {
  let pos = from;
  let blankSeen = false;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const span = spans.length > 0 ? spanFrom(spans, pos, end) : null;
    if (span) {
      if (blankSeen) return false;
      const after = text.indexOf('\n', span.end);
      if (after < 0) return false;
      pos = after + 1;
      continue;
    }
    const line = text.slice(pos, end);
    if (BLANK.test(line)) {
      if (blankSeen) return false;
      blankSeen = true;
    } else if (DEFINITION_LINE.test(line)) return true;
    else if (blankSeen) return false;
    if (nl < 0) return false;
    pos = nl + 1;
  }
  return false;
}

/** The span (from `spans`, sorted by start) that contains `pos` or starts on the line [pos, lineEnd). */
function spanFrom(spans: readonly Span[], pos: number, lineEnd: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  let found: Span | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as Span;
    if (span.start < lineEnd) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && found.end > pos ? found : null;
}

/**
 * Candidate cuts in `text` after `start`, in order. `start` must be a cut (or 0): the scan starts there with
 * nothing open. Lazy: the caller stops when it has what it needs.
 */
export function* candidateCuts(text: string, start: number, spans: readonly Span[] = []): Generator<number> {
  let state: ScanState = { kind: 'none' };
  let prevBlank = false;
  let pos = start;
  let first = true;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    const span = spans.length > 0 ? spanFrom(spans, pos, lineEnd) : null;
    if (span && span.start <= pos) {
      // Inside a paired shortcode: no cut, no fence or HTML tracking until the line after its end.
      const after = text.indexOf('\n', span.end);
      pos = after < 0 ? text.length : after + 1;
      prevBlank = false;
      first = false;
      continue;
    }
    const line = text.slice(pos, lineEnd);
    if (state.kind === 'fence') {
      if (closesFence(line, state.char, state.length)) state = { kind: 'none' };
    } else if (state.kind === 'html') {
      if (state.end.test(line)) state = { kind: 'none' };
    } else if (BLANK.test(line)) {
      prevBlank = true;
      pos = next;
      first = false;
      continue;
    } else {
      if (
        prevBlank &&
        !first &&
        line.charCodeAt(0) !== 32 &&
        line.charCodeAt(0) !== 9 &&
        !LIST_MARKER.test(line) &&
        !DEFINITION_LINE.test(line) &&
        !startsDefinition(text, next, spans)
      ) {
        yield pos;
      }
      state = openedBy(line) ?? state;
    }
    prevBlank = false;
    first = false;
    if (span) {
      // A paired shortcode starts on this line: skip to the line after its end.
      const after = text.indexOf('\n', span.end);
      pos = after < 0 ? text.length : after + 1;
      continue;
    }
    pos = next;
  }
}
