import { describe, expect, it } from 'vitest';
import { postStats } from './stats';

describe('postStats', () => {
  it('counts the rendered words, not the Markdown or the front matter', () => {
    const stats = postStats(
      '---\ntitle: Four words in title\n---\n\nOne **two** [three](https://x.org) four.\n',
    );
    expect(stats).toMatchObject({ words: 4, readingMinutes: 1, cjk: false });
    expect(stats.characters).toBe('Onetwothreefour.'.length);
  });

  it('takes 213 words a minute, rounding up as Hugo does', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    expect(postStats(words(213)).readingMinutes).toBe(1);
    expect(postStats(words(214)).readingMinutes).toBe(2);
  });

  it('counts each CJK character as a word on a CJK page', () => {
    const stats = postStats('---\nisCJKLanguage: true\n---\n\n我们的灯笼 hello\n');
    expect(stats).toMatchObject({ words: 6, cjk: true, readingMinutes: 1 });
  });

  it('counts CJK text as a CJK site would when the post does not say, and respects isCJKLanguage: false', () => {
    expect(postStats('纸灯笼很美\n')).toMatchObject({ words: 5, cjk: true });
    expect(postStats('---\nisCJKLanguage: false\n---\n纸灯笼很美\n')).toMatchObject({ words: 1, cjk: false });
  });
});
