/**
 * Pure: the file references in a Markdown body, found by a linear scan (no full parse: this runs whenever
 * typing pauses, on posts of any size). Code is blanked first (`mask-code`), then the scan finds inline images
 * and links, reference definitions (an image when an image uses its label), `<img src>` in raw HTML and `src`
 * in shortcodes. Each comes with its URL's exact span in the body and the URL as a renderer reads it.
 */
import { destinationAt, skipLabel } from './link-destination';
import { maskCode } from './mask-code';

/** One reference found in a body. */
export interface BodyRef {
  source: 'image' | 'link' | 'html' | 'shortcode';
  /** The URL as the renderer reads it: `<>` removed, backslash escapes and character references resolved. */
  url: string;
  /** The URL's characters in the body. */
  from: number;
  to: number;
}

/** How far a label may run (CommonMark caps link labels at 999 characters; link texts rarely go further). */
const MAX_LABEL = 4000;
const DEFINITION = /^ {0,3}\[(?!\^)((?:[^\\\]\n]|\\.|\n(?![ \t]*\n)){1,999})\]:[ \t]*/gm;
const HTML_IMG = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const SHORTCODE_SRC =
  /\{\{[<%]\s*\/?[\w./-]+\b(?:(?![>%]\}\}).)*?\bsrc\s*=\s*(?:"([^"]*)"|`([^`]*)`|([^\s"'`>%}]+))/gs;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** A destination's text as the renderer reads it. */
export function readDestination(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/** A label's identifier as CommonMark compares them (case and inner whitespace do not matter). */
export function labelId(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase();
}

const escaped = (text: string, at: number): boolean => {
  let n = 0;
  while (text[at - 1 - n] === '\\') n++;
  return n % 2 === 1;
};

function attr(m: RegExpExecArray): { value: string; at: number } {
  const value = m[1] ?? m[2] ?? m[3] ?? '';
  const quoted = m[1] !== undefined || m[2] !== undefined;
  return { value, at: m.index + m[0].length - value.length - (quoted ? 1 : 0) };
}

/** Every reference in `body`, in source order. */
export function scanBody(body: string): BodyRef[] {
  const text = maskCode(body);
  const refs: BodyRef[] = [];
  const imageLabels = new Set<string>();
  const definitions: { id: string; from: number; to: number }[] = [];
  const span = (source: BodyRef['source'], from: number, to: number): BodyRef => ({
    source,
    url: readDestination(body.slice(from, to)),
    from,
    to,
  });

  for (const m of text.matchAll(DEFINITION)) {
    const dest = destinationAt(text, m.index + m[0].length, text.length, true);
    if (dest) definitions.push({ id: labelId(m[1] ?? ''), ...dest });
  }
  const definitionStarts = new Set(definitions.map((d) => d.from));

  for (let open = text.indexOf('['); open >= 0; open = text.indexOf('[', open + 1)) {
    if (escaped(text, open)) continue;
    const image = text[open - 1] === '!' && !escaped(text, open - 1);
    const close = skipLabel(text, open, Math.min(text.length, open + MAX_LABEL));
    if (close < 0) continue;
    if (text[close] === '(') {
      const dest = destinationAt(text, close + 1, text.length, true);
      if (dest && !definitionStarts.has(dest.from))
        refs.push(span(image ? 'image' : 'link', dest.from, dest.to));
    } else if (image && text[close] !== ':') {
      let label = text.slice(open + 1, close - 1);
      if (text[close] === '[') {
        const second = skipLabel(text, close, Math.min(text.length, close + MAX_LABEL));
        const inner = second > 0 ? text.slice(close + 1, second - 1) : '';
        if (inner.trim()) label = inner;
      }
      imageLabels.add(labelId(label));
    }
  }
  for (const def of definitions) {
    refs.push(span(imageLabels.has(def.id) ? 'image' : 'link', def.from, def.to));
  }
  for (const m of text.matchAll(HTML_IMG)) {
    const { value, at } = attr(m);
    refs.push(span('html', at, at + value.length));
  }
  for (const m of text.matchAll(SHORTCODE_SRC)) {
    const { value, at } = attr(m);
    refs.push(span('shortcode', at, at + value.length));
  }
  return refs.sort((a, b) => a.from - b.from);
}
