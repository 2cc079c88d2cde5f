import { describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes';

describe('applyChanges', () => {
  it('applies changes given against the original text, in any order', () => {
    const changes = [
      { from: 6, to: 11, insert: 'there' },
      { from: 0, to: 5, insert: 'Hi' },
      { from: 11, to: 11, insert: '!' },
    ];
    expect(applyChanges('hello world', changes)).toBe('Hi there!');
  });

  it('leaves the text alone without changes', () => {
    expect(applyChanges('same', [])).toBe('same');
  });

  it('clamps offsets to the text', () => {
    expect(applyChanges('abc', [{ from: 2, to: 99, insert: 'Z' }])).toBe('abZ');
  });
});
