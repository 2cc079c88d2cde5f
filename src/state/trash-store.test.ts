import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { LAST_DRAFT_KEY } from './create-stores';
import { TRASH_DAYS, daysLeft } from './trash-store';
import { makeStores, storedDraft } from './stores.testkit';
import { KEEP_AFTER_MS, PREVIEW_SNAPSHOT_KEY } from './preview-snapshots';

const T0 = Date.UTC(2024, 8, 10, 12, 0, 0);
const DAY = 86_400_000;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const KEPT = '---\ntitle: Keeper\n---\nStays.\n';
const GONE = '---\ntitle: Castaway\n---\nThrown away.\n';

async function started(
  drafts = createMemoryDraftStore({
    drafts: [
      storedDraft('keep', KEPT, { updatedAt: T0 - 2 }),
      storedDraft('gone', GONE, { updatedAt: T0 - 1 }),
    ],
    settings: { [LAST_DRAFT_KEY]: 'gone' },
  }),
) {
  const stores = makeStores({ drafts });
  await stores.init();
  return stores;
}

describe('trash', () => {
  it('deleting moves the draft to the trash with its history; restoring brings both back and opens it', async () => {
    const stores = await started();
    await stores.drafts.addRevision({ id: 'r', draftId: 'gone', text: 'older', at: T0 - 5, reason: 'edit' });
    expect((await stores.library.getState().deleteDraft('gone')).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.trash.getState().entries.map((e) => [e.draft.id, e.deletedAt])).toEqual([['gone', T0]]);
    expect(stores.library.getState().drafts.map((d) => d.id)).toEqual(['keep']);
    // Long after the Undo of the toast is gone, the trash still has it.
    await vi.advanceTimersByTimeAsync(5 * DAY);
    const restored = await stores.trash.getState().restore('gone');
    expect(restored.ok && restored.value.text).toBe(GONE);
    expect(stores.document.getState().id).toBe('gone');
    expect(stores.trash.getState().entries).toEqual([]);
    expect((await stores.drafts.listRevisions('gone')).ok).toBe(true);
    const history = await stores.drafts.listRevisions('gone');
    expect(history.ok && history.value.map((r) => r.text)).toContain('older');
  });

  it('saves the open draft’s unsaved text before deleting it, and refuses to delete when that fails', async () => {
    const stores = await started();
    stores.document.getState().setText(GONE + 'Last words.\n', 0);
    expect((await stores.library.getState().deleteDraft('gone')).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.trash.getState().entries[0]?.draft.text).toBe(GONE + 'Last words.\n');

    await stores.document.getState().open('keep');
    stores.drafts.failAlwaysWith('storage-full');
    stores.document.getState().setText(KEPT + 'Unsaved.\n', 0);
    const refused = await stores.library.getState().deleteDraft('keep');
    expect(refused.ok).toBe(false);
    expect(stores.document.getState()).toMatchObject({ id: 'keep', text: KEPT + 'Unsaved.\n' });
  });

  it('deletes one draft for good, or empties the whole trash', async () => {
    const stores = await started();
    await stores.library.getState().deleteDraft('gone');
    await stores.library.getState().deleteDraft('keep');
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.trash.getState().entries).toHaveLength(2);
    expect((await stores.trash.getState().purge('gone')).ok).toBe(true);
    expect(stores.trash.getState().entries.map((e) => e.draft.id)).toEqual(['keep']);
    expect(await stores.trash.getState().empty()).toEqual({ ok: true, value: 1 });
    expect(await stores.drafts.listTrash()).toEqual({ ok: true, value: [] });
  });

  it("takes a draft's kept preview render with it when deleted for good, and only that draft's", async () => {
    const stores = await started();
    const keepRender = (draftId: string, text: string) => {
      stores.previewSnapshots.keep(() => ({
        draftId,
        text,
        key: 'k',
        blocks: ['<p>x</p>'],
        starts: [0],
        ends: [2],
      }));
    };
    const keptFor = async () => {
      const read = await stores.drafts.getSetting<{ draftId: string } | null>(PREVIEW_SNAPSHOT_KEY);
      return read.ok ? (read.value?.draftId ?? null) : 'unreadable';
    };
    keepRender('keep', KEPT);
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    await stores.library.getState().deleteDraft('gone');
    await vi.advanceTimersByTimeAsync(0);
    expect((await stores.trash.getState().purge('gone')).ok).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(await keptFor()).toBe('keep');

    keepRender('keep', KEPT + 'More.\n');
    await vi.advanceTimersByTimeAsync(KEEP_AFTER_MS);
    await stores.library.getState().deleteDraft('keep');
    await vi.advanceTimersByTimeAsync(0);
    // In the trash it can still come back: its render stays until it is deleted for good.
    expect(await keptFor()).toBe('keep');
    expect(await stores.trash.getState().empty()).toEqual({ ok: true, value: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(await keptFor()).toBeNull();
  });

  it(`forgets drafts deleted more than ${TRASH_DAYS} days ago at start-up`, async () => {
    const drafts = createMemoryDraftStore({
      trash: [
        { draft: storedDraft('old', 'old'), deletedAt: T0 - (TRASH_DAYS + 1) * DAY },
        { draft: storedDraft('recent', 'recent'), deletedAt: T0 - (TRASH_DAYS - 1) * DAY },
      ],
    });
    const stores = await started(drafts);
    expect(stores.trash.getState().entries.map((e) => e.draft.id)).toEqual(['recent']);
    expect(daysLeft(T0 - (TRASH_DAYS - 1) * DAY, T0)).toBe(1);
    expect(daysLeft(T0, T0)).toBe(TRASH_DAYS);
  });
});
