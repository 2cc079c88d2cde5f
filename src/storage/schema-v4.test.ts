import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openIdbDraftStore } from './idb-drafts';
import { createDatabase, openRaw } from './idb-testkit';
import { DB_VERSION } from './schema';

/** A database as schema version 3 left it, with one draft, a setting and an asset. */
function createV3Database(factory: IDBFactory, name: string): Promise<void> {
  return createDatabase(factory, name, 3, (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('settings').put('pier', 'lastDraftId');
    const assets = db.createObjectStore('assets', { keyPath: ['draftId', 'path'] });
    assets.createIndex('draftId', 'draftId');
    db.createObjectStore('siteLinks', { keyPath: 'draftId' });
    drafts.put({
      id: 'pier',
      text: '---\ntitle: The old pier\n---\nSalt on the rails.\n',
      revision: 7,
      createdAt: 10,
      updatedAt: 20,
      caret: 4,
      meta: { title: 'The old pier', date: null, draft: true, tags: [], categories: [] },
    });
    assets.put({ draftId: 'pier', path: 'gull.png', note: 'kept as it was' });
  });
}

describe('schema upgrade from version 3 to 4', () => {
  it('adds the revisions and trash stores and keeps drafts, settings and assets', async () => {
    const factory = new IDBFactory();
    await createV3Database(factory, 'postwright');
    const opened = await openIdbDraftStore({ indexedDB: factory });
    if (!opened.ok) throw new Error(opened.error.message);
    const store = opened.value;
    expect(await store.get('pier')).toMatchObject({ ok: true, value: { revision: 7, caret: 4 } });
    expect(await store.getSetting('lastDraftId')).toEqual({ ok: true, value: 'pier' });
    expect(await store.listRevisions('pier')).toEqual({ ok: true, value: [] });
    expect(await store.listTrash()).toEqual({ ok: true, value: [] });
    const rev = { id: 'r1', draftId: 'pier', text: 'Salt.', at: 15, reason: 'edit' };
    expect((await store.addRevision(rev)).ok).toBe(true);
    expect((await store.trash('pier', 30)).ok).toBe(true);
    store.close();

    const raw = await openRaw(factory, 'postwright', DB_VERSION);
    expect(raw.version).toBeGreaterThanOrEqual(4);
    expect([...raw.objectStoreNames]).toEqual(
      expect.arrayContaining(['assets', 'drafts', 'revisions', 'settings', 'siteLinks', 'trash']),
    );
    const tx = raw.transaction(['revisions', 'trash', 'assets']);
    expect(tx.objectStore('revisions').keyPath).toBe('id');
    expect([...tx.objectStore('revisions').indexNames]).toEqual(['draftId']);
    expect(tx.objectStore('trash').keyPath).toBe('id');
    const asset = await new Promise<unknown>((resolve) => {
      const request = tx.objectStore('assets').get(['pier', 'gull.png']);
      request.onsuccess = () => resolve(request.result);
    });
    expect(asset).toEqual({ draftId: 'pier', path: 'gull.png', note: 'kept as it was' });
    raw.close();
  });
});
