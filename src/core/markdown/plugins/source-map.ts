/**
 * Pure: map each character of an mdast text node's value back to its offset in the parsed source, so rules
 * that goldmark applies while reading the source (typographer) can see the characters around it.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Per value character: its source offset, or -1 when it came from an escape or an entity (left alone). */
export type SourceOffsets = Int32Array;

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

function decodeEntityAt(source: string, at: number): { length: number; value: string } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(source);
  if (!m) return null;
  let value: string | false = false;
  if (m[1] !== undefined || m[2] !== undefined) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] ?? '0', 10);
    value = code > 0x10ffff || code === 0 ? '\uFFFD' : String.fromCodePoint(code);
  } else value = decodeNamedCharacterReference(m[3] ?? '');
  return value === false ? null : { length: m[0].length, value };
}

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/**
 * Align `value` with `source[start..end)`. Returns null when they cannot be aligned (the caller then leaves
 * the node alone rather than guessing).
 */
export function alignToSource(
  value: string,
  source: string,
  start: number,
  end: number,
): SourceOffsets | null {
  const out = new Int32Array(value.length);
  let p = start;
  let i = 0;
  while (i < value.length) {
    const v = value[i];
    if (p >= end) return null;
    const s = source[p];
    if (s === '\\' && p + 1 < end && source[p + 1] === v && ASCII_PUNCT.test(v ?? '')) {
      out[i++] = -1;
      p += 2;
      continue;
    }
    if (s === v) {
      out[i++] = p++;
      continue;
    }
    if (s === '&') {
      const entity = decodeEntityAt(source, p);
      if (entity && value.startsWith(entity.value, i)) {
        for (let k = 0; k < entity.value.length; k++) out[i++] = -1;
        p += entity.length;
        continue;
      }
    }
    // Source characters Markdown drops (indentation, `>` markers, a line's trailing spaces or `\r`).
    p++;
  }
  return out;
}
