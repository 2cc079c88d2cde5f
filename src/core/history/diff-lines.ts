/**
 * A line diff for the History view: what a revision has that the current text does not, and the other way
 * round, as hunks with a few lines of context (long unchanged stretches folded). Uses jsdiff's `diffLines`.
 */
import { diffLines } from 'diff';

/** One shown line: unchanged, only in the current text (`added`), or only in the revision (`removed`). */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A run of lines to show, or a fold standing for `hidden` unchanged lines. */
export type DiffPart = { kind: 'lines'; lines: DiffLine[] } | { kind: 'fold'; hidden: number };

/** The diff, folded, with counts. */
export interface LineDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
  /** True when both texts are the same. */
  identical: boolean;
}

function splitLines(value: string): string[] {
  const lines = value.split(/\r\n|\r|\n/);
  // jsdiff values end with their line break: the split leaves one empty string after it.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Diff `from` (the older text, e.g. a revision) against `to` (e.g. the current text). Unchanged runs longer than
 * `2 * context` lines are folded, keeping `context` lines next to each change.
 */
export function diffText(from: string, to: string, context = 3): LineDiff {
  const lines: DiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const change of diffLines(from, to)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    for (const text of splitLines(change.value)) lines.push({ kind, text });
    if (kind === 'added') added += change.count;
    if (kind === 'removed') removed += change.count;
  }
  const parts: DiffPart[] = [];
  let current: DiffLine[] = [];
  const flush = (): void => {
    if (current.length) parts.push({ kind: 'lines', lines: current });
    current = [];
  };
  let i = 0;
  while (i < lines.length) {
    if (lines[i]?.kind !== 'same') {
      current.push(lines[i]!);
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]?.kind === 'same') end += 1;
    const run = lines.slice(i, end);
    const head = i === 0 ? 0 : context;
    const tail = end === lines.length ? 0 : context;
    if (run.length > head + tail + 1) {
      current.push(...run.slice(0, head));
      flush();
      parts.push({ kind: 'fold', hidden: run.length - head - tail });
      current.push(...run.slice(run.length - tail));
    } else {
      current.push(...run);
    }
    i = end;
  }
  flush();
  return { parts, added, removed, identical: added === 0 && removed === 0 };
}
