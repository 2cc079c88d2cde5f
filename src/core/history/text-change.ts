/**
 * The smallest single change that turns one text into another (common prefix and suffix kept), so that a text
 * replaced from outside the editor (another tab's version, a restored revision) reaches CodeMirror as one
 * transaction that keeps the caret where the text did not change.
 */
import type { TextChange } from '../front-matter/types';

/**
 * One change from `before` to `after`, or null when they are equal. Never splits a UTF-16 surrogate pair, so
 * the change's bounds are always valid positions for an editor.
 */
export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
  const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start -= 1;
  if (endBefore < before.length && isLow(before.charCodeAt(endBefore))) {
    endBefore += 1;
    endAfter += 1;
  }
  return { from: start, to: endBefore, insert: after.slice(start, endAfter) };
}
