/**
 * Pure: toggle inline Markdown marks (bold, italic, strikethrough, inline code) around the selection.
 *
 * With a selection: unwrap when the marks sit just outside or just inside it, else wrap it (spaces at its ends
 * stay outside, since `** word**` is not bold in CommonMark). With a caret inside a word: the word. With a
 * caret elsewhere: an empty pair with the caret between, or, between an empty pair, remove it. `*` runs are
 * read by length so italic and bold tell each other apart (`***x***` is both).
 */
import type { TextChange } from '../front-matter/types';
import { rangeOf, type Edit, type EditCommand } from './types';

/** The inline marks the toolbar offers. */
export type InlineMark = 'bold' | 'italic' | 'strikethrough' | 'code';

interface MarkSpec {
  /** What wrapping writes. */
  write: string;
  /** Delimiter characters that count as this mark when reading. */
  chars: string[];
  /** Whether a run of `n` delimiter characters on each side carries this mark. */
  carries(n: number): boolean;
  /** How many characters unwrapping removes on each side. */
  size: number;
}

const SPECS: Record<InlineMark, MarkSpec> = {
  bold: { write: '**', chars: ['*', '_'], carries: (n) => n >= 2, size: 2 },
  italic: { write: '*', chars: ['*', '_'], carries: (n) => n % 2 === 1, size: 1 },
  strikethrough: { write: '~~', chars: ['~'], carries: (n) => n >= 2, size: 2 },
  code: { write: '`', chars: ['`'], carries: (n) => n === 1, size: 1 },
};

const WORD = /[\p{L}\p{N}_'’-]/u;

function runBefore(text: string, at: number, ch: string): number {
  let n = 0;
  while (at - n - 1 >= 0 && text[at - n - 1] === ch) n++;
  return n;
}

function runAfter(text: string, at: number, ch: string): number {
  let n = 0;
  while (text[at + n] === ch) n++;
  return n;
}

/** The delimiter character wrapping [from, to) from outside, if the mark is there. */
function markOutside(text: string, from: number, to: number, spec: MarkSpec): boolean {
  return spec.chars.some((ch) => {
    const left = runBefore(text, from, ch);
    const right = runAfter(text, to, ch);
    return left > 0 && spec.carries(left) && spec.carries(right);
  });
}

/** The mark just inside [from, to) (the selection includes its delimiters). */
function markInside(text: string, from: number, to: number, spec: MarkSpec): boolean {
  const inner = text.slice(from, to);
  return spec.chars.some((ch) => {
    const left = runAfter(inner, 0, ch);
    const right = runBefore(inner, inner.length, ch);
    return left < inner.length && left > 0 && spec.carries(left) && spec.carries(right);
  });
}

function wordAround(text: string, pos: number): { from: number; to: number } | null {
  let from = pos;
  let to = pos;
  while (from > 0 && WORD.test(text[from - 1] ?? '')) from--;
  while (to < text.length && WORD.test(text[to] ?? '')) to++;
  if (from === pos || to === pos) return null;
  return { from, to };
}

function unwrapOutside(from: number, to: number, size: number, keep: { anchor: number; head: number }): Edit {
  const changes: TextChange[] = [
    { from: from - size, to: from, insert: '' },
    { from: to, to: to + size, insert: '' },
  ];
  const shift = (p: number): number => {
    if (p < from - size) return p;
    if (p < from) return from - size;
    if (p <= to) return p - size;
    return p < to + size ? to - size : p - 2 * size;
  };
  return { changes, selection: { anchor: shift(keep.anchor), head: shift(keep.head) } };
}

/** The edit that toggles `mark` at the selection. */
export function toggleInline(mark: InlineMark): EditCommand {
  const spec = SPECS[mark];
  const m = spec.write;
  return (text, selection) => {
    let { from, to } = rangeOf(selection);
    if (from === to) {
      const empty = spec.chars.find(
        (ch) => text.slice(from - spec.size, from + spec.size) === ch.repeat(spec.size * 2),
      );
      if (empty) {
        return {
          changes: [{ from: from - spec.size, to: from + spec.size, insert: '' }],
          selection: { anchor: from - spec.size, head: from - spec.size },
        };
      }
      const word = wordAround(text, from);
      if (!word) {
        return {
          changes: [{ from, to, insert: m + m }],
          selection: { anchor: from + m.length, head: from + m.length },
        };
      }
      if (markOutside(text, word.from, word.to, spec))
        return unwrapOutside(word.from, word.to, spec.size, selection);
      return {
        changes: [
          { from: word.from, to: word.from, insert: m },
          { from: word.to, to: word.to, insert: m },
        ],
        selection: { anchor: from + m.length, head: from + m.length },
      };
    }
    // Spaces at the selection's ends stay outside the marks.
    while (from < to && /\s/.test(text[from] ?? '')) from++;
    while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
    if (from === to) return { changes: [], selection };
    const forward = selection.head >= selection.anchor;
    const select = (a: number, b: number): Edit['selection'] =>
      forward ? { anchor: a, head: b } : { anchor: b, head: a };
    if (markOutside(text, from, to, spec)) {
      return {
        changes: [
          { from: from - spec.size, to: from, insert: '' },
          { from: to, to: to + spec.size, insert: '' },
        ],
        selection: select(from - spec.size, to - spec.size),
      };
    }
    if (markInside(text, from, to, spec)) {
      return {
        changes: [
          { from, to: from + spec.size, insert: '' },
          { from: to - spec.size, to, insert: '' },
        ],
        selection: select(from, to - 2 * spec.size),
      };
    }
    return {
      changes: [
        { from, to: from, insert: m },
        { from: to, to, insert: m },
      ],
      selection: select(from + m.length, to + m.length),
    };
  };
}
