import { describe, expect, it } from 'vitest';
import { browserLocalStorage, createLocalJournal } from './local-journal';

function fakeStorage(limit = Infinity): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('createLocalJournal', () => {
  it('reads, writes and removes', () => {
    const journal = createLocalJournal(fakeStorage());
    expect(journal.read('k')).toBeNull();
    expect(journal.write('k', 'v')).toBe(true);
    expect(journal.read('k')).toBe('v');
    journal.remove('k');
    expect(journal.read('k')).toBeNull();
  });

  it('lists its keys (no storage, or storage that throws, lists none)', () => {
    const journal = createLocalJournal(fakeStorage());
    journal.write('postwright.journal.tab-a', '{}');
    journal.write('other', 'x');
    expect(journal.keys().sort()).toEqual(['other', 'postwright.journal.tab-a']);
    expect(createLocalJournal(undefined).keys()).toEqual([]);
    const throwing = {
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(createLocalJournal(throwing).keys()).toEqual([]);
  });

  it('returns false on quota instead of throwing, keeping the previous value', () => {
    const journal = createLocalJournal(fakeStorage(5));
    journal.write('k', 'small');
    expect(journal.write('k', 'much too long')).toBe(false);
    expect(journal.read('k')).toBe('small');
  });

  it('works without storage at all', () => {
    const journal = createLocalJournal(undefined);
    expect(journal.write('k', 'v')).toBe(false);
    expect(journal.read('k')).toBeNull();
    expect(() => journal.remove('k')).not.toThrow();
  });

  it('never throws when the browser refuses access', () => {
    const hostile = fakeStorage();
    hostile.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    hostile.removeItem = hostile.getItem;
    const journal = createLocalJournal(hostile);
    expect(journal.read('k')).toBeNull();
    expect(() => journal.remove('k')).not.toThrow();
  });
});

describe('browserLocalStorage', () => {
  it('is undefined in Node', () => {
    expect(browserLocalStorage()).toBeUndefined();
  });
});
