import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbDraftStore } from './idb-drafts';
import { createV1Database, openRaw } from './idb-testkit';
import { DB_VERSION, normalizeDraft } from './schema';

describe('schema upgrade from version 1', () => {
  it('keeps every draft, adds the updatedAt index and the settings store', async () => {
    const factory = new IDBFactory();
    const records = Array.from({ length: 25 }, (_, i) => ({
      id: `note-${i}`,
      text: `---\ntitle: Note ${i}\n---\nLine ${i}\n`,
      updatedAt: 1_700_000_000_000 + i,
    }));
    await createV1Database(factory, 'postwright', records);
    const opened = await openIdbDraftStore({ indexedDB: factory });
    if (!opened.ok) throw new Error(opened.error.message);
    const listed = await opened.value.list();
    expect(listed.ok && listed.value.length).toBe(25);
    expect(listed.ok && listed.value[0]).toMatchObject({ id: 'note-24', revision: 1, caret: 0 });
    opened.value.close();

    const raw = await openRaw(factory, 'postwright', DB_VERSION);
    expect([...raw.objectStoreNames]).toEqual(
      expect.arrayContaining(['assets', 'drafts', 'settings', 'siteLinks']),
    );
    const tx = raw.transaction('drafts');
    expect([...tx.objectStore('drafts').indexNames]).toEqual(['updatedAt']);
    const stored = await new Promise<unknown>((resolve) => {
      const request = tx.objectStore('drafts').get('note-3');
      request.onsuccess = () => resolve(request.result);
    });
    expect(stored).toEqual({
      id: 'note-3',
      text: '---\ntitle: Note 3\n---\nLine 3\n',
      revision: 1,
      createdAt: 1_700_000_000_003,
      updatedAt: 1_700_000_000_003,
      caret: 0,
      meta: { title: '', date: null, draft: false, tags: [], categories: [] },
    });
    raw.close();
  });

  it('creates a fresh database at the current version', async () => {
    const factory = new IDBFactory();
    const opened = await openIdbDraftStore({ indexedDB: factory, name: 'fresh' });
    expect(opened.ok).toBe(true);
    if (opened.ok) opened.value.close();
    const raw = await openRaw(factory, 'fresh', DB_VERSION);
    expect(raw.version).toBe(DB_VERSION);
    raw.close();
  });
});

describe('normalizeDraft', () => {
  it('fills what a damaged record lacks and clamps the caret', () => {
    expect(normalizeDraft({ id: 'x', text: 'abc', caret: 99, meta: { title: 7, tags: ['a', 3] } })).toEqual({
      id: 'x',
      text: 'abc',
      revision: 1,
      createdAt: 0,
      updatedAt: 0,
      caret: 3,
      meta: { title: '', date: null, draft: false, tags: ['a'], categories: [] },
    });
  });

  it('keeps a non-string text as JSON rather than dropping it, and rejects records without an id', () => {
    expect(normalizeDraft({ id: 'y', text: { body: 'hi' } })?.text).toBe('{"body":"hi"}');
    expect(normalizeDraft({ text: 'orphan' })).toBeNull();
    expect(normalizeDraft(null)).toBeNull();
  });

  it('keeps sourceName and a valid revision', () => {
    expect(normalizeDraft({ id: 'z', text: '', revision: 7, sourceName: 'a.md' })).toMatchObject({
      revision: 7,
      sourceName: 'a.md',
    });
  });
});
