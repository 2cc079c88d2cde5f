import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { createFixedStorageManagerApi } from '../storage/storage-estimate';
import { unzipSync } from 'fflate';
import { LAST_DRAFT_KEY } from './create-stores';
import { makeStores, storedDraft } from './stores.testkit';

const T0 = Date.UTC(2024, 10, 5, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const POST = '---\ntitle: Full shelves\n---\nEvery shelf is full.\n';

/** A browser whose storage holds 400 characters: the open draft, and an old deleted one taking space. */
async function nearlyFull() {
  const drafts = createMemoryDraftStore({
    quotaChars: 400,
    drafts: [storedDraft('d', POST, { updatedAt: T0 - 10 })],
    trash: [{ draft: storedDraft('old', 'x'.repeat(200)), deletedAt: T0 - 1000 }],
    settings: { [LAST_DRAFT_KEY]: 'd' },
  });
  const stores = makeStores({
    drafts,
    storageApi: createFixedStorageManagerApi({ estimate: { usage: 390, quota: 400 }, persisted: true }),
  });
  await stores.init();
  return stores;
}

describe('when storage is full', () => {
  it('says so at once in plain words, keeps the text, and export keeps working', async () => {
    const stores = await nearlyFull();
    const long = POST + 'More words than fit. '.repeat(8);
    stores.document.getState().setText(long, 0);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState().saveState).toMatchObject({
      kind: 'error',
      errorKind: 'storage-full',
      message: expect.stringMatching(/storage is full.*safe in this tab/i),
    });
    expect(stores.document.getState().text).toBe(long);
    expect(stores.drafts.peek('d')?.text).toBe(POST);
    // The journal still holds it, and "Export all" includes the unsaved text.
    expect(stores.journal.map.get(stores.journalKey)).toContain('More words than fit.');
    const exported = await stores.backup.exportAll({ history: true });
    if (!exported.ok) throw new Error(exported.error.message);
    const files = unzipSync(exported.value.bytes);
    const post = Object.entries(files).find(([name]) => name.startsWith('posts/'));
    expect(new TextDecoder().decode(post?.[1])).toBe(long);
  });

  it('offers what can be freed, and emptying the trash lets the save land at once', async () => {
    const stores = await nearlyFull();
    expect(stores.storageStatus.getState()).toMatchObject({ trashCount: 1, trashChars: 200 });
    const long = POST + 'More words than fit. '.repeat(8);
    stores.document.getState().setText(long, 0);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState().saveState.errorKind).toBe('storage-full');
    expect(await stores.storageStatus.getState().emptyTrash()).toEqual({ ok: true, value: 1 });
    expect(stores.document.getState().saveState.kind).toBe('saved');
    expect(stores.drafts.peek('d')?.text).toBe(long);
    expect(stores.storageStatus.getState()).toMatchObject({ trashCount: 0, trashChars: 0 });
  });

  it('thinning the history frees space too', async () => {
    const drafts = createMemoryDraftStore({
      quotaChars: 500,
      drafts: [storedDraft('d', POST, { updatedAt: T0 - 10 })],
      revisions: Array.from({ length: 12 }, (_, i) => ({
        id: `r${i}`,
        draftId: 'd',
        text: 'y'.repeat(30),
        at: T0 - i * 86_400_000,
        reason: 'edit',
      })),
      settings: { [LAST_DRAFT_KEY]: 'd' },
    });
    const stores = makeStores({ drafts });
    await stores.init();
    stores.document.getState().setText(POST + 'z'.repeat(100), 0);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState().saveState.errorKind).toBe('storage-full');
    const thinned = await stores.storageStatus.getState().thinHistory();
    expect(thinned.ok && thinned.value).toBeGreaterThan(0);
    expect(stores.document.getState().saveState.kind).toBe('saved');
  });
});

describe('storage status', () => {
  it('asks for persistent storage once at start-up and shows usage and quota', async () => {
    const api = createFixedStorageManagerApi({
      estimate: { usage: 5_000, quota: 1_000_000 },
      persisted: false,
      grant: true,
    });
    const stores = makeStores({ storageApi: api });
    await stores.init();
    expect(api.persistCalls()).toBe(1);
    expect(stores.storageStatus.getState()).toMatchObject({
      persisted: true,
      estimate: { usage: 5_000, quota: 1_000_000 },
    });
  });

  it('does not ask again when already persistent, and says nothing where the browser says nothing', async () => {
    const api = createFixedStorageManagerApi({ persisted: true });
    await makeStores({ storageApi: api }).init();
    expect(api.persistCalls()).toBe(0);
    const silent = makeStores();
    await silent.init();
    expect(silent.storageStatus.getState()).toMatchObject({ persisted: null, estimate: null });
  });
});
