import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbDraftStore } from './idb-drafts';
import { createDatabase, openRaw } from './idb-testkit';
import { DB_VERSION } from './schema';

const META = { title: '', date: null, draft: false, tags: [], categories: [] };
/** Three drafts and their summaries, changed at 30, 10 and 20. */
const DRAFTS = [
  { id: 'dune', updatedAt: 30 },
  { id: 'reed', updatedAt: 10 },
  { id: 'tern', updatedAt: 20 },
].map(({ id, updatedAt }) => ({
  id,
  text: `---\ntitle: ${id}\n---\n`,
  revision: 1,
  createdAt: 1,
  updatedAt,
  caret: 0,
  meta: { ...META, title: id },
}));

/** A database as schema version 5 left it: drafts and their summaries, the summaries without an index. */
function createV5Database(factory: IDBFactory, name: string): Promise<void> {
  return createDatabase(factory, name, 5, (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('settings');
    db.createObjectStore('assets', { keyPath: ['draftId', 'path'] }).createIndex('draftId', 'draftId');
    db.createObjectStore('siteLinks', { keyPath: 'draftId' });
    db.createObjectStore('revisions', { keyPath: 'id' }).createIndex('draftId', 'draftId');
    db.createObjectStore('trash', { keyPath: 'id' });
    const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
    for (const draft of DRAFTS) {
      drafts.put(draft);
      const { text: _text, ...summary } = draft;
      summaries.put(summary);
    }
  });
}

describe('schema upgrade from version 5 to 6', () => {
  it('indexes the summaries by time, and the newest page is read from that index', async () => {
    const factory = new IDBFactory();
    await createV5Database(factory, 'postwright');
    const opened = await openIdbDraftStore({ indexedDB: factory });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    const newest = await store.listNewestSummaries(2);
    expect(newest.ok && newest.value?.map((s) => s.id)).toEqual(['dune', 'tern']);
    store.close();

    const raw = await openRaw(factory, 'postwright', DB_VERSION);
    expect(raw.version).toBe(6);
    expect([...raw.transaction('summaries').objectStore('summaries').indexNames]).toEqual(['updatedAt']);
    raw.close();
  });
});
