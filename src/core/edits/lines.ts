/**
 * Pure: the lines a selection touches, and the parts of a Markdown line's start (indent, quote, list marker,
 * task box, heading marks) that the block edits read and rewrite.
 */
import { rangeOf, type EditSelection, type TextChange } from './types';

/** One line: `from` its first character, `to` before its line break. */
export interface Line {
  from: number;
  to: number;
  text: string;
}

/** The lines holding the selection (a selection ending at a line's start leaves that line out). */
export function selectedLines(text: string, selection: EditSelection): Line[] {
  const range = rangeOf(selection);
  let end = range.to;
  if (end > range.from && text[end - 1] === '\n') end--;
  const lines: Line[] = [];
  let from = text.lastIndexOf('\n', range.from - 1) + 1;
  for (;;) {
    const nl = text.indexOf('\n', from);
    let to = nl < 0 ? text.length : nl;
    const contentEnd = to > from && text[to - 1] === '\r' ? to - 1 : to;
    lines.push({ from, to: contentEnd, text: text.slice(from, contentEnd) });
    if (nl < 0 || nl >= end) break;
    from = nl + 1;
    to = from;
  }
  return lines;
}

/** The parts at the start of a line, each as written (empty when absent). */
export interface LineStart {
  indent: string;
  quote: string;
  list: string;
  listKind: 'bullet' | 'ordered' | null;
  task: string;
  heading: string;
  level: number;
}

const PARTS =
  /^([ \t]*)((?:>[ \t]?)*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?(\[[ xX]\](?:[ \t]+|$))?(#{1,6}(?:[ \t]+|$))?/;

/** Read the start of `line`. */
export function readLineStart(line: string): LineStart {
  const m = PARTS.exec(line) ?? [];
  const [, indent = '', quote = '', list = '', task = '', heading = ''] = m;
  const listKind = list ? (/^\d/.test(list) ? 'ordered' : 'bullet') : null;
  return {
    indent,
    quote,
    list,
    listKind,
    task: list ? task : '',
    heading,
    level: heading ? heading.replace(/[ \t]+$/, '').length : 0,
  };
}

/**
 * Map a selection through line-prefix changes: a position inside (or at the start of) a replaced prefix moves
 * to the end of its replacement, so the caret stays in the line's content.
 */
export function mapThroughPrefixes(selection: EditSelection, changes: readonly TextChange[]): EditSelection {
  const map = (pos: number): number => {
    let shift = 0;
    for (const c of changes) {
      if (c.from > pos) break;
      if (pos <= c.to) return c.from + shift + c.insert.length;
      shift += c.insert.length - (c.to - c.from);
    }
    return pos + shift;
  };
  return { anchor: map(selection.anchor), head: map(selection.head) };
}
