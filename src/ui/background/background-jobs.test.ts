import { describe, expect, it, vi } from 'vitest';
import { positionAt } from '../../core/front-matter/line-ranges';
import { postPage, postStats } from '../../core/analysis/stats';
import { render } from '../../core/render';
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
    expect(runJob({ id: 1, job: 'stats', text: POST, now: 0 })).toEqual({
      id: 1,
      result: postStats(POST),
      ms: expect.any(Number),
    });
  });

  it('says how long the job ran when it ran, and nothing when it had the result already', () => {
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 40));
    try {
      const text = `${POST}\nA line only this test has.\n`;
      expect(runJob({ id: 5, job: 'page', text, now: 0 }).ms).toBe(40);
      expect(runJob({ id: 6, job: 'page', text, now: 0 })).not.toHaveProperty('ms');
      expect(runJob({ id: 7, job: 'analysis', text, now: 0 }).ms).toBe(40);
    } finally {
      vi.restoreAllMocks();
    }
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

  it('analysis does not send the post back (the reply reaches the page as a copy)', () => {
    const reply = runJob({ id: 3, job: 'analysis', text: POST, now: Date.UTC(2026, 0, 1) });
    expect(Object.keys(reply.result as object).sort()).toEqual(['headings', 'lines', 'problems']);
  });

  it('file references are the same as on the page', () => {
    const reply = runJob({ id: 4, job: 'assetRefs', text: POST, now: 0 });
    expect(reply.result).toEqual(findAssetRefs(POST));
    expect((reply.result as unknown[]).length).toBeGreaterThan(0);
  });

  it('page values come from one render with the site settings: counts, summary and table of contents', () => {
    const text =
      '---\ntitle: Quay\n---\n\nRopes -- "hemp".\n\n<!--more-->\n\n## Über uns\n\n## Ça va {#ok}\n';
    const plain = runJob({ id: 5, job: 'page', text, now: 0 }).result as ReturnType<typeof postPage>;
    expect(plain).toEqual(postPage(text));
    expect(plain.stats).toEqual(postStats(text));
    expect(plain.manualSummary).toBe(true);
    expect(plain.truncated).toBe(true);
    expect(plain.summary).toBe(render(text).summary);
    expect(plain.summary).toContain('“hemp”');
    expect(plain.toc).toBe(render(text).toc);
    expect(plain.toc).toContain('href="#über-uns"');
    const options = { typographer: false, headingIds: 'github-ascii', attributes: false } as const;
    const site = runJob({ id: 6, job: 'page', text, now: 0, options }).result as ReturnType<typeof postPage>;
    expect(site.summary).toContain('"hemp"');
    expect(site.toc).toBe(render(text, options).toc);
    expect(site.toc).toContain('href="#uber-uns"');
    expect(site.toc).toContain('{#ok}');
  });

  it('an automatic summary is marked as such', () => {
    const page = runJob({ id: 7, job: 'page', text: POST, now: 0 }).result as ReturnType<typeof postPage>;
    expect(page.manualSummary).toBe(false);
    expect(page.summary).toBe(render(POST).summary);
  });

  it('the outline follows the heading id setting', () => {
    const reply = runJob({
      id: 8,
      job: 'analysis',
      text: POST.replace(/Morning/g, 'Über'),
      now: 0,
      options: { headingIds: 'github-ascii' },
    });
    expect((reply.result as { headings: { id: string }[] }).headings.map((h) => h.id)).toEqual([
      'uber',
      'uber-1',
    ]);
  });

  it('a job that throws comes back as an error, not a crash', () => {
    const reply = runJob({ id: 3, job: 'stats', text: null as unknown as string, now: 0 });
    expect(reply.error).toBeTruthy();
    expect(reply.result).toBeNull();
  });
});
