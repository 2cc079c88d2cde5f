/**
 * Pure: Hugo's automatic heading ids (markup/goldmark/autoid.go in Hugo 0.111), in its three styles, and the
 * registry that makes repeats unique with `-1`, `-2`.
 */
import type { HeadingIdStyle } from './options';

function isAlphaNumeric(ch: string): boolean {
  return ch === '_' || /^[\p{L}\p{Nd}]$/u.test(ch);
}

/** Blackfriday's SanitizedAnchorName: letters and digits kept (lower-cased), runs of anything else one `-`. */
function blackfriday(text: string): string {
  let out = '';
  let futureDash = false;
  for (const ch of text) {
    if (/^[\p{L}\p{N}]$/u.test(ch)) {
      if (futureDash && out.length > 0) out += '-';
      futureDash = false;
      out += ch.toLowerCase();
    } else futureDash = true;
  }
  return out;
}

/** The id Hugo makes from a heading's raw text, before duplicates are numbered. */
export function sanitizeHeadingId(text: string, style: HeadingIdStyle): string {
  if (style === 'blackfriday') return blackfriday(text);
  let source = text;
  const asciiOnly = style === 'github-ascii';
  if (asciiOnly) source = source.normalize('NFD').replace(/\p{Mn}/gu, '');
  let out = '';
  for (const ch of source) {
    if (asciiOnly && ch.codePointAt(0)! > 0x7f) continue;
    if (ch === '-' || ch === ' ') out += '-';
    else if (isAlphaNumeric(ch)) out += ch.toLowerCase();
  }
  return out;
}

/** Hands out unique ids in document order, as Hugo's id factory does for one page. */
export class HeadingIdRegistry {
  private readonly used = new Set<string>();

  constructor(private readonly style: HeadingIdStyle) {}

  /** Record an id the author set (`{#id}`), so later automatic ids avoid it. */
  put(id: string): void {
    this.used.add(id);
  }

  /** The automatic id for `text`: `heading` when nothing is left, then `-1`, `-2`… for repeats. */
  generate(text: string): string {
    let id = sanitizeHeadingId(text, this.style);
    if (id === '') id = 'heading';
    if (this.used.has(id)) {
      for (let i = 1; ; i++) {
        const candidate = `${id}-${i}`;
        if (!this.used.has(candidate)) {
          id = candidate;
          break;
        }
      }
    }
    this.used.add(id);
    return id;
  }
}
