/**
 * Pure: the one door through which an imported file's bytes become a post's text.
 *
 * Refuses what would not be a Markdown post with a message naming the file: over the size limit, binary
 * (NUL bytes or many control characters), not valid UTF-8, or an unexpected extension. The text keeps every
 * character of the file, a byte-order mark and CRLF line endings included, so exporting it unchanged gives
 * back the same bytes.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const IMPORT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export type ImportRead =
  { ok: true; name: string; text: string } | { ok: false; name: string; message: string };

/** Decode `bytes` of the file `name` into text, or say plainly why it cannot be imported. */
export function readTextFile(name: string, bytes: Uint8Array): ImportRead {
  const lower = name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return { ok: false, name, message: `“${name}” is not a Markdown file (.md, .markdown or .txt).` };
  }
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return { ok: false, name, message: `“${name}” is too large to import (${mb} MB; the limit is 10 MB).` };
  }
  if (looksBinary(bytes)) {
    return { ok: false, name, message: `“${name}” looks like a binary file, not text.` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      name,
      message: `“${name}” is not valid UTF-8 text. Save it as UTF-8 and import it again.`,
    };
  }
  return { ok: true, name, text };
}

/** A NUL byte, or more than 10% control bytes (other than tab, CR, LF, FF) in the first 64 KB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The bytes a post exports as: its text in UTF-8, nothing added or taken away. */
export function encodePost(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}
