import { describe, expect, it } from 'vitest';
import { HeadingIdRegistry, sanitizeHeadingId } from './heading-id';

describe('sanitizeHeadingId', () => {
  it('keeps Unicode letters and digits, lower-cases, maps spaces and dashes to dashes (github)', () => {
    expect(sanitizeHeadingId('Ünïcode Title — 日本語 ok', 'github')).toBe('ünïcode-title--日本語-ok');
    expect(sanitizeHeadingId('snake_case & C++', 'github')).toBe('snake_case--c');
  });

  it('drops accents and non-ASCII in github-ascii', () => {
    expect(sanitizeHeadingId('Héllo Wörld 日本', 'github-ascii')).toBe('hello-world-');
  });

  it('collapses runs of other characters to one dash in blackfriday', () => {
    expect(sanitizeHeadingId('Hello, World! -- Again', 'blackfriday')).toBe('hello-world-again');
  });
});

describe('HeadingIdRegistry', () => {
  it('numbers repeats -1, -2 and avoids ids the author set', () => {
    const ids = new HeadingIdRegistry('github');
    ids.put('intro-1');
    expect(ids.generate('Intro')).toBe('intro');
    expect(ids.generate('Intro')).toBe('intro-2');
    expect(ids.generate('Intro')).toBe('intro-3');
  });

  it('uses "heading" when nothing is left', () => {
    const ids = new HeadingIdRegistry('github');
    expect(ids.generate('***')).toBe('heading');
    expect(ids.generate('!!!')).toBe('heading-1');
  });
});
