import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffText } from './diff-lines';
import { minimalChange } from './text-change';

describe('diffText', () => {
  it('marks removed and added lines and counts them', () => {
    const from = 'title: Harbour\nThe gulls were loud.\nThe end.\n';
    const to = 'title: Harbour\nThe gulls were quiet.\nA new line.\nThe end.\n';
    const diff = diffText(from, to);
    expect(diff.removed).toBe(1);
    expect(diff.added).toBe(2);
    expect(diff.identical).toBe(false);
    expect(diff.parts).toEqual([
      {
        kind: 'lines',
        lines: [
          { kind: 'same', text: 'title: Harbour' },
          { kind: 'removed', text: 'The gulls were loud.' },
          { kind: 'added', text: 'The gulls were quiet.' },
          { kind: 'added', text: 'A new line.' },
          { kind: 'same', text: 'The end.' },
        ],
      },
    ]);
  });

  it('folds long unchanged stretches, keeping context around changes', () => {
    const body = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    const changed = [...body];
    changed[20] = 'line twenty';
    const diff = diffText(body.join('\n'), changed.join('\n'), 2);
    expect(diff.parts.map((p) => p.kind)).toEqual(['fold', 'lines', 'fold']);
    expect(diff.parts[0]).toEqual({ kind: 'fold', hidden: 18 });
    const shown = diff.parts[1]!.kind === 'lines' ? diff.parts[1]!.lines.map((l) => l.text) : [];
    expect(shown).toEqual(['line 18', 'line 19', 'line 20', 'line twenty', 'line 21', 'line 22']);
  });

  it('says when texts are identical', () => {
    expect(diffText('same\n', 'same\n').identical).toBe(true);
  });
});

describe('minimalChange', () => {
  it('replaces only the differing middle', () => {
    expect(minimalChange('The cat sat.', 'The dog sat.')).toEqual({ from: 4, to: 7, insert: 'dog' });
    expect(minimalChange('abc', 'abc')).toBeNull();
    expect(minimalChange('', 'new')).toEqual({ from: 0, to: 0, insert: 'new' });
  });

  it('never splits a surrogate pair', () => {
    // 🍵 and 🍶 share their high surrogate.
    const change = minimalChange('tea 🍵 time', 'tea 🍶 time');
    expect(change).toEqual({ from: 4, to: 6, insert: '🍶' });
  });

  it('property: applying the change gives the new text, with bounds on code point boundaries', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '🍵', '🍶', 'é'), maxLength: 30 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const change = minimalChange(before, after);
        if (change === null) {
          expect(before).toBe(after);
          return;
        }
        expect(before.slice(0, change.from) + change.insert + before.slice(change.to)).toBe(after);
        const low = (s: string, i: number): boolean => /[\uDC00-\uDFFF]/.test(s.charAt(i));
        expect(low(before, change.from)).toBe(false);
        expect(low(before, change.to)).toBe(false);
      }),
    );
  });
});
