/**
 * Pure: which files may become a draft's images. The type is read from the file's first bytes, never trusted
 * from its name or the browser's MIME guess, so a renamed PDF is refused and a JPEG called `.png` is known for
 * what it is. Accepted: PNG, JPEG, GIF, WebP, AVIF and SVG, up to `MAX_IMAGE_BYTES`.
 */

/** The largest image a draft accepts (20 MB): bigger ones are refused with a message. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** How many leading bytes `sniffImageType` needs to decide (SVG may start after a long XML prolog). */
export const SNIFF_BYTES = 4096;

/** The image kinds a draft can hold. */
export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';

/** MIME type per kind (what the Blob is stored and served as). */
export const IMAGE_MIME: Record<ImageKind, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** File extensions per kind; the first is the one given to a file whose own extension does not fit. */
export const IMAGE_EXTENSIONS: Record<ImageKind, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  avif: ['avif'],
  svg: ['svg'],
};

const startsWith = (bytes: Uint8Array, at: number, sig: readonly number[]): boolean =>
  sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/**
 * The image kind of a file from its first bytes (pass at least `SNIFF_BYTES` when there are that many), or
 * null when it is none of the accepted kinds. SVG is recognised as UTF-8 text whose first element is `<svg`
 * (after an optional byte-order mark, XML declaration, comments and doctype).
 */
export function sniffImageType(head: Uint8Array): ImageKind | null {
  if (startsWith(head, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
  const six = ascii(head, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return 'gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'webp';
  if (ascii(head, 4, 4) === 'ftyp' && isAvifBrand(head)) return 'avif';
  if (looksLikeSvg(head)) return 'svg';
  return null;
}

/** AVIF: an ISO-BMFF `ftyp` box whose major or a compatible brand is `avif` or `avis`. */
function isAvifBrand(head: Uint8Array): boolean {
  const size = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const end = Math.min(head.length, Math.max(16, size));
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // minor version
    const brand = ascii(head, at, 4);
    if (brand === 'avif' || brand === 'avis') return true;
  }
  return false;
}

function looksLikeSvg(head: Uint8Array): boolean {
  let text: string;
  try {
    // A cut-off multi-byte character at the end of the sniffed window is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return false;
  }
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    const before = rest;
    rest = rest
      .replace(/^\s+/, '')
      .replace(/^<\?xml[\s\S]*?\?>/, '')
      .replace(/^<!--[\s\S]*?-->/, '')
      .replace(/^<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
    if (rest === before) break;
  }
  return /^<svg[\s>/]/.test(rest);
}

/** Why a file was refused, in words for the person who chose it. */
export type ImageCheck = { ok: true; kind: ImageKind; mime: string } | { ok: false; message: string };

/**
 * Decide whether the file `name` of `size` bytes, starting with `head`, may be added as an image: too large
 * and not-an-image are refused with a message naming the file.
 */
export function checkImage(name: string, size: number, head: Uint8Array): ImageCheck {
  if (size > MAX_IMAGE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `“${name}” is too large (${mb} MB; images can be at most 20 MB).` };
  }
  const kind = sniffImageType(head);
  if (!kind) {
    return {
      ok: false,
      message: `“${name}” is not an image Postwright can use (PNG, JPEG, GIF, WebP, AVIF or SVG).`,
    };
  }
  return { ok: true, kind, mime: IMAGE_MIME[kind] };
}

/** True when `name`'s extension is one an image kind uses (a quick filter before reading any bytes). */
export function hasImageExtension(name: string): boolean {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  return Object.values(IMAGE_EXTENSIONS).some((list) => list.includes(ext));
}
