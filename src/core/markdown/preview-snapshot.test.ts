import { describe, expect, it } from 'vitest';
import { readSnapshot, SNAPSHOT_MAX_CHARS, snapshotFits, textHash } from './preview-snapshot';

const snapshot = {
  draftId: 'd1',
  hash: textHash('# Hi\n\nThere.\n'),
  key: 'k',
  blocks: ['<h1>Hi</h1>', '<p>There.</p>'],
  starts: [0, 6],
  ends: [4, 12],
};

describe('preview snapshot', () => {
  it('hashes texts of the same length apart, and the same text alike', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(textHash('')).toMatch(/^0:/);
  });

  it('fits only the same draft, text and settings', () => {
    expect(snapshotFits(snapshot, 'd1', '# Hi\n\nThere.\n', 'k')).toBe(true);
    expect(snapshotFits(snapshot, 'd2', '# Hi\n\nThere.\n', 'k')).toBe(false);
    expect(snapshotFits(snapshot, 'd1', '# Hi\n\nThere!\n', 'k')).toBe(false);
    expect(snapshotFits(snapshot, 'd1', '# Hi\n\nThere.\n', 'other')).toBe(false);
  });

  it('reads back what it wrote and nothing damaged or too long', () => {
    expect(readSnapshot(structuredClone(snapshot))).toEqual(snapshot);
    expect(readSnapshot(undefined)).toBeNull();
    expect(readSnapshot('x')).toBeNull();
    expect(readSnapshot({ ...snapshot, draftId: 3 })).toBeNull();
    expect(readSnapshot({ ...snapshot, blocks: ['<p>a</p>', 4] })).toBeNull();
    expect(readSnapshot({ ...snapshot, starts: [0] })).toBeNull();
    expect(readSnapshot({ ...snapshot, ends: [4, 'x'] })).toBeNull();
    const huge = { ...snapshot, blocks: ['x'.repeat(SNAPSHOT_MAX_CHARS), 'y'] };
    expect(readSnapshot(huge)).toBeNull();
  });
});
