import { describe, expect, it } from 'vitest';
import { matchLinkify } from './linkify';

describe('matchLinkify', () => {
  it('matches http(s), ftp, www. and e-mail addresses at the start', () => {
    expect(matchLinkify('https://example.com/a b')).toEqual({ length: 21, kind: 'url' });
    expect(matchLinkify('www.example.com.')).toEqual({ length: 15, kind: 'www' });
    expect(matchLinkify('me@example.com, hi')).toEqual({ length: 14, kind: 'email' });
    expect(matchLinkify('plain words')).toBeNull();
  });

  it('trims trailing punctuation but keeps quotes and balanced parentheses', () => {
    expect(matchLinkify("https://example.com/q' x")?.length).toBe(22);
    expect(matchLinkify('https://example.com/a_(b) x')?.length).toBe(25);
    expect(matchLinkify('https://example.com/a?! x')?.length).toBe(21);
  });

  it('stops at non-ASCII such as CJK punctuation', () => {
    expect(matchLinkify('https://example.cn/a，后面')?.length).toBe(20);
  });
});
