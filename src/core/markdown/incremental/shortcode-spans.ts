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
