/**
 * Pure: small helpers over UTF-16 offsets and lines, shared by the front matter readers and editors.
 *
 * Lines end at `\n`; a `\r` before it belongs to the line break, so CRLF text keeps its line breaks intact.
 */

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface LinePosition {
  line: number;
  column: number;
}

/** The 1-based line and column of `offset` in `text` (clamped to the text). */
export function positionAt(text: string, offset: number): LinePosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** The offset of the first character of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break that ends the line holding `offset` (the text's end on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** `offset` moved back over one line break (`\n` or `\r\n`) that ends just before it, if there is one. */
export function trimLineBreakBefore(text: string, offset: number): number {
  if (text.charCodeAt(offset - 1) !== 10) return offset;
  return text.charCodeAt(offset - 2) === 13 ? offset - 2 : offset - 1;
}

/** The text's line break style: CRLF when its first line break is CRLF, else LF (also for one-line text). */
export function detectEol(text: string): '\n' | '\r\n' {
  const nl = text.indexOf('\n');
  return nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n';
}

/** The run of spaces and tabs that starts the line holding `offset`. */
export function indentOfLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let end = start;
  while (text[end] === ' ' || text[end] === '\t') end++;
  return text.slice(start, end);
}

/** True when only spaces and tabs stand between the start of its line and `offset`. */
export function startsItsLine(text: string, offset: number): boolean {
  return text.slice(lineStartOf(text, offset), offset).trim() === '';
}
