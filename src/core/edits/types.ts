/**
 * Pure: the shape of a toolbar or shortcut edit. An edit reads the text and the selection and answers with
 * text changes (applied together, offsets into the text before the edit, as CodeMirror's ChangeSpec) and the
 * selection to show afterwards (offsets into the text after the edit).
 */
import type { TextChange } from '../front-matter/types';

export type { TextChange };

/** A selection: `anchor` stays put, `head` is where the caret is. Equal for a plain caret. */
export interface EditSelection {
  anchor: number;
  head: number;
}

/** What an edit produces. */
export interface Edit {
  changes: TextChange[];
  selection: EditSelection;
}

/** An edit function: `(text, selection) -> { changes, selection }`. */
export type EditCommand = (text: string, selection: EditSelection) => Edit;

/** The lower and upper end of a selection. */
export function rangeOf(selection: EditSelection): { from: number; to: number } {
  return { from: Math.min(selection.anchor, selection.head), to: Math.max(selection.anchor, selection.head) };
}

/**
 * Where `pos` (an offset before the changes) lands after `changes` (sorted, not overlapping). A position at
 * an insertion point stays before the inserted text unless `assoc` is 1.
 */
export function mapPosition(pos: number, changes: readonly TextChange[], assoc: -1 | 1 = -1): number {
  let shift = 0;
  for (const c of changes) {
    if (c.from > pos || (c.from === pos && c.to === pos && assoc < 0)) break;
    if (c.to <= pos) {
      shift += c.insert.length - (c.to - c.from);
      continue;
    }
    // Inside a replaced range: stick to the start (or end) of its replacement.
    return c.from + shift + (assoc > 0 ? c.insert.length : 0);
  }
  return pos + shift;
}

/** Apply sorted, non-overlapping `changes` to `text`. */
export function applyEdit(text: string, changes: readonly TextChange[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
}
