/**
 * The drafts' summaries (schema version 5): every write path keeps them equal to the drafts without their text,
 * in IndexedDB and in memory; summaries that do not match the drafts are rebuilt, never touching a draft.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBIndex as FakeIndex } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleDraft } from './drafts.contract';
import type { Draft, DraftStore, DraftSummary } from './drafts';
import { openIdbDraftStore } from './idb-drafts';
import { openRaw } from './idb-testkit';
import { createMemoryDraftStore } from './memory-drafts';
import { DB_VERSION } from './schema';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const withoutText = ({ text: _text, ...summary }: Draft): DraftSummary => summary;

/** The summaries must be the drafts without their text, newest first. */
async function expectInStep(store: DraftStore): Promise<void> {
  const drafts = await must(store.list());
  const summaries = await must(store.listSummaries());
  expect(summaries).toEqual(drafts.map(withoutText));
  for (const s of summaries) expect(s).not.toHaveProperty('text');
}

async function idbStore(factory = new IDBFactory()): Promise<DraftStore & { close(): void }> {
  const opened = await openIdbDraftStore({ indexedDB: factory });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const implementations: [string, () => Promise<DraftStore>][] = [
  ['indexeddb', () => idbStore()],
  ['memory', () => Promise.resolve(createMemoryDraftStore())],
];

for (const [name, open] of implementations) {
  describe(`draft summaries: ${name}`, () => {
    it('follow every write: save, save again, trash, restore, remove, purge, a refused save', async () => {
      const store = await open();
      await expectInStep(store);
      const a = await must(store.save(sampleDraft({ id: 'a', updatedAt: 10 }), null));
      await must(store.save(sampleDraft({ id: 'b', updatedAt: 20, sourceName: 'b.md' }), null));
      await must(store.save(sampleDraft({ id: 'c', updatedAt: 30 }), null));
      await expectInStep(store);
      const meta = { title: 'Renamed', date: '2024-01-02', draft: false, tags: ['x'], categories: ['y'] };
      await must(store.save({ ...a, text: 'changed', updatedAt: 40, caret: 2, meta }, a.revision));
      await expectInStep(store);
      expect((await must(store.listSummaries()))[0]).toMatchObject({ id: 'a', revision: 2, meta });
      expect((await store.save({ ...a, text: 'stale' }, a.revision)).ok).toBe(false);
      await expectInStep(store);
      await must(store.trash('b', 50));
      await expectInStep(store);
      expect((await must(store.listSummaries())).map((s) => s.id)).toEqual(['a', 'c']);
      await must(store.restore('b'));
      await expectInStep(store);
      expect((await must(store.listSummaries())).find((s) => s.id === 'b')).toMatchObject({ revision: 2 });
      await must(store.remove('c'));
      await expectInStep(store);
      await must(store.trash('b', 60));
      await must(store.purge(['b']));
      await expectInStep(store);
      expect((await must(store.listSummaries())).map((s) => s.id)).toEqual(['a']);
    });

    it('lists the newest summaries first: the start of every summary, without the texts', async () => {
      const store = await open();
      expect(await must(store.listNewestSummaries(3))).toEqual([]);
      for (const [id, at] of [
        ['e', 50],
        ['b', 20],
        ['d', 40],
        ['a', 10],
        ['c', 30],
      ] as const)
        await must(store.save(sampleDraft({ id, updatedAt: at }), null));
      const all = await must(store.listSummaries());
      expect(await must(store.listNewestSummaries(3))).toEqual(all.slice(0, 3));
      expect((await must(store.listNewestSummaries(3)))?.map((s) => s.id)).toEqual(['e', 'd', 'c']);
      expect(await must(store.listNewestSummaries(10))).toEqual(all);
      // A draft saved again moves to the front.
      const a = await must(store.get('a'));
      await must(store.save({ ...a!, updatedAt: 60 }, a!.revision));
      expect((await must(store.listNewestSummaries(2)))?.map((s) => s.id)).toEqual(['a', 'e']);
      for (const s of (await must(store.listNewestSummaries(10))) ?? []) expect(s).not.toHaveProperty('text');
    });

    it('pages through whole drafts in id order', async () => {
      const store = await open();
      for (const id of ['e', 'b', 'd', 'a', 'c'])
        await must(store.save(sampleDraft({ id, text: `text of ${id}` }), null));
      const first = await must(store.listPage(null, 2));
      expect(first.map((d) => [d.id, d.text])).toEqual([
        ['a', 'text of a'],
        ['b', 'text of b'],
      ]);
      expect((await must(store.listPage('b', 2))).map((d) => d.id)).toEqual(['c', 'd']);
      expect((await must(store.listPage('d', 2))).map((d) => d.id)).toEqual(['e']);
      expect(await must(store.listPage('e', 2))).toEqual([]);
    });
  });
}

/** Run `change` on the raw database's `summaries` store (as a bug or an older build might have left it). */
async function tamper(factory: IDBFactory, change: (summaries: IDBObjectStore) => void): Promise<void> {
  const raw = await openRaw(factory, 'postwright', DB_VERSION);
  const tx = raw.transaction('summaries', 'readwrite');
  change(tx.objectStore('summaries'));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  raw.close();
}

describe('draft summaries out of step with the drafts (indexeddb)', () => {
  async function seeded(factory: IDBFactory): Promise<Draft[]> {
    const store = await idbStore(factory);
    await must(store.save(sampleDraft({ id: 'a', updatedAt: 10 }), null));
    await must(store.save(sampleDraft({ id: 'b', updatedAt: 20 }), null));
    const drafts = await must(store.list());
    store.close();
    return drafts;
  }

  it('lists the newest summaries by a key cursor where the browser has no IndexedDB 3.0 getAllKeys options', async () => {
    const proto = FakeIndex.prototype as { getAllRecords?: unknown };
    const getAllRecords = proto.getAllRecords;
    delete proto.getAllRecords;
    try {
      const store = await idbStore();
      for (const [id, at] of [
        ['b', 20],
        ['d', 40],
        ['a', 10],
        ['c', 30],
      ] as const)
        await must(store.save(sampleDraft({ id, updatedAt: at }), null));
      expect((await must(store.listNewestSummaries(3)))?.map((s) => s.id)).toEqual(['d', 'c', 'b']);
      expect((await must(store.listNewestSummaries(9)))?.map((s) => s.id)).toEqual(['d', 'c', 'b', 'a']);
      store.close();
    } finally {
      proto.getAllRecords = getAllRecords;
    }
  });

  it('has no newest summaries to list apart while one of them is missing (the whole list rebuilds them)', async () => {
    const factory = new IDBFactory();
    const before = await seeded(factory);
    await tamper(factory, (s) => s.delete('b'));
    const store = await idbStore(factory);
    expect(await must(store.listNewestSummaries(5))).toBeNull();
    expect(await must(store.listSummaries())).toEqual(before.map(withoutText));
    expect((await must(store.listNewestSummaries(5)))?.map((s) => s.id)).toEqual(['b', 'a']);
    store.close();
  });

  for (const [what, change] of [
    ['a summary missing', (s: IDBObjectStore) => s.delete('a')],
    [
      'a summary left over',
      (s: IDBObjectStore) => s.put({ ...sampleDraft({ id: 'gone' }), text: undefined }),
    ],
    ['a summary for another id', (s: IDBObjectStore) => (s.delete('a'), s.put({ id: 'gone', revision: 1 }))],
    ['every summary missing', (s: IDBObjectStore) => s.clear()],
  ] as const) {
    it(`rebuilds them from the drafts with ${what}, leaving every draft as it was`, async () => {
      const factory = new IDBFactory();
      const before = await seeded(factory);
      await tamper(factory, change);
      const store = await idbStore(factory);
      expect(await must(store.listSummaries())).toEqual(before.map(withoutText));
      expect(await must(store.list())).toEqual(before);
      await expectInStep(store);
      store.close();
    });
  }
});
