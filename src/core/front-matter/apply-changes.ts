/**
 * Pure: apply a list of text changes to a string, the way CodeMirror applies a ChangeSpec array.
 */
import type { TextChange } from './types';

/**
 * The text with `changes` applied. Every change refers to offsets in the ORIGINAL text (as in one CodeMirror
 * transaction), so their order does not matter; they must not overlap (a change starting inside an earlier one
 * is applied from that one's end). Offsets are clamped to the text.
 */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.from - b.from || a.to - b.to);
  let out = '';
  let pos = 0;
  for (const change of sorted) {
    const from = Math.max(pos, Math.min(change.from, text.length));
    const to = Math.max(from, Math.min(change.to, text.length));
    out += text.slice(pos, from) + change.insert;
    pos = to;
  }
  return out + text.slice(pos);
}
