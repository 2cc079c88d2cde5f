import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbDraftStore } from './idb-drafts';
import { createDatabase, openRaw } from './idb-testkit';
import { DB_VERSION } from './schema';

const WITH_META = {
  id: 'pier',
  text: '---\ntitle: The old pier\n---\nSalt on the rails.\n',
  revision: 7,
  createdAt: 10,
  updatedAt: 20,
  caret: 4,
  sourceName: 'pier.md',
  meta: { title: 'The old pier', date: null, draft: true, tags: ['sea'], categories: [] },
};
/** As version 1 left a draft (upgraded by version 2 without meta). */
const WITHOUT_META = { id: 'gull', text: '---\ntitle: Gulls\n---\nLoud.\n', updatedAt: 30 };

/** A database as schema version 4 left it: two drafts (one without stored meta), a setting, a revision, trash. */
function createV4Database(factory: IDBFactory, name: string): Promise<void> {
  return createDatabase(factory, name, 4, (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('settings').put('pier', 'lastDraftId');
    db.createObjectStore('assets', { keyPath: ['draftId', 'path'] }).createIndex('draftId', 'draftId');
    db.createObjectStore('siteLinks', { keyPath: 'draftId' });
    const revisions = db.createObjectStore('revisions', { keyPath: 'id' });
    revisions.createIndex('draftId', 'draftId');
    const trash = db.createObjectStore('trash', { keyPath: 'id' });
    drafts.put(WITH_META);
    drafts.put(WITHOUT_META);
    revisions.put({ id: 'r1', draftId: 'pier', text: 'Salt.', at: 15, reason: 'edit' });
    trash.put({ id: 'old', draft: { ...WITH_META, id: 'old' }, deletedAt: 5 });
  });
}

function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('schema upgrade from version 4 to 5', () => {
  it('builds a summary for every draft (with and without stored meta) and leaves the drafts as they were', async () => {
    const factory = new IDBFactory();
    await createV4Database(factory, 'postwright');
    const opened = await openIdbDraftStore({ indexedDB: factory });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    const summaries = await store.listSummaries();
    expect(summaries).toEqual({
      ok: true,
      value: [
        {
          id: 'gull',
          revision: 1,
          createdAt: 30,
          updatedAt: 30,
          caret: 0,
          meta: { title: '', date: null, draft: false, tags: [], categories: [] },
        },
        {
          id: 'pier',
          revision: 7,
          createdAt: 10,
          updatedAt: 20,
          caret: 4,
          sourceName: 'pier.md',
          meta: WITH_META.meta,
        },
      ],
    });
    expect(await store.getSetting('lastDraftId')).toEqual({ ok: true, value: 'pier' });
    expect((await store.listRevisions('pier')).ok && (await store.listTrash()).ok).toBe(true);
    store.close();

    const raw = await openRaw(factory, 'postwright', DB_VERSION);
    expect(raw.version).toBe(DB_VERSION);
    expect(raw.transaction('summaries').objectStore('summaries').keyPath).toBe('id');
    // The upgrade only read the drafts: byte for byte as version 4 stored them.
    expect(await readAll(raw, 'drafts')).toEqual([WITHOUT_META, WITH_META]);
    expect(await readAll(raw, 'trash')).toHaveLength(1);
    raw.close();
  });
});
