import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PRUNE_POLICY, THIN_PRUNE_POLICY, pruneRevisions } from './prune-revisions';
import type { PrunableRevision, PrunePolicy } from './prune-revisions';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

const rev = (id: string, ageMs: number, size = 10): PrunableRevision => ({ id, at: NOW - ageMs, size });
const unbounded: PrunePolicy = { ...DEFAULT_PRUNE_POLICY, maxCount: 1e9, maxSize: 1e12 };

describe('pruneRevisions', () => {
  it('keeps every revision of the last hour', () => {
    const revisions = Array.from({ length: 20 }, (_, i) => rev(`r${i}`, i * 3 * MIN));
    expect(pruneRevisions(revisions, NOW).drop).toEqual([]);
  });

  it('keeps one per hour for a day, the newest of each hour', () => {
    // Two revisions in each of the hours 3..5 hours ago (UTC-aligned: NOW is on the hour).
    const revisions = [
      rev('h3-new', 3 * HOUR - 50 * MIN),
      rev('h3-old', 3 * HOUR - 10 * MIN),
      rev('h4-new', 4 * HOUR - 55 * MIN),
      rev('h4-old', 4 * HOUR - 5 * MIN),
      rev('h5-new', 5 * HOUR - 30 * MIN),
      rev('h5-old', 5 * HOUR - 1 * MIN),
    ];
    const { keep, drop } = pruneRevisions(revisions, NOW);
    expect(keep).toEqual(['h3-new', 'h4-new', 'h5-new']);
    expect(drop).toEqual(['h3-old', 'h4-old', 'h5-old']);
  });

  it('keeps one per day for a month and one per week after that', () => {
    const revisions = [
      ...Array.from({ length: 4 }, (_, i) => rev(`d10-${i}`, 10 * DAY + i * HOUR)),
      ...Array.from({ length: 14 }, (_, i) => rev(`old-${i}`, 100 * DAY + i * DAY)),
    ];
    const { keep } = pruneRevisions(revisions, NOW, unbounded);
    expect(keep.filter((id) => id.startsWith('d10-')).length).toBeLessThanOrEqual(2);
    const old = keep.filter((id) => id.startsWith('old-'));
    expect(old.length).toBeGreaterThanOrEqual(2);
    expect(old.length).toBeLessThanOrEqual(3);
  });

  it('always keeps the newest and pinned revisions, and drops the oldest beyond the count and size', () => {
    const revisions = Array.from({ length: 30 }, (_, i) => rev(`r${i}`, i * MIN, 100));
    const capped = pruneRevisions(revisions, NOW, { ...DEFAULT_PRUNE_POLICY, maxCount: 5 }, new Set(['r29']));
    expect(capped.keep).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r29']);
    const sized = pruneRevisions(revisions, NOW, { ...DEFAULT_PRUNE_POLICY, maxSize: 250 });
    expect(sized.keep).toEqual(['r0', 'r1']);
    const huge = pruneRevisions([rev('big', 0, 10_000)], NOW, { ...DEFAULT_PRUNE_POLICY, maxSize: 1 });
    expect(huge.keep).toEqual(['big']);
  });

  it('thins much harder with the storage-full policy', () => {
    const revisions = Array.from({ length: 200 }, (_, i) => rev(`r${i}`, i * 20 * MIN));
    const everyday = pruneRevisions(revisions, NOW).keep.length;
    const thin = pruneRevisions(revisions, NOW, THIN_PRUNE_POLICY).keep.length;
    expect(thin).toBeLessThanOrEqual(10);
    expect(thin).toBeLessThan(everyday);
  });

  it('treats future dates as new and does not depend on input order', () => {
    const revisions = [rev('future', -DAY), rev('a', 2 * HOUR), rev('b', 2 * HOUR)];
    const forward = pruneRevisions(revisions, NOW);
    expect(forward.keep).toContain('future');
    expect(pruneRevisions([...revisions].reverse(), NOW)).toEqual(forward);
  });

  const revisionsArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 6 }),
      at: fc.integer({ min: NOW - 400 * DAY, max: NOW }),
      size: fc.integer({ min: 1, max: 1000 }),
    }),
    { selector: (r) => r.id, maxLength: 80 },
  );

  it('property: a partition of the input that keeps the newest and is within bounds', () => {
    fc.assert(
      fc.property(revisionsArb, (revisions) => {
        const { keep, drop } = pruneRevisions(revisions, NOW);
        expect([...keep, ...drop].sort()).toEqual(revisions.map((r) => r.id).sort());
        expect(keep.length).toBeLessThanOrEqual(DEFAULT_PRUNE_POLICY.maxCount);
        if (revisions.length > 0) {
          const newest = [...revisions].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))[0]!;
          expect(keep).toContain(newest.id);
        }
        for (const r of revisions) if (NOW - r.at < HOUR && keep.length < 60) expect(keep).toContain(r.id);
      }),
    );
  });

  it('property: pruning again, now or later, never wants back a revision that was dropped', () => {
    fc.assert(
      fc.property(revisionsArb, fc.integer({ min: 0, max: 90 * DAY }), (revisions, later) => {
        const first = new Set(pruneRevisions(revisions, NOW, unbounded).keep);
        const survivors = revisions.filter((r) => first.has(r.id));
        expect(pruneRevisions(survivors, NOW, unbounded).keep.sort()).toEqual([...first].sort());
        const direct = pruneRevisions(revisions, NOW + later, unbounded).keep.sort();
        expect(pruneRevisions(survivors, NOW + later, unbounded).keep.sort()).toEqual(direct);
      }),
    );
  });
});
