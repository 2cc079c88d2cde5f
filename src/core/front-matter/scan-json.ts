/**
 * Pure: check JSON front matter strictly and find its top-level entries, with offsets.
 *
 * JSON.parse says neither where it failed in a way every browser agrees on, nor where each key's value lies.
 * This scanner does both; the reader still uses JSON.parse for the values once the scan says the text is valid.
 */

/** One top-level `"key": value` entry. Offsets are into the scanned text. */
export interface JsonEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** The scan's answer: the object's entries, or the first problem (at an offset into the text). */
export type JsonScan =
  | {
      ok: true;
      entries: JsonEntry[];
      /** Offsets of the object's `{` and `}`. */
      objectStart: number;
      objectEnd: number;
      /** Keys repeated within one object, at any depth (the last one wins). */
      duplicates: { key: string; offset: number }[];
    }
  | { ok: false; message: string; offset: number };

/** How deep objects and arrays may nest before the scan gives up (a guard against stack exhaustion). */
const MAX_DEPTH = 512;

/** Scan `text`, which must be one JSON object and nothing else but whitespace. Never throws. */
export function scanJson(text: string): JsonScan {
  const entries: JsonEntry[] = [];
  const duplicates: { key: string; offset: number }[] = [];
  let pos = 0;
  const fail = (message: string, offset = pos): never => {
    throw new ScanFailure(message, offset);
  };
  const ws = () => {
    while (pos < text.length && ' \t\n\r'.includes(text.charAt(pos))) pos++;
  };
  const str = () => {
    if (text[pos] !== '"') fail('expected a string in double quotes');
    for (pos++; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 34) return void pos++;
      if (c < 32) fail('control character in a string');
      if (c === 92) {
        const e = text.charAt(pos + 1);
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 5;
        else if ('"\\/bfnrt'.includes(e) && e !== '') pos++;
        else fail('invalid escape in a string', pos);
      }
    }
    fail('string is not closed');
  };
  const value = (depth: number) => {
    ws();
    const c = text.charAt(pos);
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) fail('nested too deeply');
      return container(depth + 1);
    }
    if (c === '"') return str();
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    m.lastIndex = pos;
    const found = m.exec(text);
    if (!found) fail(pos >= text.length ? 'unexpected end of the object' : `unexpected character "${c}"`);
    pos = m.lastIndex;
  };
  const container = (depth: number) => {
    const close = text[pos] === '{' ? '}' : ']';
    const keys = new Set<string>();
    pos++;
    ws();
    if (text[pos] === close) return void pos++;
    for (;;) {
      if (close === '}') {
        ws();
        const keyStart = pos;
        str();
        const keyEnd = pos;
        const key = JSON.parse(text.slice(keyStart, keyEnd)) as string;
        if (keys.has(key)) duplicates.push({ key, offset: keyStart });
        keys.add(key);
        ws();
        if (text[pos] !== ':') fail('expected ":" after a key');
        pos++;
        ws();
        const valueStart = pos;
        value(depth);
        if (depth === 1) entries.push({ key, keyStart, keyEnd, valueStart, valueEnd: pos });
      } else value(depth);
      ws();
      if (text[pos] === close) return void pos++;
      if (text[pos] !== ',') fail(`expected "," or "${close}"`);
      pos++;
    }
  };
  try {
    ws();
    const objectStart = pos;
    if (text[pos] !== '{') fail('JSON front matter must be an object');
    container(1);
    const objectEnd = pos - 1;
    ws();
    if (pos < text.length) fail('unexpected text after the object');
    return { ok: true, entries, objectStart, objectEnd, duplicates };
  } catch (e) {
    if (e instanceof ScanFailure) return { ok: false, message: e.message, offset: e.offset };
    return { ok: false, message: e instanceof Error ? e.message : String(e), offset: 0 };
  }
}

/** Internal: unwinds the scan to its one catch. */
class ScanFailure extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
