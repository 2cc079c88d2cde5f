import { describe, expect, it } from 'vitest';
import { isTomlDateTime, tomlInlineValue, tomlKey, tomlString } from './write-toml';

describe('tomlString', () => {
  it('writes each string style', () => {
    expect(tomlString('a "b" \\ c', 'basic', false, '\n')).toBe('"a \\"b\\" \\\\ c"');
    expect(tomlString('C:\\path', 'literal', false, '\n')).toBe("'C:\\path'");
    expect(tomlString('one\ntwo', 'ml-basic', true, '\r\n')).toBe('"""\r\none\r\ntwo"""');
    expect(tomlString('one\ntwo', 'ml-literal', false, '\n')).toBe("'''one\ntwo'''");
  });

  it('falls back to basic when a literal cannot hold the value', () => {
    expect(tomlString("it's", 'literal', false, '\n')).toBe('"it\'s"');
    expect(tomlString('a\nb', 'literal', false, '\n')).toBe('"a\\nb"');
    expect(tomlString("has '''", 'ml-literal', false, '\n')).toBe('"""has \'\'\'"""');
  });

  it('escapes control characters and keeps a leading line break', () => {
    expect(tomlString('\u0001\u007f', 'basic', false, '\n')).toBe('"\\u0001\\u007F"');
    expect(tomlString('\nstarts', 'ml-basic', false, '\n')).toBe('"""\\nstarts"""');
    expect(tomlString('\nstarts', 'ml-literal', false, '\n')).toBe("'''\n\nstarts'''");
  });
});

describe('tomlKey', () => {
  it('quotes keys that are not bare', () => {
    expect(tomlKey('title_2-x')).toBe('title_2-x');
    expect(tomlKey('a.b')).toBe('"a.b"');
  });
});

describe('tomlInlineValue', () => {
  it('writes nested values inline, and refuses what TOML cannot hold', () => {
    expect(tomlInlineValue({ a: 1, 'b c': [true, 'x'], d: {} })).toBe(
      '{ a = 1, "b c" = [true, "x"], d = {} }',
    );
    expect(tomlInlineValue(null)).toBeNull();
    expect(tomlInlineValue([1, null])).toBeNull();
    expect(tomlInlineValue(Number.NaN)).toBeNull();
  });
});

describe('isTomlDateTime', () => {
  it('accepts RFC 3339 with seconds and plain dates only', () => {
    expect(isTomlDateTime('2024-03-27T16:54:49+08:00')).toBe(true);
    expect(isTomlDateTime('2024-03-27')).toBe(true);
    expect(isTomlDateTime('2024-03-27 16:54:49 +0800')).toBe(false);
  });
});
