/**
 * Pure: find the top-level `key = value` entries of TOML front matter, with their offsets.
 *
 * smol-toml gives values but no positions; the editor and the date reader need the exact spans. The scan
 * expects text that smol-toml already accepted, and stops at the first table header (`[x]` or `[[x]]`):
 * everything after it belongs to tables, which the form does not edit.
 */
import { nextLineStart } from './line-ranges';

/** One top-level entry, `a.b = 1` included (its path is ['a', 'b']). Offsets are into the scanned text. */
export interface TomlEntry {
  /** The key's parts, decoded (`site."my key"` gives ['site', 'my key']). */
  path: string[];
  /** Start of the line the key is on. */
  lineStart: number;
  keyStart: number;
  /** End of the key (its last part). */
  keyEnd: number;
  valueStart: number;
  /** End of the value (a multi-line string or array may span lines). */
  valueEnd: number;
  /** Just after the line break that ends the value's last line (a trailing comment included). */
  lineEnd: number;
}

/** The top-level entries, and where the tables begin. */
export interface TomlTopLevel {
  /** False when the scan met something it does not understand (the text is then not valid TOML). */
  ok: boolean;
  entries: TomlEntry[];
  /** Start of the first table header's line, or the text's length when there is none. */
  tablesStart: number;
}

/** Scan the top-level entries of valid TOML `text`. Never throws. */
export function scanTomlTopLevel(text: string): TomlTopLevel {
  const entries: TomlEntry[] = [];
  let pos = 0;
  while (pos < text.length) {
    const lineStart = pos;
    pos = skipBlanks(text, pos);
    const c = text[pos];
    if (c === undefined) break;
    if (c === '\n' || c === '\r' || c === '#') {
      pos = nextLineStart(text, pos);
      continue;
    }
    if (c === '[') return { ok: true, entries, tablesStart: lineStart };
    const keyStart = pos;
    const path: string[] = [];
    let keyEnd = pos;
    for (;;) {
      const part = readKeyPart(text, pos);
      if (!part) return { ok: false, entries, tablesStart: lineStart };
      path.push(part.value);
      keyEnd = part.end;
      pos = skipBlanks(text, part.end);
      if (text[pos] !== '.') break;
      pos = skipBlanks(text, pos + 1);
    }
    if (text[pos] !== '=') return { ok: false, entries, tablesStart: lineStart };
    const valueStart = skipBlanks(text, pos + 1);
    const valueEnd = scanValue(text, valueStart);
    pos = nextLineStart(text, valueEnd);
    entries.push({ path, lineStart, keyStart, keyEnd, valueStart, valueEnd, lineEnd: pos });
  }
  return { ok: true, entries, tablesStart: text.length };
}

/** End of the value that starts at `pos`: a string, an array or inline table, or a bare scalar. */
export function scanValue(text: string, pos: number): number {
  if (text.startsWith('"""', pos) || text.startsWith("'''", pos)) {
    const quote = text.slice(pos, pos + 3);
    for (let i = pos + 3; i < text.length; i++) {
      if (quote === '"""' && text[i] === '\\') i++;
      else if (text.startsWith(quote, i)) {
        let end = i + 3;
        // Up to two quotes of the content may stand right before the closing delimiter.
        while (end < i + 5 && text[end] === quote[0]) end++;
        return end;
      }
    }
    return text.length;
  }
  const c = text[pos];
  if (c === '"') {
    for (let i = pos + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '"') return i + 1;
      else if (text[i] === '\n') return i;
    }
    return text.length;
  }
  if (c === "'") {
    const end = text.indexOf("'", pos + 1);
    return end < 0 ? text.length : end + 1;
  }
  if (c === '[' || c === '{') return scanBrackets(text, pos);
  let end = pos;
  while (end < text.length && text[end] !== '\n' && text[end] !== '#') end++;
  while (end > pos && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

function scanBrackets(text: string, pos: number): number {
  let depth = 0;
  let i = pos;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i = scanValue(text, i);
      continue;
    }
    if (c === '#') {
      i = nextLineStart(text, i);
      continue;
    }
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return text.length;
}

function readKeyPart(text: string, pos: number): { value: string; end: number } | null {
  const c = text[pos];
  if (c === '"' || c === "'") {
    const end = scanValue(text, pos);
    const raw = text.slice(pos + 1, end - 1);
    return { value: c === '"' ? decodeBasic(raw) : raw, end };
  }
  const m = /^[A-Za-z0-9_-]+/.exec(text.slice(pos, pos + 256));
  if (!m) return null;
  let end = pos + m[0].length;
  while (/[A-Za-z0-9_-]/.test(text[end] ?? '')) end++;
  return { value: text.slice(pos, end), end };
}

const ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

/** Decode the escapes of a TOML basic string's content. */
export function decodeBasic(raw: string): string {
  return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (whole, esc: string) => {
    const code = esc.length > 1 ? Number.parseInt(esc.slice(1), 16) : -1;
    if (code > 0x10ffff) return whole;
    if (code >= 0) return String.fromCodePoint(code);
    return ESCAPES[esc] ?? whole;
  });
}

function skipBlanks(text: string, pos: number): number {
  while (text[pos] === ' ' || text[pos] === '\t') pos++;
  return pos;
}
