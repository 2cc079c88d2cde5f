import { describe, expect, it } from 'vitest';
import { yamlBoolean, yamlFlowItem, yamlKey, yamlScalarText } from './write-yaml';

describe('yamlScalarText', () => {
  it('keeps the style when it can hold the value', () => {
    expect(yamlScalarText('hi', 'PLAIN', 2)).toBe(' hi');
    expect(yamlScalarText('hi', 'QUOTE_SINGLE', 2)).toBe(" 'hi'");
    expect(yamlScalarText('say "hi"', 'QUOTE_DOUBLE', 2)).toBe(' "say \\"hi\\""');
    expect(yamlScalarText('a\nb', 'BLOCK_LITERAL', 4)).toBe(' |-\n    a\n    b');
  });

  it('quotes what plain style would read differently', () => {
    expect(yamlScalarText('a: b', 'PLAIN', 2)).toBe(' "a: b"');
    expect(yamlScalarText('off', 'PLAIN', 2)).toBe(' "off"');
    expect(yamlScalarText('12', 'PLAIN', 2)).toBe(' "12"');
  });

  it('moves line breaks and control characters into double quotes', () => {
    expect(yamlScalarText('a\nb', 'PLAIN', 2)).toBe(' "a\\nb"');
    expect(yamlScalarText('a\u2028b', 'QUOTE_SINGLE', 2)).toBe(' "a\\Lb"');
    expect(yamlScalarText('bell\u0007', 'QUOTE_SINGLE', 2)).toBe(' "bell\\a"');
    expect(yamlScalarText('', 'BLOCK_FOLDED', 2)).toBe(' ""');
  });

  it('keeps emoji in single quotes (a surrogate pair is not a lone surrogate)', () => {
    expect(yamlScalarText('😀', 'QUOTE_SINGLE', 2)).toBe(" '😀'");
  });
});

describe('yamlFlowItem', () => {
  it('writes items in the list’s style, quoting when needed', () => {
    expect(yamlFlowItem('go', 'PLAIN')).toBe('go');
    expect(yamlFlowItem('a, b', 'PLAIN')).toBe('"a, b"');
    expect(yamlFlowItem('[x]', 'PLAIN')).toBe('"[x]"');
    expect(yamlFlowItem('yes', 'PLAIN')).toBe('"yes"');
    expect(yamlFlowItem("it's", 'QUOTE_SINGLE')).toBe("'it''s'");
    expect(yamlFlowItem('x', 'QUOTE_DOUBLE')).toBe('"x"');
  });
});

describe('yamlKey', () => {
  it('leaves ordinary keys bare and quotes the rest', () => {
    expect(yamlKey('title')).toBe('title');
    expect(yamlKey('og-image_2')).toBe('og-image_2');
    expect(yamlKey('my key')).toBe('"my key"');
    expect(yamlKey('no')).toBe('"no"');
    expect(yamlKey('')).toBe('""');
  });
});

describe('yamlBoolean', () => {
  it('answers in the family and case of the old word', () => {
    expect(yamlBoolean(false, 'yes')).toBe('no');
    expect(yamlBoolean(true, 'Off')).toBe('On');
    expect(yamlBoolean(false, 'TRUE')).toBe('FALSE');
    expect(yamlBoolean(true, 'N')).toBe('Y');
    expect(yamlBoolean(true, 'Maybe')).toBe('true');
    expect(yamlBoolean(false, null)).toBe('false');
  });
});
