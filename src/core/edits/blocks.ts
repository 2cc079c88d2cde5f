/**
 * Pure: the line-level toolbar edits: heading levels, bullet, numbered and task lists, quotes and fenced code.
 * Each works on every line the selection touches and toggles: applying a format that all those lines already
 * have removes it. Blank lines inside a multi-line selection are left alone (they separate blocks).
 */
import { mapThroughPrefixes, readLineStart, selectedLines, type Line } from './lines';
import type { Edit, EditCommand, EditSelection, TextChange } from './types';

/** Lines an edit applies to: the non-blank ones, or the caret's line when all are blank. */
function targetLines(text: string, selection: EditSelection): Line[] {
  const lines = selectedLines(text, selection);
  const filled = lines.filter((l) => l.text.trim() !== '');
  return filled.length > 0 ? filled : lines.slice(0, 1);
}

function finish(selection: EditSelection, changes: TextChange[]): Edit {
  return { changes, selection: mapThroughPrefixes(selection, changes) };
}

/** Make the lines headings of `level` (1..6), or paragraphs with 0; the same level again removes it. */
export function setHeading(level: number): EditCommand {
  return (text, selection) => {
    const lines = targetLines(text, selection);
    const all = level > 0 && lines.every((l) => readLineStart(l.text).level === level);
    const marks = all || level === 0 ? '' : `${'#'.repeat(level)} `;
    const changes = lines.map((line) => {
      const start = readLineStart(line.text);
      const at = line.from + start.indent.length + start.quote.length + start.list.length + start.task.length;
      return { from: at, to: at + start.heading.length, insert: marks };
    });
    return finish(selection, changes);
  };
}

/** The list kinds the toolbar offers. */
export type ListKind = 'bullet' | 'ordered' | 'task';

function hasKind(line: Line, kind: ListKind): boolean {
  const start = readLineStart(line.text);
  if (kind === 'task') return start.task !== '';
  return start.listKind === kind && start.task === '';
}

/** Make the lines items of a `kind` list (numbered from 1), or plain lines when they all are already. */
export function toggleList(kind: ListKind): EditCommand {
  return (text, selection) => {
    const lines = targetLines(text, selection);
    const remove = lines.every((l) => hasKind(l, kind));
    const changes = lines.map((line, index) => {
      const start = readLineStart(line.text);
      const at = line.from + start.indent.length + start.quote.length;
      const marker = remove
        ? ''
        : kind === 'bullet'
          ? '- '
          : kind === 'ordered'
            ? `${index + 1}. `
            : '- [ ] ';
      return { from: at, to: at + start.list.length + start.task.length, insert: marker };
    });
    return finish(selection, changes);
  };
}

/** Quote the lines with `> `, or unquote them when they all are quoted. */
export const toggleQuote: EditCommand = (text, selection) => {
  const lines = selectedLines(text, selection);
  const filled = targetLines(text, selection);
  const remove = filled.every((l) => readLineStart(l.text).quote !== '');
  const changes: TextChange[] = [];
  for (const line of lines) {
    const start = readLineStart(line.text);
    const at = line.from + start.indent.length;
    if (remove) {
      const one = /^>[ \t]?/.exec(start.quote)?.[0] ?? '';
      if (one) changes.push({ from: at, to: at + one.length, insert: '' });
    } else if (line.text.trim() === '' && lines.length > 1) {
      changes.push({ from: at, to: at, insert: '>' });
    } else {
      changes.push({ from: at, to: at, insert: '> ' });
    }
  }
  return finish(selection, changes);
};

const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/** Put the lines between ``` fences, or take an enclosing pair of fences away. */
export const toggleCodeBlock: EditCommand = (text, selection) => {
  const lines = selectedLines(text, selection);
  const first = lines[0] as Line;
  const last = lines[lines.length - 1] as Line;
  const above =
    first.from > 0 ? selectedLines(text, { anchor: first.from - 1, head: first.from - 1 })[0] : null;
  const below =
    last.to < text.length ? selectedLines(text, { anchor: last.to + 1, head: last.to + 1 })[0] : null;
  if (above && below && FENCE.test(above.text) && /^[ \t]*(`{3,}|~{3,})[ \t]*$/.test(below.text)) {
    const changes: TextChange[] = [
      { from: above.from, to: first.from, insert: '' },
      { from: last.to, to: below.to, insert: '' },
    ];
    const shift = first.from - above.from;
    const map = (p: number) => Math.min(Math.max(p, first.from), last.to) - shift;
    return { changes, selection: { anchor: map(selection.anchor), head: map(selection.head) } };
  }
  const body = text.slice(first.from, last.to);
  const fence = body.includes('```') ? '~~~' : '```';
  const changes: TextChange[] = [
    { from: first.from, to: first.from, insert: `${fence}\n` },
    { from: last.to, to: last.to, insert: `\n${fence}` },
  ];
  const shift = fence.length + 1;
  return {
    changes,
    selection: { anchor: selection.anchor + shift, head: selection.head + shift },
  };
};
