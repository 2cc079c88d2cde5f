import { describe, expect, it } from 'vitest';
import { describeFields, kindOf } from './field-kinds';
import { readFrontMatter } from './read-front-matter';
import type { FrontMatterReadOk } from './field-kinds';

function fields(text: string) {
  const read = readFrontMatter(text);
  if (!read.ok) throw new Error(read.error.message);
  return describeFields(read as FrontMatterReadOk);
}

describe('describeFields', () => {
  it('gives one row per key, in the order the keys appear', () => {
    const rows = fields(
      '---\ntitle: Hi\ndraft: no\nweight: 3\ndate: 2024-03-27T16:54:49+08:00\ntags: [a, b]\nempty: []\nparams: {x: 1}\nnothing:\n---\n',
    );
    expect(rows.map((r) => [r.key, r.kind])).toEqual([
      ['title', 'text'],
      ['draft', 'boolean'],
      ['weight', 'number'],
      ['date', 'date'],
      ['tags', 'list'],
      ['empty', 'list'],
      ['params', 'other'],
      ['nothing', 'other'],
    ]);
  });

  it('fills value and display for each kind', () => {
    const rows = fields(
      '---\ntitle: Hi\ndraft: no\nweight: 3\ntags: [a, b]\nparams:\n  x: 1\n  y: [2]\nnothing:\n---\n',
    );
    expect(rows).toEqual([
      { key: 'title', kind: 'text', value: 'Hi', display: 'Hi' },
      { key: 'draft', kind: 'boolean', value: false, display: 'false' },
      { key: 'weight', kind: 'number', value: 3, display: '3' },
      { key: 'tags', kind: 'list', value: ['a', 'b'], display: 'a, b' },
      { key: 'params', kind: 'other', value: null, display: 'x: 1\ny:\n  - 2' },
      { key: 'nothing', kind: 'other', value: null, display: 'null' },
    ]);
  });

  it('takes a TOML native date as a date, keeping its text', () => {
    expect(fields('+++\ndate = 2024-03-27T16:54:49+08:00\n+++\n')).toEqual([
      { key: 'date', kind: 'date', value: '2024-03-27T16:54:49+08:00', display: '2024-03-27T16:54:49+08:00' },
    ]);
  });

  it('keeps keys case-sensitive, as written', () => {
    expect(fields('---\nTitle: A\ntitle: b\n---\n').map((r) => r.key)).toEqual(['Title', 'title']);
  });
});

describe('kindOf', () => {
  it('sends lists with anything but strings, and odd numbers, to the generic row', () => {
    expect(kindOf([1, 2])).toBe('other');
    expect(kindOf([{ a: 1 }])).toBe('other');
    expect(kindOf(Number.POSITIVE_INFINITY)).toBe('other');
    expect(kindOf(null)).toBe('other');
    expect(kindOf('2024-03-27')).toBe('date');
    expect(kindOf('2024-03-27 is a date')).toBe('text');
  });
});
