/**
 * Image bytes for the browser tests, made here (no binary fixtures): a real PNG of any size and colour, a
 * 1x1 GIF, and SVG text. Each decodes in Chromium, so the preview can be checked for a loaded image.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A `width` x `height` PNG filled with `rgb` (8-bit RGB, no filter). */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A 1x1 GIF (one black pixel). */
export function gifBytes(): Buffer {
  return Buffer.from([
    ...Buffer.from('GIF89a', 'ascii'),
    1,
    0,
    1,
    0,
    0x80,
    0,
    0, // 1x1, global colour table of 2
    0,
    0,
    0,
    0xff,
    0xff,
    0xff, // black, white
    0x2c,
    0,
    0,
    0,
    0,
    1,
    0,
    1,
    0,
    0, // image descriptor
    2,
    2,
    0x44,
    0x01,
    0, // LZW data
    0x3b,
  ]);
}

/** An SVG that would set `window.__svgRan` if its script ever ran. */
export function hostileSvg(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" onload="window.__svgRan = 1">',
    '<script>window.__svgRan = 2;</script>',
    '<rect width="20" height="10" fill="teal"/>',
    '</svg>',
  ].join('\n');
}
