import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { makeStores, storedDraft } from './stores.testkit';
import { SYNC_JOURNAL_MAX_CHARS } from './document-store';

const T0 = Date.UTC(2024, 2, 27, 9, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const POST = '---\ntitle: Tide tables\ntags: [sea]\n---\nLow water at six.\n';

async function started(extra: ReturnType<typeof storedDraft>[] = []) {
  const drafts = createMemoryDraftStore({
    drafts: [storedDraft('a', POST, { updatedAt: T0 - 10 }), ...extra],
  });
  const stores = makeStores({ drafts });
  await stores.init();
  return stores;
}

function journalEntries(
  stores: ReturnType<typeof makeStores>,
): Record<string, { text: string; caret: number }> {
  const raw = stores.journal.map.get(stores.journalKey);
  return raw ? (JSON.parse(raw) as { entries: Record<string, { text: string; caret: number }> }).entries : {};
}

describe('autosave', () => {
  it('saves within 500 ms after the last keystroke, and not while typing goes on', async () => {
    const stores = await started();
    const doc = stores.document.getState();
    doc.setText(POST + 'a', POST.length + 1);
    await vi.advanceTimersByTimeAsync(300);
    stores.document.getState().setText(POST + 'ab', POST.length + 2);
    expect(stores.document.getState().saveState.kind).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(399);
    expect(stores.drafts.peek('a')?.text).toBe(POST);
    await vi.advanceTimersByTimeAsync(100);
    expect(stores.drafts.peek('a')).toMatchObject({ text: POST + 'ab', revision: 2, caret: POST.length + 2 });
    expect(stores.document.getState()).toMatchObject({ baseRevision: 2, saveState: { kind: 'saved' } });
    expect(stores.library.getState().drafts[0]).toMatchObject({ id: 'a', revision: 2, updatedAt: T0 + 700 });
  });

  it('writes nothing (no save, no journal) before the first load finished', async () => {
    const drafts = createMemoryDraftStore({ drafts: [storedDraft('a', POST)] });
    const stores = makeStores({ drafts });
    let release: () => void = () => undefined;
    // The last step of the first load: reading the draft to show (the whole library is listed after it).
    const get = drafts.get.bind(drafts);
    vi.spyOn(drafts, 'get').mockImplementationOnce(async (id) => {
      await new Promise<void>((r) => (release = r));
      return get(id);
    });
    const init = stores.init();
    stores.document.getState().setText('typed too early', 3);
    stores.document.getState().flush();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(drafts.writeCount()).toBe(0);
    expect(stores.journal.map.size).toBe(0);
    release();
    await init;
    expect(stores.document.getState()).toMatchObject({ id: 'a', text: POST, ready: true });
    expect(drafts.peek('a')?.text).toBe(POST);
  });

  it('re-derives meta when saving', async () => {
    const stores = await started();
    stores.document.getState().setText(POST.replace('[sea]', '[sea, moon]'), 0);
    await stores.document.getState().saveNow();
    expect(stores.drafts.peek('a')?.meta.tags).toEqual(['sea', 'moon']);
    expect(stores.library.getState().tagSuggestions).toEqual(['moon', 'sea']);
  });
});

describe('crash journal', () => {
  it('flush writes the journal synchronously, then saves and clears it', async () => {
    const stores = await started();
    stores.document.getState().setText(POST + 'x', 2);
    stores.document.getState().flush();
    expect(journalEntries(stores)['a']).toMatchObject({ text: POST + 'x', caret: 2, unsaved: true });
    expect(stores.drafts.peek('a')?.text).toBe(POST);
    await vi.advanceTimersByTimeAsync(0);
    expect(stores.drafts.peek('a')?.text).toBe(POST + 'x');
    expect(journalEntries(stores)['a']).toBeUndefined();
  });

  it('journals every keystroke at once, with no timer to wait for, long before the save', async () => {
    const stores = await started();
    stores.drafts.failAlwaysWith('unavailable');
    for (let i = 1; i <= 20; i++) {
      stores.document.getState().setText(POST + 'z'.repeat(i), 1);
      // Not a moment passes: the journal already has this keystroke.
      expect(journalEntries(stores)['a']?.text).toBe(POST + 'z'.repeat(i));
    }
  });

  it('journals a very long text within 100 ms instead (one write per burst, not per key)', async () => {
    const stores = await started();
    stores.drafts.failAlwaysWith('unavailable');
    const long = POST + 'w'.repeat(SYNC_JOURNAL_MAX_CHARS);
    stores.document.getState().setText(long, 1);
    await vi.advanceTimersByTimeAsync(99);
    expect(journalEntries(stores)['a']).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(journalEntries(stores)['a']?.text).toBe(long);
  });

  it('copies the journal into the database within 100 ms, and drops the copy once saved', async () => {
    const stores = await started();
    stores.document.getState().setText(POST + 'copied', 1);
    await vi.advanceTimersByTimeAsync(100);
    const copies = await stores.drafts.listJournals();
    expect(copies.ok && copies.value.map((c) => [c.key, JSON.parse(c.value).entries.a.text])).toEqual([
      [stores.journalKey, POST + 'copied'],
    ]);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.drafts.peek('a')?.text).toBe(POST + 'copied');
    expect(await stores.drafts.listJournals()).toEqual({ ok: true, value: [] });
  });

  it('after a save that typing outran, the journal names the new base revision', async () => {
    const stores = await started();
    const save = stores.drafts.save.bind(stores.drafts);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(stores.drafts, 'save').mockImplementationOnce(async (draft, base) => {
      await gate;
      return save(draft, base);
    });
    stores.document.getState().setText(POST + 'one', 1);
    const saving = stores.document.getState().saveNow();
    stores.document.getState().setText(POST + 'one two', 1);
    await vi.advanceTimersByTimeAsync(100);
    expect(journalEntries(stores)['a']).toMatchObject({ text: POST + 'one two', baseRevision: 1 });
    release();
    await saving;
    expect(stores.drafts.peek('a')).toMatchObject({ text: POST + 'one', revision: 2 });
    expect(journalEntries(stores)['a']).toMatchObject({ text: POST + 'one two', baseRevision: 2 });
  });
});

describe('storage failures', () => {
  it('keeps typing and saving when the journal (localStorage) is full', async () => {
    const stores = await started();
    stores.journal.full = true;
    stores.document.getState().setText(POST + 'still here', 0);
    stores.document.getState().flush();
    await vi.advanceTimersByTimeAsync(500);
    expect(stores.drafts.peek('a')?.text).toBe(POST + 'still here');
    expect(stores.document.getState().saveState.kind).toBe('saved');
  });

  it('keeps the text, shows the error in plain words, and retries until it lands', async () => {
    const stores = await started();
    stores.drafts.failNextWith('storage-full', 2);
    stores.document.getState().setText(POST + 'more', 4);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState()).toMatchObject({
      text: POST + 'more',
      saveState: { kind: 'error', message: expect.stringMatching(/storage is full.*safe in this tab/i) },
    });
    expect(journalEntries(stores)['a']?.text).toBe(POST + 'more');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stores.document.getState().saveState.kind).toBe('error');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(stores.document.getState().saveState.kind).toBe('saved');
    expect(stores.drafts.peek('a')?.text).toBe(POST + 'more');
  });

  it('refuses to switch drafts while the open one cannot be saved', async () => {
    const stores = await started([storedDraft('b', 'other')]);
    stores.drafts.failAlwaysWith('storage-full');
    stores.document.getState().setText('precious', 1);
    const opened = await stores.document.getState().open('b');
    expect(opened.ok).toBe(false);
    expect(stores.document.getState()).toMatchObject({ id: 'a', text: 'precious' });
  });

  it('refuses a save based on a revision another tab replaced, and stops retrying', async () => {
    const stores = await started();
    const other = await stores.drafts.save(storedDraft('a', 'the other tab'), 1);
    expect(other.ok).toBe(true);
    stores.document.getState().setText('this tab', 1);
    await vi.advanceTimersByTimeAsync(400);
    expect(stores.document.getState().saveState).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/another tab/),
    });
    const writes = stores.drafts.writeCount();
    await vi.advanceTimersByTimeAsync(120_000);
    await stores.document.getState().saveNow();
    expect(stores.drafts.writeCount()).toBe(writes);
    expect(stores.drafts.peek('a')?.text).toBe('the other tab');
    expect(stores.document.getState().text).toBe('this tab');
  });
});

describe('open', () => {
  it('saves the current draft before switching and remembers the new one', async () => {
    const stores = await started([storedDraft('b', 'bee text', { caret: 3 })]);
    stores.document.getState().setText(POST + '!', 0);
    expect((await stores.document.getState().open('b')).ok).toBe(true);
    expect(stores.drafts.peek('a')?.text).toBe(POST + '!');
    expect(stores.document.getState()).toMatchObject({
      id: 'b',
      text: 'bee text',
      caret: 3,
      baseRevision: 1,
    });
    const last = await stores.drafts.getSetting('lastDraftId');
    expect(last.ok && last.value).toBe('b');
  });

  it('says not-found for a missing draft', async () => {
    const stores = await started();
    const opened = await stores.document.getState().open('zzz');
    expect(opened.ok ? 'ok' : opened.error.kind).toBe('not-found');
  });

  it('back to the stored text counts as saved without a write', async () => {
    const stores = await started();
    const writes = stores.drafts.writeCount();
    stores.document.getState().setText(POST + 'z', 0);
    stores.document.getState().setText(POST, 0);
    await vi.advanceTimersByTimeAsync(500);
    expect(stores.drafts.writeCount()).toBe(writes);
    expect(stores.document.getState().saveState.kind).toBe('saved');
  });
});
