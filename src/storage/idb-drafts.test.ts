import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDraftStoreContract, sampleDraft } from './drafts.contract';
import { runHistoryContract } from './history.contract';
import { openIdbDraftStore } from './idb-drafts';
import type { DraftStore } from './drafts';
import { createV1Database, openRaw } from './idb-testkit';
import { DB_VERSION } from './schema';

async function mustOpen(factory: IDBFactory, name = 'postwright'): Promise<DraftStore> {
  const opened = await openIdbDraftStore({ indexedDB: factory, name });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

afterEach(() => vi.restoreAllMocks());

function quotaOnNextPut(): void {
  const original = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
    spy.mockImplementation(original);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

runDraftStoreContract('indexeddb', () => {
  const factory = new IDBFactory();
  return {
    open: () => mustOpen(factory),
    openV1: async (records) => {
      await createV1Database(factory, 'postwright', records);
      return mustOpen(factory);
    },
    reopen: () => mustOpen(factory),
    injectQuotaError: quotaOnNextPut,
  };
});

runHistoryContract('indexeddb', () => {
  const factory = new IDBFactory();
  return {
    open: () => mustOpen(factory),
    openV1: async (records) => {
      await createV1Database(factory, 'postwright', records);
      return mustOpen(factory);
    },
    reopen: () => mustOpen(factory),
    injectQuotaError: quotaOnNextPut,
  };
});

describe('openIdbDraftStore failures', () => {
  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    vi.stubGlobal('indexedDB', undefined);
    try {
      const opened = await openIdbDraftStore();
      expect(opened.ok ? 'ok' : opened.error.kind).toBe('unavailable');
    } finally {
      vi.stubGlobal('indexedDB', saved);
      vi.unstubAllGlobals();
    }
  });

  it('says storage is unavailable when opening throws (blocked site data)', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });
    const opened = await openIdbDraftStore({ indexedDB: factory });
    expect(opened.ok ? 'ok' : opened.error.kind).toBe('unavailable');
  });

  it('asks for a reload when a newer version already upgraded the database', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, 'postwright', 9)).close();
    const opened = await openIdbDraftStore({ indexedDB: factory });
    expect(opened.ok).toBe(false);
    if (!opened.ok)
      expect(opened.error).toMatchObject({ kind: 'blocked', message: expect.stringMatching(/reload/) });
  });

  it('reports blocked while an old tab holds version 1 open', async () => {
    const factory = new IDBFactory();
    await createV1Database(factory, 'postwright', []);
    const oldTab = await openRaw(factory, 'postwright', 1);
    const opened = await openIdbDraftStore({ indexedDB: factory });
    expect(opened.ok ? 'ok' : opened.error.kind).toBe('blocked');
    oldTab.close();
  });

  it('steps aside for a newer tab and then asks this one to reload', async () => {
    const factory = new IDBFactory();
    const store = await mustOpen(factory);
    await store.save(sampleDraft(), null);
    (await openRaw(factory, 'postwright', DB_VERSION + 1)).close();
    const after = await store.get('d1');
    expect(after.ok ? 'ok' : after.error.message).toMatch(/reload this tab/);
  });
});
