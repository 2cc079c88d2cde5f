/**
 * Pure: goldmark's attribute syntax, `{#id .class key=value}`, as read at the end of a heading.
 */

/** Attributes read from `{...}`: an id, classes, and other key/value pairs. */
export interface BlockAttributes {
  id?: string;
  classes: string[];
  other: Record<string, string>;
}

const ITEM = /\s*(?:#([^\s}#.]+)|\.([^\s}#.]+)|([A-Za-z_:][\w.:-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s}"']+))?)/y;

/** Parse the attribute list `text`, which starts with `{` and ends with `}`; null when it is not one. */
export function parseAttributes(text: string): BlockAttributes | null {
  if (!text.startsWith('{') || !text.endsWith('}')) return null;
  const body = text.slice(1, -1);
  const out: BlockAttributes = { classes: [], other: {} };
  let pos = 0;
  ITEM.lastIndex = 0;
  while (pos < body.length) {
    if (/^\s*$/.test(body.slice(pos))) break;
    ITEM.lastIndex = pos;
    const m = ITEM.exec(body);
    if (!m || m[0].length === 0) return null;
    pos = ITEM.lastIndex;
    if (m[1] !== undefined) out.id = m[1];
    else if (m[2] !== undefined) out.classes.push(m[2]);
    else if (m[3] !== undefined) {
      const raw = m[4];
      if (raw === undefined) return null;
      out.other[m[3]] = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    }
  }
  return out;
}

/**
 * Find a trailing attribute list at the end of `line` (a heading's text). Returns where it starts and what it
 * holds, or null. An escaped `\{` never starts one.
 */
export function trailingAttributes(line: string): { start: number; attributes: BlockAttributes } | null {
  const trimmed = line.replace(/\s+$/, '');
  if (!trimmed.endsWith('}')) return null;
  // lastIndexOf from -1 searches from 0 again: after the first character, stop.
  for (
    let start = trimmed.lastIndexOf('{');
    start >= 0;
    start = start > 0 ? trimmed.lastIndexOf('{', start - 1) : -1
  ) {
    if (start > 0 && trimmed[start - 1] === '\\') continue;
    const attributes = parseAttributes(trimmed.slice(start));
    if (attributes) return { start, attributes };
  }
  return null;
}
