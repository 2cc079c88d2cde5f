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

  it('refuses writes past its quota with storage-full, and takes them again once space is freed', async () => {
    const store = createMemoryDraftStore({ quotaChars: 20 });
    expect((await store.save(sampleDraft({ id: 'a', text: 'x'.repeat(12) }), null)).ok).toBe(true);
    const full = await store.save(sampleDraft({ id: 'b', text: 'y'.repeat(12) }), null);
    expect(full.ok ? 'ok' : full.error.kind).toBe('storage-full');
    const rev = await store.addRevision({
      id: 'r',
      draftId: 'a',
      text: 'z'.repeat(9),
      at: 1,
      reason: 'edit',
    });
    expect(rev.ok ? 'ok' : rev.error.kind).toBe('storage-full');
    // Replacing a text counts only the difference.
    expect((await store.save(sampleDraft({ id: 'a', text: 'x'.repeat(20) }), 1)).ok).toBe(true);
    await store.trash('a', 1);
    expect(store.usedChars()).toBe(20);
    await store.purge(['a']);
    expect((await store.save(sampleDraft({ id: 'b', text: 'y'.repeat(12) }), null)).ok).toBe(true);
  });
});
