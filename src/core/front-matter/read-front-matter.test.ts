import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFrontMatter, readFrontMatterCached } from './read-front-matter';
import type { FrontMatterRead } from './types';

function data(read: FrontMatterRead): Record<string, unknown> {
  if (!read.ok) throw new Error(`not ok: ${read.error.message}`);
  return read.data;
}

/** Property tests run hundreds of cases; leave them room when the whole suite shares the machine. */
const PROPERTY_TIMEOUT = 30_000;

describe('readFrontMatter: YAML as Hugo reads it', () => {
  it('reads YAML 1.1 booleans', () => {
    const read = readFrontMatter('---\na: yes\nb: no\nc: on\nd: off\ne: y\nf: N\ng: True\n---\n');
    expect(data(read)).toEqual({ a: true, b: false, c: true, d: false, e: true, f: false, g: true });
  });

  it('keeps keys as written, not as the booleans or numbers they would resolve to', () => {
    expect(Object.keys(data(readFrontMatter('---\nn: 1\nyes: 2\n10: 3\nTitle: x\n---\n')))).toEqual([
      '10',
      'n',
      'yes',
      'Title',
    ]);
  });

  it('keeps dates as the text the author wrote', () => {
    const read = readFrontMatter('---\ndate: 2024-03-27T16:54:49+08:00\nday: 2024-03-27\n---\n');
    expect(data(read)).toEqual({ date: '2024-03-27T16:54:49+08:00', day: '2024-03-27' });
  });

  it('does not read sexagesimal numbers (go-yaml has none)', () => {
    expect(data(readFrontMatter('---\nduration: 1:20\n---\n'))).toEqual({ duration: '1:20' });
  });

  it('applies merge keys and anchors', () => {
    const read = readFrontMatter('---\nbase: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n---\n');
    expect(data(read)['more']).toEqual({ x: 1, y: 2 });
  });

  it('lets the last duplicate key win, with a warning placed in the whole post', () => {
    const read = readFrontMatter('---\ntitle: one\ndraft: true\ntitle: two\n---\nbody\n');
    expect(data(read)['title']).toBe('two');
    expect(read.warnings).toEqual([
      { message: 'duplicate key "title": the last one wins', line: 4, column: 1 },
    ]);
  });

  it('turns a string aliases into a list, as Hugo does', () => {
    expect(data(readFrontMatter('---\naliases: /old /older\n---\n'))['aliases']).toEqual(['/old', '/older']);
    expect(data(readFrontMatter('---\naliases: [/a]\n---\n'))['aliases']).toEqual(['/a']);
  });

  it('reads empty front matter as no keys', () => {
    expect(data(readFrontMatter('---\n---\nbody'))).toEqual({});
    expect(data(readFrontMatter('---\n# only a comment\n---\n'))).toEqual({});
  });

  it('keeps __proto__ an ordinary key', () => {
    const d = data(readFrontMatter('---\n__proto__: {polluted: true}\n---\n'));
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(Object.keys(d)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('places an error in the whole post (line counted from the first ---)', () => {
    const read = readFrontMatter('---\ntitle: ok\ntags: [a, b\n---\n');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.line).toBeGreaterThanOrEqual(3);
    const bad = readFrontMatter('---\ntitle: x\n  bad: indent\n---\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ line: 2, column: 8 });
  });

  it('refuses a list or a scalar as front matter', () => {
    expect(readFrontMatter('---\n- a\n---\n')).toMatchObject({ ok: false, error: { line: 2, column: 1 } });
    expect(readFrontMatter('---\njust words\n---\n').ok).toBe(false);
  });

  it('refuses an alias without an anchor', () => {
    expect(readFrontMatter('---\na: *missing\n---\n')).toMatchObject({
      ok: false,
      error: { line: 2, column: 4 },
    });
  });

  it('says when the block is not closed', () => {
    expect(readFrontMatter('---\ntitle: x\nbody')).toEqual({
      ok: false,
      format: 'yaml',
      error: { message: 'front matter is not closed', line: 1, column: 1 },
      warnings: [],
    });
  });

  it('gives no keys and format null for a post without front matter', () => {
    expect(readFrontMatter('# Hello\n')).toEqual({ ok: true, format: null, data: {}, warnings: [] });
  });
});

describe('readFrontMatter: TOML', () => {
  it('reads values, and native dates as their text', () => {
    const text = '+++\ntitle = "T"\ndraft = true\ndate = 2024-03-27 16:54:49+08:00\ntags = ["a"]\n+++\n';
    expect(data(readFrontMatter(text))).toEqual({
      title: 'T',
      draft: true,
      date: '2024-03-27 16:54:49+08:00',
      tags: ['a'],
    });
  });

  it('reads tables as plain objects', () => {
    const d = data(readFrontMatter('+++\n[params]\nday = 2024-01-02\nn = 1\n+++\n'));
    expect(d).toEqual({ params: { day: '2024-01-02', n: 1 } });
    expect(Object.getPrototypeOf(d['params'])).toBe(Object.prototype);
  });

  it('places an error in the whole post', () => {
    expect(readFrontMatter('+++\ntitle = "a"\ntitle = "b"\n+++\n')).toMatchObject({
      ok: false,
      format: 'toml',
      error: { line: 3, column: 1 },
    });
  });
});

describe('readFrontMatter: JSON', () => {
  it('reads the object', () => {
    expect(data(readFrontMatter('{\n  "title": "J",\n  "n": [1, 2]\n}\nbody'))).toEqual({
      title: 'J',
      n: [1, 2],
    });
  });

  it('places an error at its line and column', () => {
    expect(readFrontMatter('{\n  "title": "J",\n  "n": [1, 2,]\n}\n')).toMatchObject({
      ok: false,
      error: { line: 3, column: 14 },
    });
  });

  it('counts a byte order mark as a column on the first line', () => {
    expect(readFrontMatter('\ufeff{"a": }\n')).toMatchObject({ ok: false, error: { line: 1, column: 8 } });
  });

  it('warns about duplicate keys', () => {
    expect(readFrontMatter('{"a": 1, "a": 2}\n').warnings).toHaveLength(1);
  });
});

describe('readFrontMatterCached', () => {
  it('returns the same answer while only the body changes', () => {
    const first = readFrontMatterCached('---\ntitle: x\n---\nbody one');
    expect(readFrontMatterCached('---\ntitle: x\n---\nbody two')).toBe(first);
    expect(readFrontMatterCached('---\ntitle: y\n---\nbody two')).not.toBe(first);
  });

  it('agrees with readFrontMatter', () => {
    for (const text of [
      '---\na: 1\n---\n',
      '+++\na = 1\n+++\n',
      '{"a": 1}',
      '---\na: [\n---\n',
      '---\nopen',
    ]) {
      expect(readFrontMatterCached(text)).toEqual(readFrontMatter(text));
    }
  });
});

describe('readFrontMatter never throws', () => {
  const prefixes = ['---\n', '+++\n', '{', ''];
  const suffixes = ['\n---\n', '\n+++\n', '}', ''];

  it(
    'for random text in each notation',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...prefixes),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.constantFrom(...suffixes),
          (a, s, b) => {
            const read = readFrontMatter(a + s + b);
            expect(typeof read.ok).toBe('boolean');
            if (!read.ok) expect(read.error.line).toBeGreaterThanOrEqual(1);
          },
        ),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'for text made of YAML, TOML and JSON punctuation',
    () => {
      const pieces = fc.constantFrom(
        ...'-:[]{}"\'#&*!|>,=.\n \t\r\\'.split(''),
        'key',
        '---',
        '+++',
        'yes',
        '<<',
        '2024-01-01',
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...prefixes),
          fc.array(pieces, { maxLength: 60 }),
          fc.constantFrom(...suffixes),
          (a, parts, b) => {
            readFrontMatter(a + parts.join('') + b);
          },
        ),
        { numRuns: 1500 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('for random bytes and lone surrogates', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i * 97 + 13) % 256);
    expect(() => readFrontMatter(`---\n${new TextDecoder('latin1').decode(bytes)}\n---\n`)).not.toThrow();
    expect(() => readFrontMatter('---\ntitle: "\ud800"\nx: \udc00\n---\n')).not.toThrow();
    expect(() => readFrontMatter('{"a": "\ud800"}')).not.toThrow();
  });

  it('for deep nesting', () => {
    const deep = 20000;
    for (const text of [
      `---\na: ${'['.repeat(deep)}${']'.repeat(deep)}\n---\n`,
      `---\na: ${'{b: '.repeat(deep)}1${'}'.repeat(deep)}\n---\n`,
      `+++\na = ${'['.repeat(deep)}${']'.repeat(deep)}\n+++\n`,
      `{"a": ${'['.repeat(deep)}${']'.repeat(deep)}}`,
    ]) {
      const read = readFrontMatter(text);
      expect(typeof read.ok).toBe('boolean');
    }
  });

  it('for an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${'abcdefghijkl'[i]}: &${'abcdefghijkl'[i]} [${Array(9)
          .fill(`*${'abcdefghijkl'[i - 1]}`)
          .join(', ')}]`,
      );
    const read = readFrontMatter(`---\n${lines.join('\n')}\n---\n`);
    expect(read.ok).toBe(false);
  });
});

describe('readFrontMatter and nesting bombs', () => {
  it('refuses YAML nested thousands of levels deep with a message, without crashing the engine', () => {
    const deep = `---\ntitle: ok\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nBody\n`;
    for (let i = 0; i < 5; i++) {
      const read = readFrontMatter(deep);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error.message).toMatch(/nested too deeply/);
        expect(read.error.line).toBe(3);
      }
    }
  });
  it('still reads ordinary nesting and brackets inside quotes', () => {
    const text = `---\na: [[1, 2], {b: [3]}]\nq: "${'['.repeat(300)}"\n---\n`;
    const read = readFrontMatter(text);
    expect(read.ok).toBe(true);
  });
});
