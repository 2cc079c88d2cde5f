import { describe, expect, it } from 'vitest';
import { scanJson } from './scan-json';

describe('scanJson', () => {
  it('finds top-level entries with exact offsets, skipping nested ones', () => {
    const text = '{ "a": 1, "b": {"c": [true, null]}, "d": "x\\"y" }';
    const scan = scanJson(text);
    if (!scan.ok) throw new Error(scan.message);
    expect(
      scan.entries.map((e) => [
        e.key,
        text.slice(e.keyStart, e.keyEnd),
        text.slice(e.valueStart, e.valueEnd),
      ]),
    ).toEqual([
      ['a', '"a"', '1'],
      ['b', '"b"', '{"c": [true, null]}'],
      ['d', '"d"', '"x\\"y"'],
    ]);
    expect([scan.objectStart, scan.objectEnd]).toEqual([0, text.length - 1]);
  });

  it('reports duplicate keys at any depth', () => {
    const scan = scanJson('{"a": {"x": 1, "x": 2}, "a": 3}');
    expect(scan.ok && scan.duplicates).toEqual([
      { key: 'x', offset: 15 },
      { key: 'a', offset: 24 },
    ]);
  });

  it.each([
    ['{"a": 1,}', 8, 'expected a string in double quotes'],
    ['{"a": "\\x"}', 7, 'invalid escape in a string'],
    ['{"a": "tab\there"}', 10, 'control character in a string'],
    ['{"a": 01}', 7, 'expected "," or "}"'],
    ['{"a": 1} extra', 9, 'unexpected text after the object'],
    ['{"a" 1}', 5, 'expected ":" after a key'],
    ['{"a": ', 6, 'unexpected end of the object'],
    ['[1]', 0, 'JSON front matter must be an object'],
  ])('places the problem in %j', (text, offset, message) => {
    expect(scanJson(text)).toEqual({ ok: false, message, offset });
  });

  it('gives up on absurd nesting instead of exhausting the stack', () => {
    const scan = scanJson(`{"a": ${'['.repeat(100000)}${']'.repeat(100000)}}`);
    expect(scan).toMatchObject({ ok: false, message: 'nested too deeply' });
  });
});
