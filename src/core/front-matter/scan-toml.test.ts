import { describe, expect, it } from 'vitest';
import { decodeBasic, scanTomlTopLevel } from './scan-toml';

describe('scanTomlTopLevel', () => {
  it('finds entries, their values and their lines', () => {
    const text = [
      '# comment',
      'title = "a # not a comment" # comment',
      'site."my key" = 1',
      "'lit' = '''",
      "two ''lines'''''",
      'list = [',
      '  "]", # ] in a comment',
      ']',
      'when = 1979-05-27 07:32:00Z',
      '',
      '[params]',
      'x = 1',
      '',
    ].join('\n');
    const scan = scanTomlTopLevel(text);
    expect(scan.ok).toBe(true);
    expect(scan.entries.map((e) => [e.path, text.slice(e.valueStart, e.valueEnd)])).toEqual([
      [['title'], '"a # not a comment"'],
      [['site', 'my key'], '1'],
      [['lit'], "'''\ntwo ''lines'''''"],
      [['list'], '[\n  "]", # ] in a comment\n]'],
      [['when'], '1979-05-27 07:32:00Z'],
    ]);
    const title = scan.entries[0]!;
    expect(text.slice(title.lineStart, title.lineEnd)).toBe('title = "a # not a comment" # comment\n');
    expect(text.slice(title.keyStart, title.keyEnd)).toBe('title');
    expect(text.slice(scan.tablesStart)).toMatch(/^\[params\]/);
  });

  it('says when it meets something that is not TOML', () => {
    expect(scanTomlTopLevel('= 1\n').ok).toBe(false);
    expect(scanTomlTopLevel('a 1\n').ok).toBe(false);
  });

  it('ends the top level at the text end when there is no table', () => {
    expect(scanTomlTopLevel('a = 1\n').tablesStart).toBe(6);
  });
});

describe('decodeBasic', () => {
  it('decodes TOML escapes', () => {
    expect(decodeBasic('a\\tb\\n\\"\\\\\\u00e9\\U0001F600')).toBe('a\tb\n"\\é😀');
    expect(decodeBasic('\\U00110000')).toBe('\\U00110000');
  });
});
