import { describe, expect, it } from 'vitest';
import { positionAt } from '../../core/front-matter/line-ranges';
import { postStats } from '../../core/analysis/stats';
import { findAssetRefs } from '../../core/bundle/asset-refs';
import { linesAt, runJob } from './background-jobs';

const POST =
  '---\ntitle: "Harbour walk"\n---\n\n## Morning\n\nBoats. ![pier](pier.jpg)\n\n## Morning\n\nGulls.\n';

describe('background jobs', () => {
  it('linesAt gives the line of each offset in one pass, in any order', () => {
    const offsets = [
      POST.length,
      0,
      POST.indexOf('Gulls'),
      POST.indexOf('Boats'),
      9999,
      POST.indexOf('Boats'),
    ];
    expect(linesAt(POST, offsets)).toEqual(offsets.map((o) => positionAt(POST, o).line));
  });

  it('stats are the same numbers as on the page', () => {
    expect(runJob({ id: 1, job: 'stats', text: POST, now: 0 })).toEqual({ id: 1, result: postStats(POST) });
  });

  it('analysis brings headings, problems and the line of each problem', () => {
    const reply = runJob({ id: 2, job: 'analysis', text: POST, now: Date.UTC(2026, 0, 1) });
    const result = reply.result as {
      headings: { id: string }[];
      problems: { from: number }[];
      lines: number[];
    };
    expect(result.headings.map((h) => h.id)).toEqual(['morning', 'morning-1']);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.lines).toEqual(result.problems.map((p) => positionAt(POST, p.from).line));
  });

  it('file references are the same as on the page', () => {
    const reply = runJob({ id: 4, job: 'assetRefs', text: POST, now: 0 });
    expect(reply.result).toEqual(findAssetRefs(POST));
    expect((reply.result as unknown[]).length).toBeGreaterThan(0);
  });

  it('a job that throws comes back as an error, not a crash', () => {
    const reply = runJob({ id: 3, job: 'stats', text: null as unknown as string, now: 0 });
    expect(reply.error).toBeTruthy();
    expect(reply.result).toBeNull();
  });
});
