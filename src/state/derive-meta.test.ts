import { describe, expect, it } from 'vitest';
import { deriveMeta } from './derive-meta';

describe('deriveMeta', () => {
  it('reads YAML front matter', () => {
    const text = [
      '---',
      'title: "Kayaks & kelp"',
      'date: 2024-06-01T09:30:00+08:00',
      'draft: true',
      'tags: [sea, Paddling]',
      'categories:',
      '  - Outdoors',
      '---',
      'Body',
    ].join('\n');
    expect(deriveMeta(text)).toEqual({
      title: 'Kayaks & kelp',
      date: '2024-06-01T09:30:00+08:00',
      draft: true,
      tags: ['sea', 'Paddling'],
      categories: ['Outdoors'],
    });
  });

  it('reads TOML front matter, keeping the date in its own offset', () => {
    const text = '+++\ntitle = "Bread"\ndate = 2023-01-02T03:04:05-05:00\ntags = ["baking"]\n+++\nrise\n';
    const meta = deriveMeta(text);
    expect(meta).toMatchObject({ title: 'Bread', tags: ['baking'] });
    expect(meta.date).toBe('2023-01-02T03:04:05-05:00');
  });

  it('reads JSON front matter', () => {
    expect(deriveMeta('{"title": "Jars", "draft": false, "tags": "pickles"}\n\nsour')).toMatchObject({
      title: 'Jars',
      tags: ['pickles'],
    });
  });

  it('defaults like Hugo: no front matter, no draft flag', () => {
    expect(deriveMeta('Just words.')).toEqual({
      title: '',
      date: null,
      draft: false,
      tags: [],
      categories: [],
    });
    expect(deriveMeta('---\ntitle: Plain\n---\n').draft).toBe(false);
  });

  it('takes a single string as a one-term list, numbers as text, drops empties', () => {
    expect(deriveMeta('---\ntags: solo\ncategories: [2024, "", null]\n---\n')).toMatchObject({
      tags: ['solo'],
      categories: ['2024'],
    });
  });

  it('accepts differently cased keys and a string "true"', () => {
    expect(deriveMeta('---\nTitle: Caps\nDraft: "true"\n---\n')).toMatchObject({
      title: 'Caps',
      draft: true,
    });
  });

  it('gives empty meta for a broken front matter instead of throwing', () => {
    expect(deriveMeta('---\ntitle: [unclosed\n---\n')).toEqual({
      title: '',
      date: null,
      draft: false,
      tags: [],
      categories: [],
    });
  });
});
