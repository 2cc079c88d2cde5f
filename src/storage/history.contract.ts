/**
 * The history and trash behaviour every `DraftStore` must have, as a Vitest suite run by `idb-drafts.test.ts`
 * and `memory-drafts.test.ts` beside the main contract.
 */
import { describe, expect, it } from 'vitest';
import type { DraftStoreHarness } from './drafts.contract';
import { sampleDraft } from './drafts.contract';
import type { Revision } from './drafts';

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

async function kindOf(result: Promise<{ ok: boolean; error?: { kind: string } }>): Promise<string> {
  const r = await result;
  return r.ok ? 'ok' : (r.error?.kind ?? '?');
}

const revision = (id: string, draftId: string, at: number, text = `text of ${id}`): Revision => ({
  id,
  draftId,
  text,
  at,
  reason: 'edit',
});

/** Register the history and trash suite for one implementation. */
export function runHistoryContract(name: string, makeHarness: () => DraftStoreHarness): void {
  describe(`DraftStore history and trash: ${name}`, () => {
    it('keeps revisions per draft, newest first, once per id', async () => {
      const store = await makeHarness().open();
      await must(store.addRevision(revision('r1', 'd1', 10)));
      await must(store.addRevision(revision('r2', 'd1', 30)));
      await must(store.addRevision(revision('r3', 'other', 20)));
      await must(store.addRevision(revision('r1', 'd1', 10)));
      expect((await must(store.listRevisions('d1'))).map((r) => r.id)).toEqual(['r2', 'r1']);
      expect((await must(store.listRevisions())).map((r) => r.id)).toEqual(['r2', 'r3', 'r1']);
      expect(await must(store.listRevisions('d1'))).toContainEqual(revision('r1', 'd1', 10));
      await must(store.removeRevisions(['r2', 'missing']));
      expect((await must(store.listRevisions('d1'))).map((r) => r.id)).toEqual(['r1']);
    });

    it('moves a draft to the trash with its history, and back with a raised revision', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft(), null));
      await must(store.addRevision(revision('r1', 'd1', 10)));
      const entry = await must(store.trash('d1', 5_000));
      expect(entry).toEqual({ draft: { ...sampleDraft(), revision: 1 }, deletedAt: 5_000 });
      expect(await must(store.get('d1'))).toBeUndefined();
      expect(await must(store.listTrash())).toEqual([entry]);
      // A tab that still holds revision 1 cannot bring it back by saving.
      expect(await kindOf(store.save(sampleDraft({ text: 'stale tab' }), 1))).toBe('conflict');
      expect(await must(store.listRevisions('d1'))).toHaveLength(1);

      const restored = await must(store.restore('d1'));
      expect(restored).toEqual({ ...sampleDraft(), revision: 2 });
      expect(await must(store.listTrash())).toEqual([]);
      expect(await kindOf(store.save(sampleDraft({ text: 'stale tab' }), 1))).toBe('conflict');
      expect((await must(store.save(sampleDraft({ text: 'fresh' }), 2))).revision).toBe(3);
    });

    it('refuses to trash a missing draft and to restore over an existing one', async () => {
      const store = await makeHarness().open();
      expect(await kindOf(store.trash('ghost', 1))).toBe('not-found');
      expect(await kindOf(store.restore('ghost'))).toBe('not-found');
      await must(store.save(sampleDraft(), null));
      await must(store.trash('d1', 1));
      await must(store.save(sampleDraft({ text: 'a new draft under the same id' }), null));
      expect(await kindOf(store.restore('d1'))).toBe('conflict');
      expect(await must(store.listTrash())).toHaveLength(1);
    });

    it('lists the trash most recently deleted first and purges entries with their history', async () => {
      const store = await makeHarness().open();
      for (const [id, at] of [
        ['a', 3],
        ['b', 1],
        ['c', 2],
      ] as const) {
        await must(store.save(sampleDraft({ id }), null));
        await must(store.addRevision(revision(`rev-${id}`, id, at)));
        await must(store.trash(id, at * 1000));
      }
      expect((await must(store.listTrash())).map((e) => e.draft.id)).toEqual(['a', 'c', 'b']);
      await must(store.purge(['a', 'b', 'nope']));
      expect((await must(store.listTrash())).map((e) => e.draft.id)).toEqual(['c']);
      expect((await must(store.listRevisions())).map((r) => r.id)).toEqual(['rev-c']);
    });

    it('removes a draft for good with its history', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft(), null));
      await must(store.addRevision(revision('r1', 'd1', 1)));
      await must(store.addRevision(revision('keep', 'other', 1)));
      await must(store.remove('d1'));
      expect((await must(store.listRevisions())).map((r) => r.id)).toEqual(['keep']);
    });

    it('keeps history and trash across a reopen', async () => {
      const harness = makeHarness();
      const store = await harness.open();
      await must(store.save(sampleDraft({ id: 'gone' }), null));
      await must(store.trash('gone', 7));
      await must(store.addRevision(revision('r1', 'd1', 1)));
      const again = await harness.reopen();
      expect((await must(again.listTrash())).map((e) => e.draft.id)).toEqual(['gone']);
      expect((await must(again.listRevisions('d1'))).map((r) => r.id)).toEqual(['r1']);
    });

    it('keeps copies of the crash journals, listed by key, apart from other settings', async () => {
      const harness = makeHarness();
      const store = await harness.open();
      await must(store.putJournal('postwright.journal.tab-b', '{"v":1,"b":true}'));
      await must(store.putJournal('postwright.journal.tab-a', '{"v":1}'));
      await must(store.putJournal('postwright.journal.tab-a', '{"v":1,"again":true}'));
      await must(store.setSetting('lastDraftId', 'x'));
      const again = await harness.reopen();
      expect(await must(again.listJournals())).toEqual([
        { key: 'postwright.journal.tab-a', value: '{"v":1,"again":true}' },
        { key: 'postwright.journal.tab-b', value: '{"v":1,"b":true}' },
      ]);
      await must(again.removeJournal('postwright.journal.tab-a'));
      expect((await must(again.listJournals())).map((j) => j.key)).toEqual(['postwright.journal.tab-b']);
      expect(await must(again.getSetting('lastDraftId'))).toBe('x');
    });

    it('writes nothing when storage is full', async () => {
      const harness = makeHarness();
      const store = await harness.open();
      await must(store.save(sampleDraft(), null));
      harness.injectQuotaError();
      expect(await kindOf(store.addRevision(revision('r1', 'd1', 1)))).toBe('storage-full');
      expect(await must(store.listRevisions('d1'))).toEqual([]);
    });
  });
}
