import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { BACKUP_MANIFEST, backupFileName, isBackupZip, readBackup, writeBackup } from './backup-zip';
import type { Backup } from './backup-zip';

const sample: Backup = {
  exportedAt: Date.UTC(2025, 2, 9, 8, 30),
  drafts: [
    {
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: 'Night ferry to Gdańsk',
      text: '\uFEFF---\r\ntitle: Night ferry to Gdańsk\r\n---\r\nRough sea, warm tea 🍵.\r\n',
      createdAt: 100,
      updatedAt: 900,
      caret: 12,
      sourceName: 'ferry.md',
      history: [
        { id: 'rev-0001-aaaa', at: 500, reason: 'edit', text: 'An early draft.\n' },
        { id: 'rev-0002-bbbb', at: 700, reason: 'before-restore', text: 'Odd: \uD800 alone.\n' },
      ],
    },
    {
      id: 'ffff0000-0000-4000-8000-000000000002',
      title: '',
      text: 'No front matter, just a thought.',
      createdAt: 50,
      updatedAt: 60,
      caret: 0,
      history: [],
    },
  ],
};

describe('backup zip', () => {
  it('round-trips every draft and revision exactly (BOM, CRLF, emoji, even an unpaired surrogate)', () => {
    const read = readBackup(writeBackup(sample));
    expect(read).toEqual({
      ok: true,
      skipped: [],
      backup: { ...sample, drafts: sample.drafts.map((d) => ({ ...d, title: '' })) },
    });
  });

  it('stores texts as readable .md files named after the title, plus the manifest', () => {
    const names = Object.keys(unzipSync(writeBackup(sample))).sort();
    expect(names).toEqual([
      'history/night-ferry-to-gdańsk-a1b2c3d4/1970-01-01T00-00-00-500Z-rev-0001.md',
      'history/night-ferry-to-gdańsk-a1b2c3d4/1970-01-01T00-00-00-700Z-rev-0002.md',
      'posts/night-ferry-to-gdańsk-a1b2c3d4.md',
      'posts/untitled-ffff0000.md',
      'postwright-backup.json',
    ]);
    expect(backupFileName(sample.exportedAt)).toBe('postwright-backup-2025-03-09.zip');
  });

  it('recognises a backup by its manifest, and nothing else', () => {
    expect(isBackupZip(writeBackup(sample))).toBe(true);
    expect(isBackupZip(zipSync({ 'index.md': strToU8('# A bundle') }))).toBe(false);
    expect(isBackupZip(strToU8('not a zip at all'))).toBe(false);
  });

  it('refuses what is not a backup, a damaged manifest and a newer format, in words', () => {
    expect(readBackup(strToU8('plain text'))).toEqual({
      ok: false,
      message: expect.stringMatching(/not a readable zip/),
    });
    expect(readBackup(zipSync({ 'a.md': strToU8('x') }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a Postwright backup/),
    });
    expect(readBackup(zipSync({ [BACKUP_MANIFEST]: strToU8('{broken') }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/damaged/),
    });
    const newer = { format: 'postwright-backup', version: 99, drafts: [] };
    expect(readBackup(zipSync({ [BACKUP_MANIFEST]: strToU8(JSON.stringify(newer)) }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer Postwright/),
    });
  });

  it('skips entries whose text is missing or not UTF-8, keeping the rest', () => {
    const manifest = {
      format: 'postwright-backup',
      version: 1,
      exportedAt: 1,
      drafts: [
        { id: 'ok', file: 'posts/ok.md', updatedAt: 5, history: [{ id: 'r', at: 1, file: 'gone.md' }] },
        { id: 'lost', file: 'posts/lost.md' },
        { id: 'bin', file: 'posts/bin.md' },
      ],
    };
    const zip = zipSync({
      [BACKUP_MANIFEST]: strToU8(JSON.stringify(manifest)),
      'posts/ok.md': strToU8('Kept.'),
      'posts/bin.md': new Uint8Array([0xff, 0xfe, 0x00]),
    });
    const read = readBackup(zip);
    if (!read.ok) throw new Error(read.message);
    expect(read.backup.drafts.map((d) => [d.id, d.text, d.createdAt, d.history.length])).toEqual([
      ['ok', 'Kept.', 5, 0],
    ]);
    expect(read.skipped).toEqual([
      'gone.md: missing or not UTF-8 text',
      'posts/lost.md: missing or not UTF-8 text',
      'posts/bin.md: missing or not UTF-8 text',
    ]);
  });
});
