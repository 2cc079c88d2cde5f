import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges } from './apply-changes';
import { removeField, setField } from './edit-front-matter';
import { sameValue } from './plain-values';
import { readFrontMatter } from './read-front-matter';
import type { EditResult, FieldInput } from './types';

function apply(text: string, result: EditResult): string {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return applyChanges(text, result.changes);
}

function set(text: string, key: string, input: FieldInput): string {
  return apply(text, setField(text, key, input));
}

function params(text: string): Record<string, unknown> {
  const read = readFrontMatter(text);
  if (!read.ok) throw new Error(read.error.message);
  return read.data;
}

const TITLE_STYLES = {
  'yaml plain': '---\ntitle: Plain\ndraft: true\n---\nbody\n',
  'yaml double': '---\ntitle: "Double"\ndraft: true\n---\nbody\n',
  'yaml single': "---\ntitle: 'Single'\ndraft: true\n---\nbody\n",
  'yaml literal': '---\ntitle: |\n  Literal\ndraft: true\n---\nbody\n',
  'yaml folded': '---\ntitle: >-\n  Folded\n  text\ndraft: true\n---\nbody\n',
  'yaml crlf': '---\r\ntitle: Plain\r\ndraft: true\r\n---\r\nbody\r\n',
  'toml basic': '+++\ntitle = "Basic"\ndraft = true\n+++\nbody\n',
  'toml literal': "+++\ntitle = 'Literal'\ndraft = true\n+++\nbody\n",
  'toml multi-line': '+++\ntitle = """\nMulti"""\ndraft = true\n+++\nbody\n',
  'toml multi-line literal': "+++\ntitle = '''Multi'''\ndraft = true\n+++\nbody\n",
  json: '{\n  "title": "Json",\n  "draft": true\n}\nbody\n',
  'json one line': '{"title": "Json", "draft": true}\nbody\n',
};

/** Property tests run hundreds of cases; leave them room when the whole suite shares the machine. */
const PROPERTY_TIMEOUT = 30_000;

describe('setField writes any text and changes nothing else', () => {
  it.each(Object.entries(TITLE_STYLES))(
    '%s',
    (_, post) => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
          const result = setField(post, 'title', { kind: 'text', value });
          // Lone surrogates cannot be written in YAML, TOML or JSON files; refusing them is the right answer.
          if (/[\ud800-\udfff]/u.test(value)) return;
          const out = apply(post, result);
          // A CRLF inside a multi-line string may come back as LF (sameValue takes them as equal).
          expect(sameValue(params(out)['title'], value)).toBe(true);
          expect(params(out)['draft']).toBe(true);
          expect(out.endsWith('body\n') || out.endsWith('body\r\n')).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('setField writes any list of strings', () => {
  const posts = [
    '---\ntags: ["a"]\nx: 1\n---\n',
    "---\ntags: ['a']\nx: 1\n---\n",
    '---\ntags: [a]\nx: 1\n---\n',
    '---\ntags:\n  - a\nx: 1\n---\n',
    '---\ntags: solo\nx: 1\n---\n',
    '+++\ntags = ["a"]\nx = 1\n+++\n',
    "+++\ntags = [\n  'a',\n]\nx = 1\n+++\n",
    '{\n  "tags": [\n    "a"\n  ],\n  "x": 1\n}\n',
  ];
  it.each(posts)(
    '%j',
    (post) => {
      fc.assert(
        fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (items) => {
          const out = set(post, 'tags', { kind: 'list', value: items });
          expect(params(out)).toEqual({ tags: items, x: 1 });
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('setField', () => {
  it('writes booleans, numbers and dates as their own types', () => {
    let post = '---\ndraft: true\nweight: 1\ndate: 2024-01-01T00:00:00Z\n---\n';
    post = set(post, 'draft', { kind: 'boolean', value: false });
    post = set(post, 'weight', { kind: 'number', value: -7.25 });
    post = set(post, 'date', { kind: 'date', value: '2024-02-03T04:05:06+08:00' });
    expect(post).toBe('---\ndraft: false\nweight: -7.25\ndate: 2024-02-03T04:05:06+08:00\n---\n');
  });

  it('changes nothing when the key already has the value', () => {
    const post = '---\ndescription: wrapped by\n  hand\naliases: /one\n---\n';
    expect(setField(post, 'description', { kind: 'text', value: 'wrapped by hand' })).toEqual({
      ok: true,
      changes: [],
    });
    expect(setField(post, 'aliases', { kind: 'list', value: ['/one'] })).toEqual({ ok: true, changes: [] });
  });

  it('keeps a float a float when it becomes a whole number', () => {
    expect(set('---\nv: 1.5\n---\n', 'v', { kind: 'number', value: 2 })).toBe('---\nv: 2.0\n---\n');
    expect(set('+++\nv = 1.5\n+++\n', 'v', { kind: 'number', value: 2 })).toBe('+++\nv = 2.0\n+++\n');
    expect(set('---\nv: 1\n---\n', 'v', { kind: 'number', value: 2 })).toBe('---\nv: 2\n---\n');
  });

  it('keeps a quoted date quoted', () => {
    const post = '---\ndate: "2024-01-01"\n---\n';
    expect(set(post, 'date', { kind: 'date', value: '2024-05-06' })).toBe('---\ndate: "2024-05-06"\n---\n');
  });

  it('writes a nested value typed as YAML as an indented block', () => {
    const post = '---\ntitle: x\n---\n';
    const out = set(post, 'params', { kind: 'other', yaml: 'a: 1\nlist:\n  - b\n' });
    expect(out).toBe('---\ntitle: x\nparams:\n  a: 1\n  list:\n    - b\n---\n');
    expect(set(out, 'params', { kind: 'other', yaml: '[1, 2]' })).toBe(
      '---\ntitle: x\nparams: [1, 2]\n---\n',
    );
  });

  it('creates a YAML block when the post has none', () => {
    expect(set('Hello\n', 'title', { kind: 'text', value: 'Hi: there' })).toBe(
      '---\ntitle: "Hi: there"\n---\nHello\n',
    );
    expect(set('', 'draft', { kind: 'boolean', value: true })).toBe('---\ndraft: true\n---\n');
    expect(set('\ufeffHello', 'a', { kind: 'number', value: 1 })).toBe('\ufeff---\na: 1\n---\nHello');
  });

  it('adds a key to an empty block', () => {
    expect(set('---\n---\nbody', 'title', { kind: 'text', value: 'T' })).toBe('---\ntitle: T\n---\nbody');
    expect(set('+++\n+++\n', 'title', { kind: 'text', value: 'T' })).toBe('+++\ntitle = "T"\n+++\n');
    expect(set('{}\n', 'title', { kind: 'text', value: 'T' })).toBe('{\n  "title": "T"\n}\n');
  });

  it('quotes a new key that needs it', () => {
    expect(set('---\na: 1\n---\n', 'my key: x', { kind: 'number', value: 2 })).toBe(
      '---\na: 1\n"my key: x": 2\n---\n',
    );
    expect(set('+++\na = 1\n+++\n', 'my key', { kind: 'number', value: 2 })).toBe(
      '+++\na = 1\n"my key" = 2\n+++\n',
    );
  });

  it('refuses invalid and unclosed front matter, leaving the text alone', () => {
    expect(setField('---\ntitle: [\n---\n', 'title', { kind: 'text', value: 'x' })).toMatchObject({
      ok: false,
    });
    expect(setField('---\ntitle: x\n', 'title', { kind: 'text', value: 'x' })).toMatchObject({ ok: false });
    expect(setField('+++\nt = \n+++\n', 't', { kind: 'text', value: 'x' })).toMatchObject({ ok: false });
  });

  it('refuses keys inside TOML tables and dotted keys', () => {
    const post = '+++\nsite.name = "a"\n[params]\nx = 1\n+++\n';
    expect(setField(post, 'params', { kind: 'other', yaml: 'x: 2' })).toMatchObject({ ok: false });
    expect(setField(post, 'site', { kind: 'text', value: 'b' })).toMatchObject({ ok: false });
    expect(removeField(post, 'params')).toMatchObject({ ok: false });
  });

  it('refuses values a format cannot hold', () => {
    expect(setField('+++\na = 1\n+++\n', 'a', { kind: 'other', yaml: '~' })).toMatchObject({ ok: false });
    expect(setField('---\na: 1\n---\n', 'a', { kind: 'number', value: Number.NaN })).toMatchObject({
      ok: false,
    });
    expect(setField('---\na: 1\n---\n', 'a', { kind: 'other', yaml: 'a: [' })).toMatchObject({ ok: false });
  });

  it('refuses a YAML front matter written as one flow map', () => {
    expect(setField('---\n{a: 1}\n---\n', 'a', { kind: 'number', value: 2 })).toMatchObject({ ok: false });
  });

  it('writes a string aliases so that it reads back as the same list', () => {
    expect(
      params(set('---\naliases: /a\n---\n', 'aliases', { kind: 'text', value: '/b /c' }))['aliases'],
    ).toEqual(['/b', '/c']);
  });
});

describe('removeField', () => {
  it('removes every occurrence of a duplicated key', () => {
    const post = '---\ntitle: a\ndraft: true\ntitle: b\n---\n';
    expect(apply(post, removeField(post, 'title'))).toBe('---\ndraft: true\n---\n');
  });

  it('removes a value that spans lines', () => {
    const post = '---\na: |\n  one\n  two\nb: 1\n---\n';
    expect(apply(post, removeField(post, 'a'))).toBe('---\nb: 1\n---\n');
    const toml = '+++\na = [\n  1,\n  2,\n]\nb = 1\n+++\n';
    expect(apply(toml, removeField(toml, 'a'))).toBe('+++\nb = 1\n+++\n');
  });

  it('removes JSON keys with their commas', () => {
    const post = '{"a": 1, "b": 2, "c": 3}\n';
    expect(apply(post, removeField(post, 'b'))).toBe('{"a": 1, "c": 3}\n');
    expect(apply(post, removeField(post, 'c'))).toBe('{"a": 1, "b": 2}\n');
    expect(apply('{"a": 1}', removeField('{"a": 1}', 'a'))).toBe('{}');
  });

  it('changes nothing for a missing key or a post without front matter', () => {
    expect(removeField('---\na: 1\n---\n', 'b')).toEqual({ ok: true, changes: [] });
    expect(removeField('just a body', 'b')).toEqual({ ok: true, changes: [] });
  });
});
