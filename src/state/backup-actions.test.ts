import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import type { MemoryDraftStore } from '../storage/memory-drafts';
import { LAST_DRAFT_KEY } from './create-stores';
import { makeStores, storedDraft } from './stores.testkit';

const T0 = Date.UTC(2025, 0, 20, 7, 0, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const A = '---\ntitle: Rain on tin\n---\nLoud roof.\n';
const B = '+++\ntitle = "Fog"\n+++\nSoft edges.\r\n';

function source(): MemoryDraftStore {
  return createMemoryDraftStore({
    drafts: [
      storedDraft('a', A, { updatedAt: T0 - 100, createdAt: 5, sourceName: 'rain.md', caret: 4 }),
      storedDraft('b', B, { updatedAt: T0 - 200 }),
    ],
    revisions: [{ id: 'ra', draftId: 'a', text: 'An early rain.\n', at: T0 - 5_000, reason: 'edit' }],
    settings: { [LAST_DRAFT_KEY]: 'a' },
  });
}

async function exported(history: boolean, unsaved?: string): Promise<Uint8Array> {
  const stores = makeStores({ drafts: source() });
  await stores.init();
  if (unsaved) stores.document.getState().setText(unsaved, 0);
  const result = await stores.backup.exportAll({ history });
  if (!result.ok) throw new Error(result.error.message);
  expect(result.value.name).toBe('postwright-backup-2025-01-20.zip');
  expect(result.value.drafts).toBe(2);
  return result.value.bytes;
}

async function fresh(drafts = createMemoryDraftStore()) {
  const stores = makeStores({ drafts });
  await stores.init();
  return stores;
}

describe('export all and import', () => {
  it('moves every draft, with its history, into another browser exactly', async () => {
    const zip = await exported(true, A + 'Not saved yet.\n');
    const target = await fresh();
    expect(await target.backup.isBackup(zip)).toBe(true);
    const imported = await target.backup.importBackup(zip);
    expect(imported.ok && imported.value).toMatchObject({ unchanged: 0, revisions: 1, failed: [] });
    expect(target.drafts.peek('a')).toMatchObject({
      text: A + 'Not saved yet.\n',
      createdAt: 5,
      sourceName: 'rain.md',
    });
    expect(target.drafts.peek('b')?.text).toBe(B);
    const history = await target.drafts.listRevisions('a');
    expect(history.ok && history.value.map((r) => r.text)).toEqual(['An early rain.\n']);
    expect(
      target.library
        .getState()
        .drafts.map((d) => d.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('leaves the history out when asked', async () => {
    const target = await fresh();
    const imported = await target.backup.importBackup(await exported(false));
    expect(imported.ok && imported.value.revisions).toBe(0);
    expect(await target.drafts.listRevisions()).toEqual({ ok: true, value: [] });
  });

  it('re-importing the same zip creates no duplicates', async () => {
    const zip = await exported(true);
    const target = await fresh();
    await target.backup.importBackup(zip);
    const again = await target.backup.importBackup(zip);
    expect(again.ok && again.value).toMatchObject({ added: [], updated: [], unchanged: 2 });
    expect((await target.drafts.list()).ok && target.library.getState().drafts).toHaveLength(2);
    const all = await target.drafts.listRevisions();
    expect(all.ok && all.value.map((r) => r.id)).toEqual(['ra']);
  });

  it('keeps the newer text: a newer local draft gets the backup’s text in its history, an older one is updated', async () => {
    const zip = await exported(false);
    const drafts = createMemoryDraftStore({
      drafts: [
        storedDraft('a', A + 'Edited here later.\n', { updatedAt: T0 + 1_000, revision: 7 }),
        storedDraft('b', '+++\ntitle = "Fog"\n+++\nOlder.\n', { updatedAt: T0 - 9_000, revision: 2 }),
      ],
    });
    const target = await fresh(drafts);
    const imported = await target.backup.importBackup(zip);
    expect(imported.ok && imported.value).toMatchObject({ keptAsHistory: 1, updated: [{ id: 'b' }] });
    expect(drafts.peek('a')).toMatchObject({ text: A + 'Edited here later.\n', revision: 7 });
    const aHistory = await drafts.listRevisions('a');
    expect(aHistory.ok && aHistory.value.map((r) => [r.text, r.reason])).toEqual([[A, 'imported']]);
    expect(drafts.peek('b')).toMatchObject({ text: B, revision: 3 });
    const bHistory = await drafts.listRevisions('b');
    expect(bHistory.ok && bHistory.value.map((r) => r.reason)).toEqual(['before-import']);
    // And again: nothing more.
    const again = await target.backup.importBackup(zip);
    expect(again.ok && again.value).toMatchObject({ keptAsHistory: 1, unchanged: 1, updated: [] });
    const after = await drafts.listRevisions();
    expect(after.ok && after.value).toHaveLength(2);
  });

  it('brings a draft back from the trash instead of making a second one', async () => {
    const zip = await exported(false);
    const drafts = createMemoryDraftStore({
      trash: [{ draft: storedDraft('b', B, { revision: 4 }), deletedAt: T0 - 50 }],
    });
    const target = await fresh(drafts);
    await target.backup.importBackup(zip);
    expect(await drafts.listTrash()).toEqual({ ok: true, value: [] });
    expect(drafts.peek('b')).toMatchObject({ text: B, revision: 5 });
  });

  it('refuses a zip that is not a backup, in words', async () => {
    const target = await fresh();
    const refused = await target.backup.importBackup(new Uint8Array([80, 75, 3, 4, 0, 0]));
    expect(refused.ok ? 'ok' : refused.error.message).toMatch(/not a readable zip/);
    expect(await target.backup.isBackup(new TextEncoder().encode('# Just markdown'))).toBe(false);
  });
});
