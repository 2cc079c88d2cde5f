import { describe, expect, it } from 'vitest';
import { encodePost, MAX_IMPORT_BYTES, readTextFile } from './read-text-file';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readTextFile', () => {
  it('reads a Markdown file and gives back the same bytes on export (BOM, CRLF, no final newline)', () => {
    const source = '\uFEFF---\r\ntitle: "Hi"\r\n---\r\n\r\nBody without final newline';
    const input = bytes(source);
    const read = readTextFile('post.md', input);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.text).toBe(source);
    expect(Array.from(encodePost(read.text))).toEqual(Array.from(input));
  });
  it('accepts .markdown and .txt, refuses other extensions by name', () => {
    expect(readTextFile('a.markdown', bytes('x')).ok).toBe(true);
    expect(readTextFile('a.TXT', bytes('x')).ok).toBe(true);
    const r = readTextFile('photo.jpg', bytes('x'));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('photo.jpg') });
  });
  it('refuses binary content', () => {
    const r = readTextFile('a.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/a\.md.*binary/) });
  });
  it('refuses invalid UTF-8', () => {
    const r = readTextFile('latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/latin1\.md.*UTF-8/) });
  });
  it('refuses files over 10 MB', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const r = readTextFile('big.md', big);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/big\.md.*too large/) });
  });
});
