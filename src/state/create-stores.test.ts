import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import type { MemoryDraftStore } from '../storage/memory-drafts';
import { JOURNAL_KEY, journalKeyFor } from './crash-journal';
import type { JournalEntry } from './crash-journal';
import { LAST_DRAFT_KEY } from './create-stores';
import { mapJournal, makeStores, storedDraft } from './stores.testkit';
import { createSoloTabLink } from '../storage/tabs';

const T0 = Date.UTC(2024, 2, 27, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const OLD = '---\ntitle: Night market\n---\nSkewers.\n';
const NEW = '---\ntitle: Night market\n---\nSkewers and lanterns.\n';

function journalWith(...entries: JournalEntry[]) {
  return mapJournal({
    [JOURNAL_KEY]: JSON.stringify({ v: 1, entries: Object.fromEntries(entries.map((e) => [e.id, e])) }),
  });
}

const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  id: 'm',
  text: NEW,
  caret: 30,
  baseRevision: 3,
  at: T0 - 1_000,
  unsaved: true,
  ...over,
});

function storeWithM(over = {}): MemoryDraftStore {
  return createMemoryDraftStore({
    drafts: [storedDraft('m', OLD, { revision: 3, updatedAt: T0 - 5_000, ...over })],
    settings: { [LAST_DRAFT_KEY]: 'm' },
  });
}

describe('init: journal replay', () => {
  it('saves newer journal text as a new revision before showing, then clears the journal', async () => {
    const stores = makeStores({ drafts: storeWithM(), journal: journalWith(entry({})) });
    await stores.init();
    expect(stores.drafts.peek('m')).toMatchObject({ text: NEW, revision: 4, caret: 30 });
    expect(stores.document.getState()).toMatchObject({
      id: 'm',
      text: NEW,
      caret: 30,
      baseRevision: 4,
      ready: true,
    });
    expect(stores.document.getState().saveState.kind).toBe('saved');
    expect(stores.journal.map.has(JOURNAL_KEY)).toBe(false);
  });

  it('replays text based on the stored revision whatever the clocks say (no entry is dropped as older)', async () => {
    const stores = makeStores({ drafts: storeWithM(), journal: journalWith(entry({ at: T0 - 9_000 })) });
    await stores.init();
    expect(stores.drafts.peek('m')).toMatchObject({ text: NEW, revision: 4 });
    expect(stores.journal.map.has(JOURNAL_KEY)).toBe(false);
  });

  it('recovers from the database copy when localStorage lost the journal (the browser process was killed)', async () => {
    const drafts = storeWithM();
    const first = makeStores({ drafts, journal: mapJournal() });
    await first.init();
    drafts.failAlwaysWith('storage-full', 'write');
    first.document.getState().setText(NEW, 7);
    drafts.failAlwaysWith(null);
    await vi.advanceTimersByTimeAsync(100); // the copy lands; the save (400 ms) has not run
    expect(drafts.peek('m')?.text).toBe(OLD);

    // The browser dies: localStorage's last writes never reached the disk.
    const again = makeStores({ drafts, journal: mapJournal(), idPrefix: 'again' });
    await again.init();
    expect(drafts.peek('m')).toMatchObject({ text: NEW, revision: 4 });
    expect(again.document.getState()).toMatchObject({ id: 'm', text: NEW });
    expect(await drafts.listJournals()).toEqual({ ok: true, value: [] });
  });

  it('a failed save, then another tab saving newer text, then a reload: the unsaved text is recovered', async () => {
    // Weak spot (b): this tab's save failed (storage full); another tab saved later; the page reloads.
    const drafts = storeWithM();
    const journal = mapJournal();
    const first = makeStores({ drafts, journal });
    await first.init();
    drafts.failAlwaysWith('storage-full');
    first.document.getState().setText(NEW, 5);
    await vi.advanceTimersByTimeAsync(500);
    expect(first.document.getState().saveState.kind).toBe('error');
    drafts.failAlwaysWith(null);
    await vi.advanceTimersByTimeAsync(100); // before the retry at 1 s
    vi.setSystemTime(T0 + 60_000);
    const other = await drafts.save(
      { ...drafts.peek('m')!, text: OLD + 'Other tab.\n', updatedAt: T0 + 60_000 },
      3,
    );
    expect(other.ok).toBe(true);
    first.document.getState().flush(); // the page goes away

    const again = makeStores({ drafts, journal, idPrefix: 'again' });
    await again.init();
    expect(drafts.peek('m')?.text).toBe(OLD + 'Other tab.\n');
    expect(drafts.peek('again-1')?.text).toBe(NEW.replace('Night market', 'Night market (recovered)'));
    expect(again.document.getState().id).toBe('again-1');
  });

  it('keeps both versions when another tab saved in between: the journal text becomes a recovered draft', async () => {
    const drafts = storeWithM({ revision: 5 });
    const stores = makeStores({ drafts, journal: journalWith(entry({ baseRevision: 3 })) });
    await stores.init();
    expect(drafts.peek('m')).toMatchObject({ text: OLD, revision: 5 });
    expect(drafts.peek('new-1')?.text).toBe(NEW.replace('Night market', 'Night market (recovered)'));
    expect(stores.document.getState().id).toBe('new-1');
  });

  it('brings back unsaved text of a draft that is no longer stored', async () => {
    const drafts = createMemoryDraftStore();
    const stores = makeStores({ drafts, journal: journalWith(entry({ id: 'gone' })) });
    await stores.init();
    expect(drafts.peek('gone')?.text).toBe(NEW);
    expect(stores.library.getState().drafts.map((d) => d.id)).toEqual(['gone']);
  });

  it('when storage refuses the replay, shows the journal text unsaved and keeps the journal', async () => {
    const drafts = storeWithM();
    drafts.failAlwaysWith('storage-full');
    const stores = makeStores({ drafts, journal: journalWith(entry({})) });
    await stores.init();
    expect(stores.document.getState()).toMatchObject({ id: 'm', text: NEW, saveState: { kind: 'unsaved' } });
    // The entry moved into this tab's own journal (never replayed twice from two places).
    expect(stores.journal.map.has(JOURNAL_KEY)).toBe(false);
    expect(stores.journal.map.get(stores.journalKey)).toContain('Skewers and lanterns');
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState().saveState.kind).toBe('error');
    drafts.failAlwaysWith(null);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(drafts.peek('m')?.text).toBe(NEW);
    expect(stores.journal.map.has(stores.journalKey)).toBe(false);
  });
});

describe('init: upgraded drafts', () => {
  it('derives meta for drafts upgraded from schema version 1 (stored with empty meta)', async () => {
    const drafts = createMemoryDraftStore({
      v1Records: [{ id: 'v1', text: '---\ntitle: Old times\ntags: [history]\n---\n', updatedAt: 5 }],
    });
    expect(drafts.peek('v1')?.meta.title).toBe('');
    const stores = makeStores({ drafts });
    await stores.init();
    expect(stores.library.getState().drafts[0]?.meta).toMatchObject({
      title: 'Old times',
      tags: ['history'],
    });
    expect(stores.library.getState().tagSuggestions).toEqual(['history']);
  });
});

describe('init: reopening', () => {
  it('reopens the last draft at the caret it was saved with', async () => {
    const drafts = createMemoryDraftStore({
      drafts: [
        storedDraft('x', 'first text', { updatedAt: 5 }),
        storedDraft('y', 'second text', { updatedAt: 9 }),
      ],
    });
    const journal = mapJournal();
    const first = makeStores({ drafts, journal });
    await first.init();
    await first.document.getState().open('x');
    first.document.getState().setText('first text!', 6);
    await vi.advanceTimersByTimeAsync(500);

    const second = makeStores({ drafts, journal });
    await second.init();
    expect(second.document.getState()).toMatchObject({ id: 'x', text: 'first text!', caret: 6 });
  });

  it('restores a caret moved without typing, from the journal written at flush', async () => {
    const drafts = storeWithM();
    const journal = mapJournal();
    const first = makeStores({ drafts, journal });
    await first.init();
    first.document.getState().setCaret(12);
    first.document.getState().flush();
    // The entry keeps the caret only: the text is stored already (an 800 KB post's would be 1.6 MB again).
    const written = [...journal.map.values()];
    expect(written).toHaveLength(1);
    expect(written[0]).not.toContain('Skewers');
    expect(Object.values(JSON.parse(written[0] ?? '{}').entries)).toEqual([
      expect.objectContaining({ id: 'm', caret: 12, unsaved: false, text: '' }),
    ]);

    const second = makeStores({ drafts, journal });
    await second.init();
    expect(second.document.getState()).toMatchObject({ id: 'm', caret: 12, text: OLD });
    expect(journal.map.has(JOURNAL_KEY)).toBe(false);
    expect(drafts.peek('m')?.revision).toBe(3);
  });

  it('opens the newest draft when the last one is gone, and nothing in an empty library', async () => {
    const drafts = createMemoryDraftStore({
      drafts: [storedDraft('p', 'p', { updatedAt: 1 }), storedDraft('q', 'q', { updatedAt: 2 })],
      settings: { [LAST_DRAFT_KEY]: 'deleted' },
    });
    const stores = makeStores({ drafts });
    await stores.init();
    expect(stores.document.getState().id).toBe('q');

    const empty = makeStores();
    await empty.init();
    expect(empty.document.getState()).toMatchObject({ id: null, ready: true });
  });

  it('finishes (ready, with the error shown) when storage cannot be read at all', async () => {
    const drafts = createMemoryDraftStore();
    drafts.failAlwaysWith('unavailable', 'any');
    const stores = makeStores({ drafts });
    await stores.init();
    expect(stores.library.getState()).toMatchObject({ loaded: true, loadError: { kind: 'unavailable' } });
    expect(stores.document.getState().ready).toBe(true);
  });

  it('keeps showing a known storage problem (memory fallback) after loading', async () => {
    const problem = { kind: 'unavailable' as const, message: 'Browser storage is not available here.' };
    const stores = makeStores({ storageProblem: problem });
    expect(stores.library.getState().loadError).toEqual(problem);
    await stores.init();
    expect(stores.library.getState().loadError).toEqual(problem);
  });

  it('shows the last open draft before every draft of a long library is listed', async () => {
    const drafts = createMemoryDraftStore({
      drafts: Array.from({ length: 100 }, (_, i) =>
        storedDraft(`p${i}`, `Post ${i}`, { updatedAt: 1_000 - i }),
      ),
      settings: { [LAST_DRAFT_KEY]: 'p90' },
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const list = drafts.listSummaries.bind(drafts);
    vi.spyOn(drafts, 'listSummaries').mockImplementation(async () => {
      await held;
      return list();
    });
    const stores = makeStores({ drafts });
    let initialized = false;
    const init = stores.init().then(() => (initialized = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.document.getState()).toMatchObject({ id: 'p90', text: 'Post 90', ready: true });
    expect(stores.library.getState().drafts[0]?.id).toBe('p0');
    expect(stores.library.getState().loaded).toBe(false);
    expect(initialized).toBe(false);
    release();
    await init;
    expect(stores.library.getState().drafts).toHaveLength(100);
  });

  it('opens the newest draft when the last open one is gone, from the newest listed', async () => {
    const drafts = createMemoryDraftStore({
      drafts: [storedDraft('old', 'Old', { updatedAt: 10 }), storedDraft('new', 'New', { updatedAt: 20 })],
      settings: { [LAST_DRAFT_KEY]: 'deleted' },
    });
    const stores = makeStores({ drafts });
    await stores.init();
    expect(stores.document.getState()).toMatchObject({ id: 'new', text: 'New', ready: true });
  });

  it('init runs once however often it is called', async () => {
    const stores = makeStores({ drafts: storeWithM() });
    const list = vi.spyOn(stores.drafts, 'listSummaries');
    await Promise.all([stores.init(), stores.init()]);
    await stores.init();
    expect(list).toHaveBeenCalledTimes(1);
  });
});

describe('init: journals and the first screen', () => {
  /** A lone tab whose claims on gone tabs wait for `open()`: replaying cannot finish before that. */
  function gatedTab() {
    let open: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const tab = createSoloTabLink('gated');
    return {
      open,
      tabs: {
        ...tab,
        claimIfGone: async (_id: string, fn: () => Promise<void>) => {
          await gate;
          await fn();
          return true;
        },
      },
    };
  }
  const goneKey = journalKeyFor('gone-tab');
  const gone = (...entries: JournalEntry[]) =>
    mapJournal({
      [goneKey]: JSON.stringify({ v: 1, entries: Object.fromEntries(entries.map((e) => [e.id, e])) }),
    });

  it('shows the last draft at its journaled caret before replaying journals that hold nothing unsaved', async () => {
    const { open, tabs } = gatedTab();
    const journal = gone(entry({ text: OLD, caret: 12, unsaved: false }));
    const stores = makeStores({ drafts: storeWithM(), journal, tabs });
    const init = stores.init();
    await vi.waitFor(() => expect(stores.document.getState().id).toBe('m'));
    expect(stores.document.getState()).toMatchObject({ text: OLD, caret: 12, ready: true });
    expect(journal.map.has(goneKey)).toBe(true); // not replayed yet
    open();
    await init;
    expect(journal.map.has(goneKey)).toBe(false);
    expect(stores.drafts.peek('m')?.revision).toBe(3);
  });

  it('replays unsaved text before showing anything', async () => {
    const { open, tabs } = gatedTab();
    const journal = gone(entry({ text: NEW, caret: 30, unsaved: true }));
    const stores = makeStores({ drafts: storeWithM(), journal, tabs });
    const init = stores.init();
    await vi.advanceTimersByTimeAsync(50);
    expect(stores.document.getState().id).toBeNull();
    open();
    await init;
    expect(stores.document.getState()).toMatchObject({ id: 'm', text: NEW, caret: 30, baseRevision: 4 });
  });

  it('a reloaded tab asks for its draft before the journals have answered', async () => {
    const drafts = storeWithM();
    const asked: string[] = [];
    let answer: () => void = () => undefined;
    const journalsHeld = new Promise<void>((resolve) => (answer = resolve));
    const watched: MemoryDraftStore = {
      ...drafts,
      get: (id) => {
        asked.push(`get ${id}`);
        return drafts.get(id);
      },
      listJournals: async () => {
        asked.push('journals');
        await journalsHeld;
        return drafts.listJournals();
      },
    };
    const tabs = { ...createSoloTabLink('reloaded'), previousDraft: 'm' };
    const stores = makeStores({ drafts: watched, tabs });
    const init = stores.init();
    await vi.advanceTimersByTimeAsync(20);
    expect(asked).toContain('get m');
    expect(stores.document.getState().id).toBeNull();
    answer();
    await init;
    expect(stores.document.getState()).toMatchObject({ id: 'm', text: OLD, ready: true });
    expect(asked.filter((a) => a === 'get m')).toHaveLength(1);
  });

  it('a reloaded tab whose journal held unsaved text shows the draft as the replay stored it', async () => {
    const { open, tabs } = gatedTab();
    const journal = gone(entry({ text: NEW, caret: 30, unsaved: true }));
    const stores = makeStores({ drafts: storeWithM(), journal, tabs: { ...tabs, previousDraft: 'm' } });
    const init = stores.init();
    await vi.advanceTimersByTimeAsync(50);
    open();
    await init;
    expect(stores.document.getState()).toMatchObject({ id: 'm', text: NEW, caret: 30, baseRevision: 4 });
    expect(stores.drafts.peek('m')).toMatchObject({ text: NEW, revision: 4 });
  });

  it('replays first when only the database copy holds unsaved text', async () => {
    const { open, tabs } = gatedTab();
    const drafts = storeWithM();
    const unsaved = entry({ text: NEW, caret: 30, unsaved: true });
    await drafts.putJournal(goneKey, JSON.stringify({ v: 1, entries: { m: unsaved } }));
    const journal = gone(entry({ text: OLD, caret: 5, unsaved: false, at: T0 - 2_000 }));
    const stores = makeStores({ drafts, journal, tabs });
    const init = stores.init();
    await vi.advanceTimersByTimeAsync(50);
    expect(stores.document.getState().id).toBeNull();
    open();
    await init;
    expect(stores.document.getState()).toMatchObject({ id: 'm', text: NEW, baseRevision: 4 });
  });
});
