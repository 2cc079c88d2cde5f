import { describe, expect, it } from 'vitest';
import { findAssetRefs } from './asset-refs';
import { findAssetProblems } from './asset-problems';
import { bundleFolderName, planBundle } from './plan-bundle';

const TEXT = [
  '---',
  'title: Ferry notes',
  'image: images/ferry.jpg',
  '---',
  '![deck](deck.png) ![deck again](./deck.png) ![gone](missing.gif)',
  '![far](../elsewhere.png) ![web](https://example.org/w.png) [doc](guide.pdf)',
  '',
].join('\n');

describe('planBundle', () => {
  it('puts the post and each referenced asset once at its Markdown path, and reports the missing', () => {
    const plan = planBundle(TEXT, ['deck.png', 'images/ferry.jpg', 'unused.png'], 'ferry-notes');
    expect(plan.entries).toEqual([
      { path: 'ferry-notes/index.md', kind: 'post' },
      { path: 'ferry-notes/images/ferry.jpg', kind: 'asset', asset: 'images/ferry.jpg' },
      { path: 'ferry-notes/deck.png', kind: 'asset', asset: 'deck.png' },
    ]);
    expect(plan.missing).toEqual(['missing.gif']);
  });

  it('lays a bundle out with site paths and other post names', () => {
    const plan = planBundle('![a](a.png)', ['a.png'], 'content/posts/x', '_index.md');
    expect(plan.entries.map((e) => e.path)).toEqual(['content/posts/x/_index.md', 'content/posts/x/a.png']);
  });

  it('names the folder by the title slug', () => {
    expect(bundleFolderName('Ferry Notes: Day 2')).toBe('ferry-notes-day-2');
    expect(bundleFolderName('')).toBe('untitled');
  });
});

describe('findAssetProblems', () => {
  it('flags relative images the draft lacks and paths that leave the bundle, in line order', () => {
    const problems = findAssetProblems(findAssetRefs(TEXT), new Set(['deck.png']));
    expect(problems).toEqual([
      {
        line: 3,
        at: 23,
        url: 'images/ferry.jpg',
        message: expect.stringMatching(/^Front matter “image” “images\/ferry\.jpg” is not in this draft/),
      },
      {
        line: 5,
        at: 103,
        url: 'missing.gif',
        message: expect.stringMatching(/^Image “missing\.gif” is not in this draft/),
      },
      { line: 6, at: 123, url: '../elsewhere.png', message: expect.stringMatching(/points outside/) },
    ]);
  });
});
