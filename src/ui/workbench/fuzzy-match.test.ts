import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from './fuzzy-match';

const LABELS = ['Bold', 'Heading 2', 'Heading 3', 'Export .md', 'Export HTML', 'Keyboard shortcuts', 'Image'];

describe('fuzzy matching', () => {
  it('needs every query character in order, ignoring case and spaces', () => {
    expect(fuzzyScore('hd2', 'Heading 2')).not.toBeNull();
    expect(fuzzyScore('2hd', 'Heading 2')).toBeNull();
    expect(fuzzyScore('EXP html', 'Export HTML')).not.toBeNull();
  });

  it('puts word-start and consecutive matches first', () => {
    expect(fuzzyFilter(LABELS, 'exp', (l) => l).slice(0, 2)).toEqual(['Export .md', 'Export HTML']);
    expect(fuzzyFilter(LABELS, 'h3', (l) => l)[0]).toBe('Heading 3');
    expect(fuzzyFilter(LABELS, 'img', (l) => l)[0]).toBe('Image');
  });

  it('keeps every item, in order, for an empty query', () => {
    expect(fuzzyFilter(LABELS, '  ', (l) => l)).toEqual(LABELS);
  });
});
