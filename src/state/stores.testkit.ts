/**
 * Test-only helpers for the state tests: a map-backed journal and stores over a memory DraftStore, with
 * sequential ids and the (fakeable) global clock and timers. Not imported by the app.
 */
import type { Draft, StorageError, SyncJournal } from '../storage/drafts';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import type { MemoryDraftStore } from '../storage/memory-drafts';
import { createSoloTabLink } from '../storage/tabs';
import type { TabLink } from '../storage/tabs';
import type { StorageManagerApi } from '../storage/storage-estimate';
import { journalKeyFor } from './crash-journal';
import { createStores } from './create-stores';
import type { Stores } from './create-stores';
import { deriveMeta } from './derive-meta';

/** A `SyncJournal` over a Map, with `full` to make writes fail like a full localStorage. */
export interface MapJournal extends SyncJournal {
  map: Map<string, string>;
  full: boolean;
}

/** Create an empty (or seeded) map journal. */
export function mapJournal(seed: Record<string, string> = {}): MapJournal {
  const journal: MapJournal = {
    map: new Map(Object.entries(seed)),
    full: false,
    read: (key) => journal.map.get(key) ?? null,
    write: (key, value) => {
      if (journal.full) return false;
      journal.map.set(key, value);
      return true;
    },
    remove: (key) => void journal.map.delete(key),
    keys: () => [...journal.map.keys()],
  };
  return journal;
}

/** A stored draft with `text` (meta derived), revision 1 unless given. */
export function storedDraft(id: string, text: string, over: Partial<Draft> = {}): Draft {
  return { id, text, revision: 1, createdAt: 1, updatedAt: 1, caret: 0, meta: deriveMeta(text), ...over };
}

let tabCounter = 0;

/**
 * Stores over `drafts` and `journal` (fresh ones by default) with ids new-1, new-2, ... Each is a tab of its own
 * (`tabs`, default: a lone tab `tab-N`); `journalKey` is where it journals.
 */
export function makeStores(
  opts: {
    drafts?: MemoryDraftStore;
    journal?: MapJournal;
    offsetMinutes?: number;
    storageProblem?: StorageError;
    tabs?: TabLink;
    storageApi?: StorageManagerApi;
    /** Prefix for new ids (two tabs of one test need different ones). */
    idPrefix?: string;
  } = {},
): Stores & { drafts: MemoryDraftStore; journal: MapJournal; journalKey: string } {
  const drafts = opts.drafts ?? createMemoryDraftStore();
  const journal = opts.journal ?? mapJournal();
  const tabs = opts.tabs ?? createSoloTabLink(`tab-${++tabCounter}`);
  let n = 0;
  const stores = createStores({
    drafts,
    journal,
    tabs,
    storageApi: opts.storageApi,
    clock: () => Date.now(),
    newId: () => `${opts.idPrefix ?? 'new'}-${++n}`,
    offsetMinutes: () => opts.offsetMinutes ?? 480,
    storageProblem: opts.storageProblem ?? null,
  });
  return { ...stores, drafts, journal, journalKey: journalKeyFor(tabs.tabId) };
}
