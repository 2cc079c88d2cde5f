import { describe, expect, it } from 'vitest';
import {
  detectEol,
  indentOfLine,
  lineStartOf,
  nextLineStart,
  positionAt,
  startsItsLine,
  trimLineBreakBefore,
} from './line-ranges';

describe('line-ranges', () => {
  const text = 'ab\r\n  cd\nef';

  it('places offsets on 1-based lines and columns', () => {
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 6)).toEqual({ line: 2, column: 3 });
    expect(positionAt(text, 99)).toEqual({ line: 3, column: 3 });
  });

  it('finds line starts and ends, CRLF included', () => {
    expect(lineStartOf(text, 7)).toBe(4);
    expect(nextLineStart(text, 0)).toBe(4);
    expect(nextLineStart(text, 10)).toBe(text.length);
    expect(trimLineBreakBefore(text, 4)).toBe(2);
    expect(trimLineBreakBefore(text, 9)).toBe(8);
    expect(trimLineBreakBefore(text, 3)).toBe(3);
  });

  it('reads indentation and line break style', () => {
    expect(indentOfLine(text, 7)).toBe('  ');
    expect(startsItsLine(text, 6)).toBe(true);
    expect(startsItsLine(text, 7)).toBe(false);
    expect(detectEol(text)).toBe('\r\n');
    expect(detectEol('a\nb\r\n')).toBe('\n');
    expect(detectEol('one line')).toBe('\n');
  });
});
