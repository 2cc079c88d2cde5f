/**
 * Pure: map offsets in the text the render pipeline parses back to the post's body as written. Hugo handles
 * shortcodes and the `<!--more-->` divider before Markdown, so the pipeline parses a rewritten body (shortcode
 * calls become placeholders, unknown `{{% %}}` calls their inner text, the divider a marker paragraph); the
 * preview's source positions are in that rewritten text. This walks the body the way `substituteShortcodes`
 * does and keeps, for each piece, where it came from. Inside a placeholder every offset maps to the call's start.
 * When the walk does not reproduce the pipeline's text exactly (its rules changed), offsets are scaled instead.
 */
import { placeholderFor, substituteShortcodes } from '../markdown/plugins/remark-hugo-parse';
import { markSummaryDivider, SUMMARY_DIVIDER } from '../markdown/plugins/summary-divider';
import { isBuiltin } from '../markdown/shortcodes/builtin-list';
import { scanShortcodes } from '../markdown/shortcodes/scan-shortcodes';

interface Segment {
  proc: number;
  orig: number;
  len: number;
  exact: boolean;
}

function walk(
  text: string,
  origBase: number,
  out: { segments: Segment[]; proc: number; calls: number },
): void {
  let orig = origBase;
  for (const piece of scanShortcodes(text)) {
    if (piece.kind === 'text') {
      out.segments.push({ proc: out.proc, orig, len: piece.value.length, exact: true });
      out.proc += piece.value.length;
      orig += piece.value.length;
    } else if (piece.delim === '%' && !isBuiltin(piece.name)) {
      if (piece.inner !== null) {
        const afterOpen = piece.raw.indexOf('}}') + 2;
        const at = piece.raw.startsWith(piece.inner, afterOpen) ? afterOpen : piece.raw.indexOf(piece.inner);
        walk(piece.inner, orig + Math.max(0, at), out);
      }
      orig += piece.raw.length;
    } else {
      const placeholder = placeholderFor(out.calls++);
      out.segments.push({ proc: out.proc, orig, len: placeholder.length, exact: false });
      out.proc += placeholder.length;
      orig += piece.raw.length;
    }
  }
}

/** A function from offsets in the parsed text to offsets in `body`. */
export function createOffsetMap(body: string): (offset: number) => number {
  const marked = markSummaryDivider(body);
  const processed = substituteShortcodes(marked, { calls: [] });
  const divider = body.indexOf(SUMMARY_DIVIDER);
  const inserted = marked.length - body.length + SUMMARY_DIVIDER.length;
  const toBody = (m: number): number => {
    if (divider < 0 || m < divider) return m;
    if (m < divider + inserted) return divider;
    return m - inserted + SUMMARY_DIVIDER.length;
  };
  if (processed === marked) return (offset) => toBody(Math.min(offset, marked.length));
  const out = { segments: [] as Segment[], proc: 0, calls: 0 };
  walk(marked, 0, out);
  const faithful =
    out.proc === processed.length &&
    out.segments.every(
      (s) => !s.exact || processed.slice(s.proc, s.proc + s.len) === marked.slice(s.orig, s.orig + s.len),
    );
  if (!faithful) {
    const scale = body.length / Math.max(1, processed.length);
    return (offset) => Math.round(offset * scale);
  }
  const { segments } = out;
  return (offset) => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid] as Segment).proc <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo];
    if (!s) return toBody(offset);
    const within = Math.min(offset - s.proc, s.len);
    return toBody(s.exact ? s.orig + Math.max(0, within) : s.orig);
  };
}
