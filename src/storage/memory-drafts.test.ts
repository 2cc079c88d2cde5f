import { describe, expect, it } from 'vitest';
import { runDraftStoreContract, sampleDraft } from './drafts.contract';
import { runHistoryContract } from './history.contract';
import type { DraftRecordV1 } from './schema';
import { createMemoryDraftStore } from './memory-drafts';
import type { MemoryDraftStore } from './memory-drafts';

runDraftStoreContract('memory', () => {
  let store: MemoryDraftStore | undefined;
  const remember = (s: MemoryDraftStore): MemoryDraftStore => (store = s);
  return {
    open: async () => remember(createMemoryDraftStore()),
    openV1: async (records: DraftRecordV1[]) => remember(createMemoryDraftStore({ v1Records: records })),
    reopen: async () => store ?? remember(createMemoryDraftStore()),
    injectQuotaError: () => store?.failNextWith('storage-full'),
  };
});

runHistoryContract('memory', () => {
  let store: MemoryDraftStore | undefined;
  const remember = (s: MemoryDraftStore): MemoryDraftStore => (store = s);
  return {
    open: async () => remember(createMemoryDraftStore()),
    openV1: async (records: DraftRecordV1[]) => remember(createMemoryDraftStore({ v1Records: records })),
    reopen: async () => store ?? remember(createMemoryDraftStore()),
    injectQuotaError: () => store?.failNextWith('storage-full'),
  };
});

describe('memory store failure hooks', () => {
  it('fails the next writes only, leaving reads alone', async () => {
    const store = createMemoryDraftStore({ drafts: [{ ...sampleDraft(), revision: 1 }] });
    store.failNextWith('unknown', 2);
    expect((await store.get('d1')).ok).toBe(true);
    expect((await store.setSetting('a', 1)).ok).toBe(false);
    expect((await store.save(sampleDraft(), 1)).ok).toBe(false);
    expect((await store.save(sampleDraft(), 1)).ok).toBe(true);
    expect(store.writeCount()).toBe(1);
  });

  it('fails every call of the target until cleared', async () => {
    const store = createMemoryDraftStore();
    store.failAlwaysWith('unavailable', 'any');
    const listed = await store.list();
    expect(listed.ok ? 'ok' : listed.error.kind).toBe('unavailable');
    expect((await store.get('x')).ok).toBe(false);
    store.failAlwaysWith(null);
    expect((await store.list()).ok).toBe(true);
  });

  it('peeks without going through the hooks', async () => {
    const store = createMemoryDraftStore();
    await store.save(sampleDraft(), null);
    store.failAlwaysWith('unavailable', 'any');
    expect(store.peek('d1')?.revision).toBe(1);
  });
});
