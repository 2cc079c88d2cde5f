import { zipSync, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBundleFiles, readBundleZip } from './read-bundle';
import { zipFiles } from './zip';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 1, 2, 3, 250]);
const POST = '---\r\ntitle: Tide tables\r\n---\r\n![low](low.png)\r\n';

describe('zipFiles and readBundleZip', () => {
  it('round-trips a bundle byte for byte', () => {
    const zip = zipFiles(
      [
        { path: 'tide-tables/index.md', data: enc(POST) },
        { path: 'tide-tables/low.png', data: PNG },
        { path: 'tide-tables/charts/high.jpg', data: JPEG },
      ],
      new Date(Date.UTC(2025, 3, 1)),
    );
    const read = readBundleZip('tide.zip', zip);
    expect(read).toMatchObject({ ok: true, postPath: 'tide-tables/index.md', text: POST, skipped: [] });
    if (!read.ok) return;
    expect(read.assets.map((a) => [a.path, a.mime, [...a.data]])).toEqual([
      ['low.png', 'image/png', [...PNG]],
      ['charts/high.jpg', 'image/jpeg', [...JPEG]],
    ]);
  });

  it('stores images uncompressed and deflates text', () => {
    const zip = zipFiles(
      [
        { path: 'a.md', data: enc('x'.repeat(1000)) },
        { path: 'a.png', data: PNG },
      ],
      new Date(),
    );
    expect(Object.keys(unzipSync(zip))).toEqual(['a.md', 'a.png']);
    expect(zip.byteLength).toBeLessThan(1000);
  });

  it('refuses what is not a zip, and archives that inflate past the limit', () => {
    expect(readBundleZip('notes.zip', enc('not a zip'))).toEqual({
      ok: false,
      message: '“notes.zip” is not a zip archive Postwright can read.',
    });
    const big = zipSync({ 'p/index.md': enc('a'.repeat(3 * 1024 * 1024)) });
    expect(readBundleZip('big.zip', big, 2 * 1024 * 1024)).toEqual({
      ok: false,
      message: '“big.zip” is too large to import (more than 2 MB unpacked).',
    });
  });
});

describe('readBundleFiles', () => {
  it('takes the shallowest index.md and lists what it skips', () => {
    const read = readBundleFiles([
      { path: 'site/post/index.md', data: enc('# Post') },
      { path: 'site/post/nested/index.md', data: enc('# Nested') },
      { path: 'site/post/a.png', data: PNG },
      { path: 'site/post/notes.pdf', data: enc('%PDF-1.4') },
      { path: 'site/post/.DS_Store', data: enc('junk') },
      { path: 'site/other.png', data: PNG },
    ]);
    expect(read).toMatchObject({
      ok: true,
      postPath: 'site/post/index.md',
      text: '# Post',
      assets: [{ path: 'a.png' }],
      skipped: [
        { path: 'site/post/nested/index.md', reason: 'another Markdown file' },
        { path: 'site/post/notes.pdf', reason: expect.stringMatching(/not an image/) },
        { path: 'site/other.png', reason: 'outside the post’s folder' },
      ],
    });
  });

  it('accepts a single Markdown file of any name, and a branch bundle', () => {
    expect(readBundleFiles([{ path: 'x/notes.md', data: enc('n') }])).toMatchObject({
      ok: true,
      postPath: 'x/notes.md',
    });
    expect(readBundleFiles([{ path: 'sec/_index.md', data: enc('s') }])).toMatchObject({ ok: true });
  });

  it('says why when there is no post, several, or the post is not text', () => {
    expect(readBundleFiles([{ path: 'a.png', data: PNG }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no Markdown post/),
    });
    expect(
      readBundleFiles([
        { path: 'a.md', data: enc('a') },
        { path: 'b.md', data: enc('b') },
      ]),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/several posts/) });
    expect(readBundleFiles([{ path: 'index.md', data: new Uint8Array([0, 1, 2]) }])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/binary/),
    });
  });
});
