/**
 * A tiny PNG encoder (RGBA, no filtering) and the app icon drawn with it, so the build makes its own install
 * icons without an image toolchain. Runs in Node at build time (zlib).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encode `rgba` (width * height * 4 bytes) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The app icon at `size` px: a white page with lines on the accent colour (maskable: all art in the middle). */
export function drawIcon(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const i = (y * size + x) * 4;
    px[i] = r;
    px[i + 1] = g;
    px[i + 2] = b;
    px[i + 3] = 255;
  };
  const accent: [number, number, number] = [0x24, 0x57, 0xa6];
  const white: [number, number, number] = [0xff, 0xff, 0xff];
  const s = (f: number) => Math.round(f * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inPage = x >= s(0.3) && x < s(0.7) && y >= s(0.24) && y < s(0.76);
      const line =
        inPage &&
        x >= s(0.36) &&
        x < s(0.64) &&
        [0.34, 0.44, 0.54, 0.64].some((l, i) => y >= s(l) && y < s(l + 0.035) && (i < 3 || x < s(0.52)));
      set(x, y, inPage && !line ? white : accent);
    }
  }
  return encodePng(size, size, px);
}
