import { describe, expect, it } from 'vitest';
import { JOURNAL_KEY, createCrashJournal, journalKeyFor, listJournals } from './crash-journal';
import type { JournalEntry } from './crash-journal';
import { mapJournal } from './stores.testkit';

const entry = (id: string, text: string, over: Partial<JournalEntry> = {}): JournalEntry => ({
  id,
  text,
  caret: 1,
  baseRevision: 2,
  at: 100,
  unsaved: true,
  ...over,
});

describe('createCrashJournal', () => {
  it('keeps one entry per draft under one key', () => {
    const sync = mapJournal();
    const crash = createCrashJournal(sync);
    crash.write(entry('a', 'alpha'));
    crash.write(entry('b', 'beta'));
    crash.write(entry('a', 'alpha 2'));
    expect([...sync.map.keys()]).toEqual([JOURNAL_KEY]);
    expect(crash.entries().map((e) => [e.id, e.text])).toEqual([
      ['a', 'alpha 2'],
      ['b', 'beta'],
    ]);
  });

  it('removes only an entry holding exactly the saved text, and the key when empty', () => {
    const sync = mapJournal();
    const crash = createCrashJournal(sync);
    crash.write(entry('a', 'typed after the save started'));
    crash.removeIfText('a', 'what was saved');
    expect(crash.get('a')?.text).toBe('typed after the save started');
    crash.removeIfText('a', 'typed after the save started');
    expect(sync.map.has(JOURNAL_KEY)).toBe(false);
  });

  it('parses the stored value once while it is the one it wrote, and again once something else changed it', () => {
    const sync = mapJournal();
    const crash = createCrashJournal(sync);
    crash.write(entry('a', 'alpha'));
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsed++;
      return parse(...args) as unknown;
    };
    try {
      for (let i = 0; i < 5; i++) crash.write(entry('a', `alpha ${i}`));
      expect(parsed).toBe(0);
      // Another writer (a replay at start-up) changed the stored value: it is read anew, and kept.
      sync.map.set(JOURNAL_KEY, JSON.stringify({ v: 1, entries: { b: entry('b', 'beta') } }));
      crash.write(entry('a', 'alpha again'));
      expect(parsed).toBe(1);
    } finally {
      JSON.parse = parse;
    }
    expect(crash.entries().map((e) => [e.id, e.text])).toEqual([
      ['b', 'beta'],
      ['a', 'alpha again'],
    ]);
    sync.map.delete(JOURNAL_KEY);
    expect(crash.entries()).toEqual([]);
  });

  it('reads a damaged journal as empty and drops malformed entries', () => {
    expect(createCrashJournal(mapJournal({ [JOURNAL_KEY]: '{not json' })).entries()).toEqual([]);
    const mixed = JSON.stringify({ v: 1, entries: { a: entry('a', 'ok'), b: { id: 'b', text: 3 } } });
    expect(
      createCrashJournal(mapJournal({ [JOURNAL_KEY]: mixed }))
        .entries()
        .map((e) => e.id),
    ).toEqual(['a']);
  });

  it('when full, keeps the entry being written by dropping the others', () => {
    const sync = mapJournal();
    const crash = createCrashJournal(sync);
    crash.write(entry('old', 'x'.repeat(50)));
    const write = sync.write;
    sync.write = (key, value) => value.length < 150 && write(key, value);
    expect(crash.write(entry('now', 'current text'))).toBe(true);
    expect(crash.entries().map((e) => e.id)).toEqual(['now']);
    sync.full = true;
    expect(crash.write(entry('now', 'more'))).toBe(false);
  });

  it("finds every tab's journal and the old shared one, nothing else", () => {
    const sync = mapJournal({
      [JOURNAL_KEY]: '{}',
      [journalKeyFor('tab-b')]: '{}',
      [journalKeyFor('tab-a')]: '{}',
      'postwright.journal.': '{}',
      'postwright.settings': '{}',
    });
    expect(listJournals(sync)).toEqual([
      { key: 'postwright.journal', tabId: null },
      { key: 'postwright.journal.tab-a', tabId: 'tab-a' },
      { key: 'postwright.journal.tab-b', tabId: 'tab-b' },
    ]);
  });
});
