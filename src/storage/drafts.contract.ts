/**
 * The behaviour every `DraftStore` must have, as a Vitest suite. `idb-drafts.test.ts` and
 * `memory-drafts.test.ts` run it, so the memory store the state tests use cannot drift from IndexedDB.
 */
import { describe, expect, it } from 'vitest';
import type { Draft, DraftStore } from './drafts';
import type { DraftRecordV1 } from './schema';

/** How the suite gets stores from one implementation. Each call of the factory starts from nothing. */
export interface DraftStoreHarness {
  /** A store over empty storage. */
  open(): Promise<DraftStore>;
  /** A store over storage that schema version 1 wrote with `records` (upgraded on open). */
  openV1(records: DraftRecordV1[]): Promise<DraftStore>;
  /** The same storage opened again, as after a reload. */
  reopen(): Promise<DraftStore>;
  /** Make the next write fail the way a browser does when storage is full. */
  injectQuotaError(): void;
}

/** A draft for the suite; `over` replaces fields. */
export function sampleDraft(over: Partial<Draft> = {}): Draft {
  return {
    id: 'd1',
    text: '---\ntitle: Lanterns at dusk\n---\nThe ferry was late again.\n',
    revision: 0,
    createdAt: 1_000,
    updatedAt: 1_000,
    caret: 3,
    meta: { title: 'Lanterns at dusk', date: null, draft: true, tags: ['boats'], categories: [] },
    ...over,
  };
}

async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Register the contract suite for one implementation under `name`. */
export function runDraftStoreContract(name: string, makeHarness: () => DraftStoreHarness): void {
  describe(`DraftStore contract: ${name}`, () => {
    it('starts empty', async () => {
      const store = await makeHarness().open();
      expect(await store.list()).toEqual({ ok: true, value: [] });
      expect(await store.get('nope')).toEqual({ ok: true, value: undefined });
    });

    it('saves a new draft at revision 1 and reads it back exactly', async () => {
      const store = await makeHarness().open();
      const text = '\uFEFF+++\r\ntitle = "Über café 🍵"\r\n+++\r\nBody\r\n';
      const saved = await must(store.save(sampleDraft({ text, sourceName: 'tea.md' }), null));
      expect(saved.revision).toBe(1);
      expect(await must(store.get('d1'))).toEqual({
        ...sampleDraft({ text, sourceName: 'tea.md' }),
        revision: 1,
      });
    });

    it('increments the revision from the base and refuses a stale base, writing nothing', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft({ text: 'one' }), null));
      const second = await must(store.save(sampleDraft({ text: 'two' }), 1));
      expect(second.revision).toBe(2);
      const stale = await store.save(sampleDraft({ text: 'stale' }), 1);
      expect(stale.ok).toBe(false);
      if (!stale.ok) expect(stale.error.kind).toBe('conflict');
      expect((await must(store.get('d1')))?.text).toBe('two');
    });

    it('refuses a new draft over an existing id and a base for a missing draft', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft(), null));
      const overwrite = await store.save(sampleDraft({ text: 'other' }), null);
      expect(overwrite.ok ? 'ok' : overwrite.error.kind).toBe('conflict');
      const ghost = await store.save(sampleDraft({ id: 'ghost' }), 4);
      expect(ghost.ok ? 'ok' : ghost.error.kind).toBe('conflict');
      expect(await must(store.get('ghost'))).toBeUndefined();
    });

    it('lists newest change first', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft({ id: 'a', updatedAt: 10 }), null));
      await must(store.save(sampleDraft({ id: 'b', updatedAt: 30 }), null));
      await must(store.save(sampleDraft({ id: 'c', updatedAt: 20 }), null));
      expect((await must(store.list())).map((d) => d.id)).toEqual(['b', 'c', 'a']);
    });

    it('removes drafts (removing a missing one is fine)', async () => {
      const store = await makeHarness().open();
      await must(store.save(sampleDraft(), null));
      await must(store.remove('d1'));
      await must(store.remove('d1'));
      expect(await must(store.get('d1'))).toBeUndefined();
      expect(await must(store.list())).toEqual([]);
    });

    it('keeps settings', async () => {
      const store = await makeHarness().open();
      expect(await must(store.getSetting('lastDraftId'))).toBeUndefined();
      await must(store.setSetting('lastDraftId', 'd1'));
      await must(store.setSetting('ui', { splitRatio: 0.4, previewHidden: true }));
      expect(await must(store.getSetting<string>('lastDraftId'))).toBe('d1');
      expect(await must(store.getSetting('ui'))).toEqual({ splitRatio: 0.4, previewHidden: true });
    });

    it('hands out copies: changing a returned draft changes nothing stored', async () => {
      const store = await makeHarness().open();
      const saved = await must(store.save(sampleDraft(), null));
      saved.text = 'mutated';
      const got = await must(store.get('d1'));
      if (got) got.meta.tags.push('mutated');
      expect(await must(store.get('d1'))).toEqual({ ...sampleDraft(), revision: 1 });
    });

    it('keeps everything across a reopen', async () => {
      const harness = makeHarness();
      const store = await harness.open();
      await must(store.save(sampleDraft(), null));
      await must(store.setSetting('lastDraftId', 'd1'));
      const again = await harness.reopen();
      expect((await must(again.get('d1')))?.revision).toBe(1);
      expect(await must(again.getSetting('lastDraftId'))).toBe('d1');
    });

    it('reports a full storage in plain words and writes nothing', async () => {
      const harness = makeHarness();
      const store = await harness.open();
      await must(store.save(sampleDraft({ text: 'kept' }), null));
      harness.injectQuotaError();
      const full = await store.save(sampleDraft({ text: 'too much' }), 1);
      expect(full.ok).toBe(false);
      if (!full.ok) {
        expect(full.error.kind).toBe('storage-full');
        expect(full.error.message).toMatch(/storage is full.*safe in this tab/i);
      }
      expect((await must(store.get('d1')))?.text).toBe('kept');
      expect((await must(store.save(sampleDraft({ text: 'later' }), 1))).revision).toBe(2);
    });

    it('upgrades schema version 1 drafts, keeping every one', async () => {
      const records: DraftRecordV1[] = [
        { id: 'old-1', text: '---\ntitle: First light\n---\nMorning.\r\n', updatedAt: 500 },
        { id: 'old-2', text: 'no front matter at all ✍️', updatedAt: 900 },
      ];
      const store = await makeHarness().openV1(records);
      const drafts = await must(store.list());
      expect(drafts.map((d) => d.id)).toEqual(['old-2', 'old-1']);
      expect(drafts[1]).toEqual({
        id: 'old-1',
        text: '---\ntitle: First light\n---\nMorning.\r\n',
        revision: 1,
        createdAt: 500,
        updatedAt: 500,
        caret: 0,
        meta: { title: '', date: null, draft: false, tags: [], categories: [] },
      });
      expect((await must(store.save({ ...drafts[0]!, text: 'edited' }, 1))).revision).toBe(2);
    });
  });
}
