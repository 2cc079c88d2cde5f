/**
 * Pure: the stretches of a body that shortcode calls cover (opening tag to closing tag, or the one tag), found
 * with the pipeline's own shortcode scanner. No block may be cut inside one: Hugo replaces the whole call before
 * Markdown sees the text, so blank lines inside it do not separate blocks.
 */
import { scanShortcodes } from '../shortcodes/scan-shortcodes';
import type { Span } from './scan-blocks';

/** The spans of every call in `body`, in order (empty, and quick, when the body has no `{{`). */
export function shortcodeSpans(body: string): Span[] {
  if (!body.includes('{{')) return [];
  const spans: Span[] = [];
  let pos = 0;
  for (const piece of scanShortcodes(body)) {
    if (piece.kind !== 'shortcode') continue;
    // Pieces come in order and `raw` is the exact source of the call, so each is found from the last one on.
    const at = body.indexOf(piece.raw, pos);
    if (at < 0) continue;
    pos = at + piece.raw.length;
    spans.push({ start: at, end: pos });
  }
  return spans;
}

const TAG_CHARS = /[{}<>%/]/;

/**
 * The spans after an edit that replaced `old[from, oldTo)` by `body[from, newTo)`: shifted when the edit
 * touches no call and could not make or break one (no tag characters removed or typed), else found again.
 */
export function nextSpans(
  spans: readonly Span[],
  old: string,
  body: string,
  from: number,
  oldTo: number,
  newTo: number,
): Span[] {
  const touched = spans.some((span) => span.start < oldTo + 2 && span.end > from - 2);
  if (
    touched ||
    TAG_CHARS.test(old.slice(Math.max(0, from - 2), oldTo + 2)) ||
    TAG_CHARS.test(body.slice(Math.max(0, from - 2), newTo + 2))
  ) {
    return shortcodeSpans(body);
  }
  const delta = newTo - oldTo;
  return spans.map((span) =>
    span.start >= oldTo ? { start: span.start + delta, end: span.end + delta } : span,
  );
}
