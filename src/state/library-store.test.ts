import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { FIRST_PAGE, UNDO_WINDOW_MS } from './library-store';
import { filterDrafts } from './library-search';
import { makeStores, storedDraft } from './stores.testkit';

const T0 = Date.UTC(2024, 2, 27, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const BIKE = '---\ntitle: Fixing a bike chain\ntags: [Bikes]\n---\nPliers and patience.\n';
const CAKE = '---\ntitle: Crème brûlée\ntags: [dessert]\ncategories: [Food]\n---\nTorch the sugar.\n';

async function started() {
  const drafts = createMemoryDraftStore({
    drafts: [storedDraft('bike', BIKE, { updatedAt: 10 }), storedDraft('cake', CAKE, { updatedAt: 20 })],
  });
  const stores = makeStores({ drafts });
  await stores.init();
  return stores;
}

/** A store of `count` drafts (`p0` newest) whose whole list of summaries waits for `release()`. */
function heldLibrary(count: number) {
  const drafts = createMemoryDraftStore({
    drafts: Array.from({ length: count }, (_, i) =>
      storedDraft(`p${i}`, `---\ntitle: Post ${i}\n---\n`, { updatedAt: 100_000 - i }),
    ),
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const list = drafts.listSummaries.bind(drafts);
  vi.spyOn(drafts, 'listSummaries').mockImplementation(async () => {
    // Read when asked, answered on release (as IndexedDB answers a transaction begun before later writes).
    const read = await list();
    await held;
    return read;
  });
  return { drafts, release };
}

describe('library start', () => {
  it('lists the newest drafts before every summary is read, then all of them', async () => {
    const { drafts, release } = heldLibrary(FIRST_PAGE + 40);
    const stores = makeStores({ drafts });
    const loading = stores.library.getState().load();
    await vi.advanceTimersByTimeAsync(0);
    const lib = () => stores.library.getState();
    expect(lib().drafts.map((d) => d.id)).toEqual(Array.from({ length: FIRST_PAGE }, (_, i) => `p${i}`));
    expect(lib().loaded).toBe(false);
    release();
    await loading;
    expect(lib().drafts.map((d) => d.id)).toEqual(Array.from({ length: FIRST_PAGE + 40 }, (_, i) => `p${i}`));
    expect(lib().loaded).toBe(true);
  });

  it('reads every summary only once `restAfter` settled', async () => {
    const drafts = createMemoryDraftStore({ drafts: [storedDraft('a', BIKE)] });
    const list = vi.spyOn(drafts, 'listSummaries');
    const stores = makeStores({ drafts });
    let go: () => void = () => undefined;
    const loading = stores.library.getState().load({ restAfter: new Promise<void>((r) => (go = r)) });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stores.library.getState().drafts.map((d) => d.id)).toEqual(['a']);
    expect(list).not.toHaveBeenCalled();
    go();
    await loading;
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('keeps what this tab stored or deleted while only the newest drafts were listed', async () => {
    const { drafts, release } = heldLibrary(FIRST_PAGE + 5);
    const stores = makeStores({ drafts });
    const loading = stores.library.getState().load();
    await vi.advanceTimersByTimeAsync(0);
    // The whole list is read from before these changes.
    const created = await stores.library.getState().createDraft();
    expect(created.ok).toBe(true);
    expect((await stores.library.getState().deleteDraft('p1')).ok).toBe(true);
    release();
    await loading;
    const ids = stores.library.getState().drafts.map((d) => d.id);
    expect(ids[0]).toBe('new-1');
    expect(ids).not.toContain('p1');
    expect(ids).toHaveLength(FIRST_PAGE + 5);
  });
});

describe('library', () => {
  it('lists newest first with meta derived from the text', async () => {
    const stores = await started();
    expect(stores.library.getState().drafts.map((d) => [d.id, d.meta.title])).toEqual([
      ['cake', 'Crème brûlée'],
      ['bike', 'Fixing a bike chain'],
    ]);
    expect(stores.library.getState().loaded).toBe(true);
  });

  it('filters by tag and body, case and accent insensitive, with a stable result', async () => {
    const stores = await started();
    const lib = () => stores.library.getState();
    lib().setFilter('bikes');
    expect(
      lib()
        .filtered()
        .map((d) => d.id),
    ).toEqual(['bike']);
    lib().setFilter('SUGAR creme');
    expect(
      lib()
        .filtered()
        .map((d) => d.id),
    ).toEqual(['cake']);
    expect(lib().filtered()).toBe(lib().visibleDrafts);
    expect(lib().visibleDrafts).toBe(lib().visibleDrafts);
    expect(lib().categorySuggestions).toEqual(['Food']);
  });

  it('keeps the visible list current as drafts are saved', async () => {
    const stores = await started();
    stores.library.getState().setFilter('pliers');
    await stores.document.getState().open('bike');
    stores.document.getState().setText(BIKE.replace('Pliers', 'Spanners'), 0);
    await stores.document.getState().saveNow();
    expect(stores.library.getState().visibleDrafts).toEqual([]);
    expect(stores.library.getState().drafts[0]?.id).toBe('bike');
  });

  it('creates a post from the template dated in the browser offset, and opens it', async () => {
    const stores = await started();
    const created = await stores.library.getState().createDraft();
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value).toMatchObject({ id: 'new-1', revision: 1, createdAt: T0 });
    expect(created.value.meta.date).toMatch(/^2024-03-27T17:00:00.*\+08:00$/);
    expect(stores.library.getState().drafts[0]?.id).toBe('new-1');
    expect(stores.document.getState()).toMatchObject({
      id: 'new-1',
      text: created.value.text,
      caret: created.value.text.length,
    });
  });

  it('imports files as new drafts keeping their names, and reports the ones that failed', async () => {
    const stores = await started();
    stores.drafts.failNextWith('storage-full', 1);
    const outcome = await stores.library.getState().importFiles([
      { name: 'lost.md', text: 'nope' },
      { name: 'kept.md', text: '---\ntitle: Kept\n---\n' },
    ]);
    expect(outcome.failed).toMatchObject([{ name: 'lost.md', error: { kind: 'storage-full' } }]);
    expect(outcome.imported).toMatchObject([{ sourceName: 'kept.md', meta: { title: 'Kept' } }]);
    expect(stores.document.getState()).toMatchObject({ id: outcome.imported[0]?.id, sourceName: 'kept.md' });
  });

  it('duplicates the open draft as typed, marking the title as a copy', async () => {
    const stores = await started();
    await stores.document.getState().open('bike');
    stores.document.getState().setText(BIKE + 'Unsaved line.\n', 0);
    const copy = await stores.library.getState().duplicateDraft('bike');
    expect(copy.ok && copy.value.text).toBe(BIKE.replace('chain', 'chain (copy)') + 'Unsaved line.\n');
    expect(copy.ok && copy.value.meta.title).toBe('Fixing a bike chain (copy)');
    expect(stores.document.getState().id).toBe(copy.ok ? copy.value.id : null);
    expect(stores.drafts.peek('bike')?.text).toBe(BIKE + 'Unsaved line.\n');
  });

  it('deletes, and undo brings the draft back with its unsaved text and reopens it', async () => {
    const stores = await started();
    await stores.document.getState().open('bike');
    stores.document.getState().setText(BIKE + 'last words', 0);
    const deleted = await stores.library.getState().deleteDraft('bike');
    expect(deleted.ok && deleted.value.text).toBe(BIKE + 'last words');
    expect(await stores.library.getState().undoDelete('cake')).toEqual({ ok: true, value: null });
    expect(stores.drafts.peek('bike')).toBeUndefined();
    expect(stores.document.getState().id).toBeNull();
    expect(stores.library.getState().drafts.map((d) => d.id)).toEqual(['cake']);
    expect(stores.library.getState().trash?.draft.id).toBe('bike');
    await vi.advanceTimersByTimeAsync(5_000);
    const undone = await stores.library.getState().undoDelete('bike');
    expect(undone.ok && undone.value?.text).toBe(BIKE + 'last words');
    expect(stores.drafts.peek('bike')?.text).toBe(BIKE + 'last words');
    expect(stores.document.getState()).toMatchObject({ id: 'bike', text: BIKE + 'last words' });
    expect(stores.library.getState().trash).toBeNull();
  });

  it('forgets the deleted draft once the undo window has passed', async () => {
    const stores = await started();
    await stores.library.getState().deleteDraft('cake');
    expect(stores.document.getState().id).toBeNull();
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS);
    expect(stores.library.getState().trash).toBeNull();
    const undone = await stores.library.getState().undoDelete();
    expect(undone).toEqual({ ok: true, value: null });
    expect(stores.drafts.peek('cake')).toBeUndefined();
  });

  it('keeps the draft when removing fails', async () => {
    const stores = await started();
    stores.drafts.failNextWith('unavailable');
    const removed = await stores.library.getState().deleteDraft('cake');
    expect(removed.ok).toBe(false);
    expect(stores.library.getState().drafts).toHaveLength(2);
    expect(stores.document.getState().id).toBe('cake');
  });
});

describe('library at size', () => {
  it('narrows the matches as the filter grows and widens them again, as a full search would', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      storedDraft(`p${i}`, `---\ntitle: Post ${i}\ntags: [T${i % 4}]\n---\nWord${i}\n`, {
        updatedAt: 100 + i,
      }),
    );
    const stores = makeStores({ drafts: createMemoryDraftStore({ drafts: many }) });
    await stores.init();
    const lib = () => stores.library.getState();
    const ids = () => lib().visibleDrafts.map((d) => d.id);
    const searched = (filter: string) => filterDrafts(lib().drafts, filter).map((d) => d.id);
    for (const filter of [
      'p',
      'post',
      'post ',
      'post 1',
      'post 1 t',
      'post 1 t3',
      'post 2',
      'word7',
      'wor',
      '',
    ]) {
      lib().setFilter(filter);
      expect(ids(), filter).toEqual(searched(filter));
    }
    lib().setFilter('post 1 t3');
    expect(ids()).toEqual(['p31', 'p19', 'p15', 'p11']);
    const before = lib().visibleDrafts;
    lib().setFilter('post 1 t3 ');
    expect(lib().visibleDrafts).toBe(before);
    lib().setFilter('word7');
    expect(ids()).toEqual(['p7']);
    lib().setFilter('');
    expect(lib().visibleDrafts).toHaveLength(40);
  });

  it('keeps the meta stored with a draft and derives it only for records without any', async () => {
    const drafts = createMemoryDraftStore({
      drafts: [
        storedDraft('kept', BIKE, {
          meta: { title: 'As saved', date: null, draft: true, tags: ['x'], categories: [] },
        }),
        storedDraft('bare', CAKE, {
          meta: { title: '', date: null, draft: false, tags: [], categories: [] },
        }),
      ],
    });
    const stores = makeStores({ drafts });
    await stores.init();
    const meta = (id: string) => stores.library.getState().drafts.find((d) => d.id === id)?.meta;
    expect(meta('kept')).toMatchObject({ title: 'As saved', tags: ['x'] });
    expect(meta('bare')).toMatchObject({ title: 'Crème brûlée', tags: ['dessert'] });
    expect(drafts.peek('kept')?.text).toBe(BIKE);
  });

  it('keeps drafts newest first as they are saved', async () => {
    const stores = await started();
    await stores.document.getState().open('bike');
    stores.document.getState().setText(BIKE + 'More.\n', 0);
    await stores.document.getState().saveNow();
    expect(stores.library.getState().drafts.map((d) => d.id)).toEqual(['bike', 'cake']);
  });
});

describe('library from summaries', () => {
  it('lists from the summaries without reading the texts, then searches the texts once read in the background', async () => {
    const drafts = createMemoryDraftStore({
      drafts: [storedDraft('bike', BIKE, { updatedAt: 10 }), storedDraft('cake', CAKE, { updatedAt: 20 })],
    });
    const list = vi.spyOn(drafts, 'list');
    const page = drafts.listPage.bind(drafts);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    vi.spyOn(drafts, 'listPage').mockImplementation(async (after, limit) => {
      await gate;
      return page(after, limit);
    });
    const stores = makeStores({ drafts });
    await stores.init();
    const lib = () => stores.library.getState();
    expect(list).not.toHaveBeenCalled();
    expect(lib().drafts.map((d) => [d.id, d.meta.title])).toEqual([
      ['cake', 'Crème brûlée'],
      ['bike', 'Fixing a bike chain'],
    ]);
    expect(lib().textsRead).toBe(false);
    // Typed before the texts are read: title, tags and categories match now, the body once it is read.
    lib().setFilter('bike');
    expect(lib().visibleDrafts.map((d) => d.id)).toEqual(['bike']);
    lib().setFilter('pliers');
    expect(lib().visibleDrafts).toEqual([]);
    release();
    await vi.waitFor(() => expect(lib().textsRead).toBe(true));
    expect(lib().visibleDrafts.map((d) => d.id)).toEqual(['bike']);
    lib().setFilter('torch');
    expect(lib().visibleDrafts.map((d) => d.id)).toEqual(['cake']);
    expect(drafts.peek('bike')?.text).toBe(BIKE);
  });

  it('duplicates a draft that is not open from its stored text', async () => {
    const stores = await started();
    expect(stores.document.getState().id).toBe('cake');
    const copy = await stores.library.getState().duplicateDraft('bike');
    expect(copy.ok && copy.value.text).toBe(BIKE.replace('chain', 'chain (copy)'));
    expect(stores.drafts.peek('bike')?.text).toBe(BIKE);
  });
});
