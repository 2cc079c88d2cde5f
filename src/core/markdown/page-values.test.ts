import { describe, expect, it } from 'vitest';
import {
  autoSummary,
  autoSummaryCjk,
  countWords,
  escapeHtml,
  plainText,
  readingMinutes,
} from './page-values';

describe('countWords and readingMinutes', () => {
  it('counts white-space separated words, and characters of non-ASCII words on CJK pages', () => {
    expect(countWords('one two  three\nfour', false)).toBe(4);
    expect(countWords('日本語 abc', false)).toBe(2);
    expect(countWords('日本語 abc', true)).toBe(4);
  });

  it('rounds reading time up at 213 (or 501 CJK) words a minute', () => {
    expect(readingMinutes(0, false)).toBe(0);
    expect(readingMinutes(1, false)).toBe(1);
    expect(readingMinutes(213, false)).toBe(1);
    expect(readingMinutes(214, false)).toBe(2);
    expect(readingMinutes(502, true)).toBe(2);
  });
});

describe('autoSummary', () => {
  it('keeps short text whole', () => {
    expect(autoSummary('Just a few words.')).toEqual({ summary: 'Just a few words.', truncated: false });
  });

  it('cuts after the 70th word at the end of the sentence', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`);
    words[74] = 'end.';
    const { summary, truncated } = autoSummary(words.join(' '));
    expect(summary.split(' ')).toHaveLength(75);
    expect(summary.endsWith('end.')).toBe(true);
    expect(truncated).toBe(true);
  });

  it('counts CJK characters as words', () => {
    const { summary, truncated } = autoSummaryCjk('字'.repeat(100));
    expect(summary).toBe('字'.repeat(70));
    expect(truncated).toBe(true);
  });
});

describe('plainText', () => {
  it('drops tags, ends paragraphs with a line break, collapses runs of space, keeps no-break spaces inside words', () => {
    const tree = {
      type: 'root' as const,
      children: [
        {
          type: 'element' as const,
          tagName: 'p',
          properties: {},
          children: [{ type: 'text' as const, value: 'a\u00a0b' }],
        },
        { type: 'text' as const, value: '\n' },
        { type: 'element' as const, tagName: 'br', properties: {}, children: [] },
      ],
    };
    expect(plainText(tree)).toBe('a&#160;b\n');
    expect(countWords(plainText(tree), false)).toBe(1);
  });

  it('escapes text for HTML but leaves entities alone', () => {
    expect(escapeHtml('a < b & c &amp; >')).toBe('a &lt; b &amp; c &amp; &gt;');
  });
});
