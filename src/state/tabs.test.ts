import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { createTabHub } from '../storage/memory-tabs';
import type { MemoryTabLink, TabHub } from '../storage/memory-tabs';
import { LAST_DRAFT_KEY } from './create-stores';
import { mapJournal, makeStores, storedDraft } from './stores.testkit';
import type { MapJournal } from './stores.testkit';
import type { MemoryDraftStore } from '../storage/memory-drafts';

const T0 = Date.UTC(2024, 4, 2, 10, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const POST = '---\ntitle: Dune walk\n---\nSand in every pocket.\n';
const OTHER = '---\ntitle: Lighthouse\n---\nThe lamp turns.\n';

interface Browser {
  drafts: MemoryDraftStore;
  journal: MapJournal;
  hub: TabHub;
}

function browser(): Browser {
  return {
    drafts: createMemoryDraftStore({
      drafts: [
        storedDraft('d', POST, { updatedAt: T0 - 100 }),
        storedDraft('o', OTHER, { updatedAt: T0 - 200 }),
      ],
      settings: { [LAST_DRAFT_KEY]: 'd' },
    }),
    journal: mapJournal(),
    hub: createTabHub(),
  };
}

async function tab(
  b: Browser,
  name: string,
): Promise<ReturnType<typeof makeStores> & { link: MemoryTabLink }> {
  const link = b.hub.link(name);
  const stores = makeStores({ drafts: b.drafts, journal: b.journal, tabs: link, idPrefix: name });
  await stores.init();
  return Object.assign(stores, { link });
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('two tabs on one draft', () => {
  it('a second tab opening never replays the first tab’s unsaved text, so the first tab’s save still lands', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    b.drafts.failAlwaysWith('storage-full');
    a.document.getState().setText(POST + 'Unsaved in A.\n', 3);
    await vi.advanceTimersByTimeAsync(500);
    expect(b.journal.map.get(a.journalKey)).toContain('Unsaved in A.');

    const second = await tab(b, 'b');
    expect(b.drafts.peek('d')?.text).toBe(POST);
    expect(
      second.library
        .getState()
        .drafts.map((d) => d.id)
        .sort(),
    ).toEqual(['d', 'o']);
    b.drafts.failAlwaysWith(null);
    await a.document.getState().saveNow();
    expect(a.document.getState().saveState.kind).toBe('saved');
    expect(b.drafts.peek('d')).toMatchObject({ text: POST + 'Unsaved in A.\n', revision: 2 });
  });

  it('when the first tab dies with unsaved text, the tab still open adopts its journal and stores it', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await second.document.getState().open('o');
    b.drafts.failAlwaysWith('storage-full');
    a.document.getState().setText(POST + 'Typed just before the crash.\n', 3);
    await vi.advanceTimersByTimeAsync(150);
    b.drafts.failAlwaysWith(null);
    a.link.crash();
    await settle();
    await settle();
    expect(b.drafts.peek('d')?.text).toBe(POST + 'Typed just before the crash.\n');
    expect(b.journal.map.has(a.journalKey)).toBe(false);
    expect(second.library.getState().drafts.find((d) => d.id === 'd')?.text).toContain(
      'just before the crash',
    );
  });

  it('follows the other tab live while it has no edits of its own: unsaved text, then the saved revision', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await settle();
    expect(a.document.getState().elsewhere).toBe(1);
    expect(second.document.getState().elsewhere).toBe(1);
    a.document.getState().setText(POST + 'Live', 3);
    await vi.advanceTimersByTimeAsync(100);
    expect(second.document.getState()).toMatchObject({ text: POST + 'Live', externalKind: 'follow' });
    // Followed text is the other tab's to save: this tab writes nothing for it.
    const writes = b.drafts.writeCount();
    await second.document.getState().saveNow();
    expect(b.drafts.writeCount()).toBe(writes);
    await vi.advanceTimersByTimeAsync(400);
    await settle();
    expect(second.document.getState()).toMatchObject({
      text: POST + 'Live',
      baseRevision: 2,
      saveState: { kind: 'saved' },
    });
    // And the other way round.
    second.document.getState().setText(POST + 'Live, then B', 3);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(a.document.getState()).toMatchObject({ text: POST + 'Live, then B', baseRevision: 3 });
  });

  it('different drafts in different tabs save side by side, and each library shows the other’s changes', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await second.document.getState().open('o');
    await settle();
    expect(a.document.getState().elsewhere).toBe(0);
    a.document.getState().setText(POST + 'A here.\n', 0);
    second.document.getState().setText(OTHER + 'B there.\n', 0);
    await vi.advanceTimersByTimeAsync(500);
    await settle();
    expect(b.drafts.peek('d')?.text).toBe(POST + 'A here.\n');
    expect(b.drafts.peek('o')?.text).toBe(OTHER + 'B there.\n');
    expect(a.library.getState().drafts.find((d) => d.id === 'o')?.text).toBe(OTHER + 'B there.\n');
    const created = await a.library.getState().createDraft();
    await settle();
    await settle();
    expect(second.library.getState().drafts.map((d) => d.id)).toContain(created.ok ? created.value.id : '?');
  });
});

describe('reloading one of two tabs', () => {
  it('reopens the draft that tab had open, not the one another tab opened last', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    await a.document.getState().open('o');
    const second = await tab(b, 'b');
    await second.document.getState().open('d');
    await settle();
    a.link.close();
    const reloaded = await tab(b, 'a');
    expect(reloaded.document.getState().id).toBe('o');
    const fresh = await tab(b, 'c');
    expect(fresh.document.getState().id).toBe('d');
  });
});

describe('conflicts between tabs', () => {
  async function conflicted() {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await settle();
    a.document.getState().setText(POST + 'From A.\n', 0);
    second.document.getState().setText(POST + 'From B.\n', 0);
    await a.document.getState().saveNow();
    await settle();
    await settle();
    return { b, a, second };
  }

  it('shows both versions at once when the other tab saves over edits here, and saves nothing', async () => {
    const { b, second } = await conflicted();
    expect(second.document.getState().conflict).toMatchObject({
      mine: POST + 'From B.\n',
      theirs: { text: POST + 'From A.\n', revision: 2 },
    });
    expect(second.document.getState().saveState).toMatchObject({ kind: 'error', errorKind: 'conflict' });
    await second.document.getState().saveNow();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(b.drafts.peek('d')).toMatchObject({ text: POST + 'From A.\n', revision: 2 });
  });

  it('a save refused by storage as stale also opens the conflict (no message needed)', async () => {
    const b = browser();
    const solo = makeStores({ drafts: b.drafts, journal: b.journal });
    await solo.init();
    await b.drafts.save({ ...b.drafts.peek('d')!, text: POST + 'Elsewhere.\n' }, 1);
    solo.document.getState().setText(POST + 'Here.\n', 0);
    await solo.document.getState().saveNow();
    expect(solo.document.getState().conflict?.theirs?.text).toBe(POST + 'Elsewhere.\n');
    expect(b.drafts.peek('d')?.text).toBe(POST + 'Elsewhere.\n');
  });

  it('keep mine: saves this tab’s text over theirs, keeping theirs in history; the other tab follows', async () => {
    const { b, a, second } = await conflicted();
    expect((await second.document.getState().resolveConflict('mine')).ok).toBe(true);
    expect(b.drafts.peek('d')).toMatchObject({ text: POST + 'From B.\n', revision: 3 });
    const history = await b.drafts.listRevisions('d');
    expect(history.ok && history.value.map((r) => r.text)).toContain(POST + 'From A.\n');
    await settle();
    await settle();
    expect(a.document.getState()).toMatchObject({ text: POST + 'From B.\n', baseRevision: 3 });
    // And the draft can be left (weak spot c): switching works again.
    expect((await second.document.getState().open('o')).ok).toBe(true);
  });

  it('use theirs: shows the other tab’s version, this tab’s text kept in history', async () => {
    const { b, second } = await conflicted();
    expect((await second.document.getState().resolveConflict('theirs')).ok).toBe(true);
    expect(second.document.getState()).toMatchObject({
      text: POST + 'From A.\n',
      conflict: null,
      baseRevision: 2,
    });
    const history = await b.drafts.listRevisions('d');
    expect(history.ok && history.value.map((r) => [r.text, r.reason])).toContainEqual([
      POST + 'From B.\n',
      'conflict',
    ]);
  });

  it('keep both: this tab’s text becomes a new draft marked "(this tab)" and opens here', async () => {
    const { b, second } = await conflicted();
    expect((await second.document.getState().resolveConflict('both')).ok).toBe(true);
    const copyId = second.document.getState().id!;
    expect(copyId).not.toBe('d');
    expect(b.drafts.peek(copyId)?.text).toBe(POST.replace('Dune walk', 'Dune walk (this tab)') + 'From B.\n');
    expect(b.drafts.peek('d')?.text).toBe(POST + 'From A.\n');
    expect(second.library.getState().drafts.map((d) => d.id)).toContain(copyId);
  });

  it('deleted in the other tab while this one has edits: keep mine brings it back from the trash', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await settle();
    second.document.getState().setText(POST + 'Still writing.\n', 0);
    await a.library.getState().deleteDraft('d');
    await settle();
    await settle();
    expect(second.document.getState().conflict).toMatchObject({ theirs: null });
    expect((await second.document.getState().resolveConflict('mine')).ok).toBe(true);
    expect(b.drafts.peek('d')?.text).toBe(POST + 'Still writing.\n');
    expect(await b.drafts.listTrash()).toEqual({ ok: true, value: [] });
  });

  it('deleted in the other tab with nothing unsaved here: the draft closes', async () => {
    const b = browser();
    const a = await tab(b, 'a');
    const second = await tab(b, 'b');
    await settle();
    await a.library.getState().deleteDraft('d');
    await settle();
    await settle();
    expect(second.document.getState().id).toBeNull();
    expect(second.library.getState().drafts.map((d) => d.id)).toEqual(['o']);
  });
});
