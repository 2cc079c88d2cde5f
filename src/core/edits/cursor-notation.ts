/**
 * Pure: write a text with its selection in one string, for readable edit tests. `‸` is a plain caret; `«` marks
 * the anchor and `»` the head of a selection (so `»x«` is a selection made backwards).
 */
import { applyEdit, type Edit, type EditSelection } from './types';

const CARET = '‸';
const ANCHOR = '«';
const HEAD = '»';

/** Split `"a «bc» d"` into the text and its selection. Throws on malformed notation (a test bug). */
export function parseCursor(notation: string): { text: string; selection: EditSelection } {
  const caret = notation.indexOf(CARET);
  if (caret >= 0) {
    const text = notation.slice(0, caret) + notation.slice(caret + 1);
    return { text, selection: { anchor: caret, head: caret } };
  }
  const a = notation.indexOf(ANCHOR);
  const h = notation.indexOf(HEAD);
  if (a < 0 || h < 0) throw new Error(`no selection marks in ${JSON.stringify(notation)}`);
  const text = notation.replace(ANCHOR, '').replace(HEAD, '');
  return { text, selection: { anchor: a < h ? a : a - 1, head: h < a ? h : h - 1 } };
}

/** Write `text` with `selection` in the notation `parseCursor` reads. */
export function printCursor(text: string, selection: EditSelection): string {
  const { anchor, head } = selection;
  if (anchor === head) return text.slice(0, head) + CARET + text.slice(head);
  const marks = [
    { at: anchor, mark: ANCHOR },
    { at: head, mark: HEAD },
  ].sort((x, y) => y.at - x.at);
  let out = text;
  for (const { at, mark } of marks) out = out.slice(0, at) + mark + out.slice(at);
  return out;
}

/** Run `edit` on a notation string and print the result in the same notation. */
export function runOnNotation(
  notation: string,
  edit: (text: string, selection: EditSelection) => Edit,
): string {
  const { text, selection } = parseCursor(notation);
  const result = edit(text, selection);
  return printCursor(applyEdit(text, result.changes), result.selection);
}
