/**
 * Pure: render a small edit of one block on its own, at once, while the incremental engine (in the render
 * worker) works out the authoritative render. This is what lets the preview show a typed character in the
 * keystroke's own task instead of a worker round trip later.
 *
 * Only edits that cannot change how the post is cut into blocks are echoed: the removed and the inserted text
 * hold no line break, the edited line is not blank, and it lies inside one block the engine rendered in context
 * (see `EchoHint`: no code to colour). The block is rendered through the same pipeline (a renderer made with
 * the page's params, as the engine's) with what its last render took from the rest of the post (definitions it
 * mentions, the summary divider, footnote numbers). Anything the guess cannot know (a heading id that repeats one elsewhere, a footnote reference that
 * changed label) comes right when the engine's render arrives and replaces the echo; a render that opens
 * fenced code or an HTML block past the block's end is not echoed at all.
 */
import type { BlockRenderer, FootnoteNumber, FootnoteRef } from './block-render';
import type { EchoHint } from './engine';
import { commonPrefix, commonSuffix } from './text-diff';

/** A block as a view shows it: its id, where it sits in the post, and its hint (null: not echoable). */
export interface EchoBlock {
  id: number;
  start: number;
  end: number;
  hint: EchoHint | null;
}

/** An echoed render of block `id`, which now spans `start`..`end` of the new text. */
export interface Echo {
  id: number;
  start: number;
  end: number;
  html: string;
  /** How much longer the text got (blocks after this one move by it). */
  delta: number;
}

/** Where `prev` and `next` differ: `from`..`oldTo` in `prev` became `from`..`newTo` in `next`. */
export function findEdit(prev: string, next: string): { from: number; oldTo: number; newTo: number } {
  const from = commonPrefix(prev, next);
  const suffix = commonSuffix(prev, next, Math.min(prev.length, next.length) - from);
  return { from, oldTo: prev.length - suffix, newTo: next.length - suffix };
}

const BREAK = /[\r\n]/;
const SHORTCODE_TAG = /\{\{[<%][\s\S]*?[>%]\}\}|\{\{|\}\}/g;

/**
 * The shortcode tags on a line, as one string: an edit that changes them (say, breaks `{{<` apart) may change
 * which blocks a paired shortcode spans, so it is left to the engine.
 */
function shortcodeTags(line: string): string {
  return line.includes('{{') || line.includes('}}') ? (line.match(SHORTCODE_TAG) ?? []).join('\u0000') : '';
}

class NotEchoable extends Error {}

/**
 * The echo of the edit from `prev` to `next`, or null when it is not a one-block edit this can render alone.
 * `blockAt(offset)` finds the view's block holding `offset` of `prev` (null: none).
 */
export function echoEdit(
  renderer: BlockRenderer,
  prev: string,
  next: string,
  blockAt: (offset: number) => EchoBlock | null,
): Echo | null {
  if (prev === next) return null;
  const { from, oldTo, newTo } = findEdit(prev, next);
  if (BREAK.test(prev.slice(from, oldTo)) || BREAK.test(next.slice(from, newTo))) return null;
  const block = blockAt(from);
  const hint = block?.hint;
  if (!block || !hint || from < block.start) return null;
  // The edit must sit on a line of the block, before its closing line break (or at the very end of the post).
  if (oldTo > block.end || (oldTo === block.end && block.end !== prev.length)) return null;
  const lineStart = prev.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = prev.indexOf('\n', oldTo);
  const delta = next.length - prev.length;
  const line = prev.slice(lineStart, lineEnd < 0 ? prev.length : lineEnd);
  if (line.trim() === '') return null;
  const nextLine = next.slice(lineStart, lineEnd < 0 ? next.length : lineEnd + delta);
  if (shortcodeTags(line) !== shortcodeTags(nextLine)) return null;
  const source = next.slice(block.start, block.end + delta);
  let result;
  try {
    result = renderer.render(source, {
      prefix: hint.prefix,
      laterDivider: hint.laterDivider,
      firstDivider: hint.firstDivider,
      // Ids as if the block's headings were the post's only ones: right unless one repeats another heading.
      headingIds: () => null,
      footnotes: (refs: readonly FootnoteRef[]): (FootnoteNumber | null)[] => {
        if (refs.length !== hint.footnotes.length) throw new NotEchoable();
        return hint.footnotes;
      },
    });
  } catch {
    return null;
  }
  const { info } = result;
  if (!result.present || info.openAtEnd || info.unsupported || info.codeLangs.length) return null;
  return { id: block.id, start: block.start, end: block.end + delta, html: result.html, delta };
}
