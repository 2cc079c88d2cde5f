import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../front-matter/read-front-matter';
import { newPostTemplate } from './new-post';

describe('newPostTemplate', () => {
  it('writes the keys in order, the date in the given offset, and an empty body', () => {
    const now = new Date(Date.UTC(2026, 10, 24, 0, 21, 17));
    expect(newPostTemplate(now, 480)).toBe(
      [
        '---',
        'title: ""',
        'date: 2026-11-24T08:21:17+08:00',
        'draft: true',
        'description: ""',
        'categories: []',
        'tags: []',
        'type: post',
        'image: ""',
        '---',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reads back as a draft with empty lists', () => {
    const read = readFrontMatter(newPostTemplate(new Date(0), 0));
    expect(read).toMatchObject({
      ok: true,
      data: { title: '', date: '1970-01-01T00:00:00Z', draft: true, categories: [], tags: [], type: 'post' },
    });
  });
});
