import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openBundleDb } from './bundle-db';
import { openIdbDraftStore } from './idb-drafts';
import { createDatabase, openRaw } from './idb-testkit';
import { DB_VERSION } from './schema';

/** A database as schema version 2 left it: drafts (with the updatedAt index) and settings. */
function createV2Database(factory: IDBFactory, name: string): Promise<void> {
  return createDatabase(factory, name, 2, (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('updatedAt', 'updatedAt');
    const settings = db.createObjectStore('settings');
    drafts.put({
      id: 'kept',
      text: '---\ntitle: Kept across the upgrade\n---\nBody\n',
      revision: 4,
      createdAt: 10,
      updatedAt: 20,
      caret: 2,
      meta: { title: 'Kept across the upgrade', date: null, draft: false, tags: [], categories: [] },
    });
    settings.put('kept', 'lastDraftId');
  });
}

describe('schema upgrade from version 2 to 3', () => {
  it('adds the assets and siteLinks stores and keeps every draft and setting', async () => {
    const factory = new IDBFactory();
    await createV2Database(factory, 'postwright');
    const bundle = await openBundleDb({ indexedDB: factory });
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(await bundle.value.assets.list('kept')).toEqual({ ok: true, value: [] });
    bundle.value.close();

    const drafts = await openIdbDraftStore({ indexedDB: factory });
    if (!drafts.ok) throw new Error(drafts.error.message);
    expect(await drafts.value.get('kept')).toMatchObject({ ok: true, value: { revision: 4, caret: 2 } });
    expect(await drafts.value.getSetting('lastDraftId')).toEqual({ ok: true, value: 'kept' });
    drafts.value.close();

    const raw = await openRaw(factory, 'postwright', DB_VERSION);
    expect(raw.version).toBe(DB_VERSION);
    expect([...raw.objectStoreNames]).toEqual(
      expect.arrayContaining(['assets', 'drafts', 'settings', 'siteLinks']),
    );
    const tx = raw.transaction(['assets', 'siteLinks']);
    expect(tx.objectStore('assets').keyPath).toEqual(['draftId', 'path']);
    expect([...tx.objectStore('assets').indexNames]).toEqual(['draftId']);
    expect(tx.objectStore('siteLinks').keyPath).toBe('draftId');
    raw.close();
  });

  it('lets the draft store and the bundle stores share one database, whichever opens first', async () => {
    const factory = new IDBFactory();
    const drafts = await openIdbDraftStore({ indexedDB: factory });
    const bundle = await openBundleDb({ indexedDB: factory });
    expect(drafts.ok && bundle.ok).toBe(true);
    if (bundle.ok) {
      await bundle.value.siteHandle.set({ name: 'a cloneable value' });
      expect(await bundle.value.siteHandle.get()).toEqual({ name: 'a cloneable value' });
      await bundle.value.siteHandle.set(null);
      expect(await bundle.value.siteHandle.get()).toBeUndefined();
    }
  });
});
