import { describe, expect, it } from 'vitest';
import { checkImage, hasImageExtension, MAX_IMAGE_BYTES, sniffImageType } from './image-type';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('sniffImageType', () => {
  it('knows each accepted kind by its first bytes', () => {
    expect(sniffImageType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('png');
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(bytes('GIF89a', [1, 0]))).toBe('gif');
    expect(sniffImageType(bytes('GIF87a'))).toBe('gif');
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1'))).toBe('avif');
    // A compatible brand is enough (major brand mif1).
    expect(sniffImageType(bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0], 'miafavis'))).toBe('avif');
    expect(sniffImageType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
  });

  it('finds SVG after a byte-order mark, XML declaration, comments and doctype', () => {
    const svg =
      '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg width="4"></svg>';
    expect(sniffImageType(text(svg))).toBe('svg');
  });

  it('refuses what only pretends: HTML, an ISO video, a PDF, invalid UTF-8', () => {
    expect(sniffImageType(text('<html><svg></svg></html>'))).toBeNull();
    expect(sniffImageType(bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0], 'isommp41'))).toBeNull();
    expect(sniffImageType(text('%PDF-1.7\n'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe('checkImage', () => {
  const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]);
  it('accepts an image up to 20 MB with its MIME type', () => {
    expect(checkImage('a.png', MAX_IMAGE_BYTES, png)).toEqual({ ok: true, kind: 'png', mime: 'image/png' });
  });
  it('refuses a larger one and a file that is not an image, naming the file', () => {
    const big = checkImage('huge.png', MAX_IMAGE_BYTES + 1, png);
    expect(big).toEqual({ ok: false, message: expect.stringMatching(/“huge\.png” is too large \(20\.0 MB/) });
    const pdf = checkImage('report.png', 100, text('%PDF-1.4'));
    expect(pdf).toEqual({ ok: false, message: expect.stringMatching(/“report\.png” is not an image/) });
  });
  it('tells image names from others by extension', () => {
    expect(hasImageExtension('A.JPEG')).toBe(true);
    expect(hasImageExtension('x.svg')).toBe(true);
    expect(hasImageExtension('notes.md')).toBe(false);
  });
});
