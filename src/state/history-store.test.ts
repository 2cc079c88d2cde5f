import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { DEFAULT_PRUNE_POLICY } from '../core/history/prune-revisions';
import { LAST_DRAFT_KEY } from './create-stores';
import { REVISION_INTERVAL_MS } from './history-store';
import { makeStores, storedDraft } from './stores.testkit';

const T0 = Date.UTC(2024, 6, 1, 8, 0, 0);
const MIN = 60_000;
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const AT_REST = '---\ntitle: Orchard notes\n---\nApples in rows.\n';

async function started() {
  const drafts = createMemoryDraftStore({
    drafts: [storedDraft('d', AT_REST, { updatedAt: T0 - 86_400_000 })],
    settings: { [LAST_DRAFT_KEY]: 'd' },
  });
  const stores = makeStores({ drafts });
  await stores.init();
  return stores;
}

async function texts(stores: Awaited<ReturnType<typeof started>>, id = 'd'): Promise<string[]> {
  const listed = await stores.drafts.listRevisions(id);
  return listed.ok ? listed.value.map((r) => r.text) : [];
}

async function type(stores: Awaited<ReturnType<typeof started>>, text: string): Promise<void> {
  stores.document.getState().setText(text, 0);
  await vi.advanceTimersByTimeAsync(500);
}

describe('history', () => {
  it('keeps the text at rest before the first change, then a revision at least every few minutes of editing', async () => {
    const stores = await started();
    await type(stores, AT_REST + 'a');
    expect(await texts(stores)).toEqual([AT_REST + 'a', AT_REST]);
    // Editing on for ten minutes, a save every half minute: one revision per interval, not per save.
    for (let i = 1; i <= 20; i++) {
      vi.setSystemTime(T0 + i * 30_000);
      await type(stores, AT_REST + 'a' + 'b'.repeat(i));
    }
    const saved = await texts(stores);
    expect(saved.length).toBeGreaterThanOrEqual(1 + Math.floor((10 * MIN) / REVISION_INTERVAL_MS));
    expect(saved.length).toBeLessThanOrEqual(2 + Math.ceil((10 * MIN) / REVISION_INTERVAL_MS));
    expect(saved.at(-1)).toBe(AT_REST);
  });

  it('stays bounded per draft however long the editing goes on', async () => {
    const stores = await started();
    for (let i = 0; i < 400; i++) {
      vi.setSystemTime(T0 + i * 2 * REVISION_INTERVAL_MS);
      await type(stores, AT_REST + i);
    }
    expect((await texts(stores)).length).toBeLessThanOrEqual(DEFAULT_PRUNE_POLICY.maxCount);
  });

  it('lists revisions with time and text, restores one (the replaced text kept), and the restore can be undone', async () => {
    const stores = await started();
    await type(stores, AT_REST + 'first edit');
    vi.setSystemTime(T0 + 10 * MIN);
    await type(stores, AT_REST + 'second edit');
    await stores.history.getState().load('d');
    const revisions = stores.history.getState().revisions;
    expect(revisions.map((r) => r.text)).toEqual([AT_REST + 'second edit', AT_REST + 'first edit', AT_REST]);
    stores.document.getState().setText(AT_REST + 'unsaved words', 0);

    const original = revisions.at(-1)!;
    const restored = await stores.history.getState().restore(original.id);
    expect(restored).toEqual({ ok: true, value: { previousText: AT_REST + 'unsaved words' } });
    expect(stores.document.getState()).toMatchObject({ text: AT_REST, externalKind: 'restore' });
    expect(stores.drafts.peek('d')?.text).toBe(AT_REST);
    expect(stores.history.getState().revisions.map((r) => [r.text, r.reason])).toContainEqual([
      AT_REST + 'unsaved words',
      'before-restore',
    ]);

    stores.history.getState().undoRestore(AT_REST + 'unsaved words');
    await stores.document.getState().saveNow();
    expect(stores.drafts.peek('d')?.text).toBe(AT_REST + 'unsaved words');
  });

  it('keeps a snapshot other features ask for before a bulk change, once per text', async () => {
    const stores = await started();
    const kept = await stores.history
      .getState()
      .snapshot('d', AT_REST + 'before replace-all', 'before-change');
    expect(kept.ok && kept.value.reason).toBe('before-change');
    const again = await stores.history
      .getState()
      .snapshot('d', AT_REST + 'before replace-all', 'before-change');
    expect(again.ok && kept.ok && again.value.id).toBe(kept.ok ? kept.value.id : '');
    expect(await texts(stores)).toEqual([AT_REST + 'before replace-all']);
  });

  it('refuses to restore a revision of another draft', async () => {
    const stores = await started();
    await stores.drafts.addRevision({ id: 'x', draftId: 'other', text: 'elsewhere', at: T0, reason: 'edit' });
    await stores.history.getState().load('other');
    expect((await stores.history.getState().restore('x')).ok).toBe(false);
    expect(stores.document.getState().text).toBe(AT_REST);
  });

  it('keeps an imported draft’s original text as its first revision', async () => {
    const stores = await started();
    const outcome = await stores.library.getState().importFiles([{ name: 'kites.md', text: '# Kites\n' }]);
    await vi.advanceTimersByTimeAsync(0);
    const id = outcome.imported[0]!.id;
    const listed = await stores.drafts.listRevisions(id);
    expect(listed.ok && listed.value.map((r) => [r.text, r.reason])).toEqual([['# Kites\n', 'imported']]);
  });

  it('thins every draft’s history hard when asked to free space', async () => {
    const stores = await started();
    for (let i = 0; i < 60; i++) {
      await stores.drafts.addRevision({
        id: `r${i}`,
        draftId: 'd',
        text: `v${i}`,
        at: T0 - i * 20 * MIN,
        reason: 'edit',
      });
    }
    const thinned = await stores.storageStatus.getState().thinHistory();
    expect(thinned.ok && thinned.value).toBeGreaterThan(40);
    expect((await texts(stores)).length).toBeLessThanOrEqual(10);
  });
});
