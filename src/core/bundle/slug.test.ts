import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './slug';

describe('slugify (Hugo urlize)', () => {
  it('lower-cases, drops punctuation, turns spaces into dashes', () => {
    expect(slugify('Notes from GopherCon 2025: What I Learned')).toBe(
      'notes-from-gophercon-2025-what-i-learned',
    );
  });
  it('keeps dashes as Hugo does, including runs', () => {
    expect(slugify('Before - after')).toBe('before---after');
  });
  it('keeps letters of any script and accents', () => {
    expect(slugify('Café 東京 Über')).toBe('café-東京-über');
  });
  it('drops path characters and trims edge dots and dashes', () => {
    expect(slugify('  ../a/b#c%d ')).toBe('abcd');
    expect(slugify('...Hidden')).toBe('hidden');
  });
  it('gives untitled.md for an empty title', () => {
    expect(exportFileName('')).toBe('untitled.md');
    expect(exportFileName('!!!')).toBe('untitled.md');
    expect(exportFileName('Hello World')).toBe('hello-world.md');
  });
});
