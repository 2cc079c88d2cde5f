/**
 * Storage as the person sees it in settings: whether the browser keeps this site's data persistently (asked for
 * once at start-up), how much is used and left, and what could be freed (the trash, older history). The two
 * ways to free space are here too, for the settings view and for the "storage is full" offer; after either,
 * the open draft is saved again at once.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { DraftStore, Result } from '../storage/drafts';
import type { StorageEstimate, StorageManagerApi } from '../storage/storage-estimate';
import { THIN_PRUNE_POLICY } from '../core/history/prune-revisions';

/** Storage figures and the verbs that free space. */
export interface StorageStatusState {
  /** Persistent storage granted (null: the browser does not say). */
  persisted: boolean | null;
  estimate: StorageEstimate | null;
  trashCount: number;
  /** Characters of text in the trash (drafts only; their history is counted in `historyChars`). */
  trashChars: number;
  historyCount: number;
  historyChars: number;
  /** Ask the browser again for persistent storage. */
  requestPersistence(): Promise<boolean | null>;
  refresh(): Promise<void>;
  /** Delete everything in the trash for good, then retry saving. */
  emptyTrash(): Promise<Result<number>>;
  /** Keep only a few revisions per draft, then retry saving. */
  thinHistory(): Promise<Result<number>>;
}

/** The store plus `init` (ask for persistence once, take the first figures). */
export interface StorageStatusController {
  store: StoreApi<StorageStatusState>;
  init(): Promise<void>;
}

/** What the status needs; the two freeing verbs come from the trash and history stores. */
export interface StorageStatusDeps {
  drafts: DraftStore;
  api: StorageManagerApi;
  emptyTrash(): Promise<Result<number>>;
  thinHistory(policy: typeof THIN_PRUNE_POLICY): Promise<Result<{ removed: number; chars: number }>>;
  /** Save the open draft again (space was freed). */
  retrySave(): Promise<void>;
}

/** Create the storage status store. */
export function createStorageStatusStore(deps: StorageStatusDeps): StorageStatusController {
  const { drafts, api } = deps;

  const store = createStore<StorageStatusState>()((set, get) => ({
    persisted: null,
    estimate: null,
    trashCount: 0,
    trashChars: 0,
    historyCount: 0,
    historyChars: 0,
    requestPersistence: async () => {
      const granted = await api.persist();
      set({ persisted: granted ?? (await api.persisted()) });
      return granted;
    },
    refresh: async () => {
      const [estimate, persisted, trash, history] = await Promise.all([
        api.estimate(),
        api.persisted(),
        drafts.listTrash(),
        drafts.listRevisions(),
      ]);
      set({
        estimate,
        persisted,
        trashCount: trash.ok ? trash.value.length : 0,
        trashChars: trash.ok ? trash.value.reduce((n, e) => n + e.draft.text.length, 0) : 0,
        historyCount: history.ok ? history.value.length : 0,
        historyChars: history.ok ? history.value.reduce((n, r) => n + r.text.length, 0) : 0,
      });
    },
    emptyTrash: async () => {
      const emptied = await deps.emptyTrash();
      await deps.retrySave();
      await get().refresh();
      return emptied;
    },
    thinHistory: async () => {
      const thinned = await deps.thinHistory(THIN_PRUNE_POLICY);
      await deps.retrySave();
      await get().refresh();
      return thinned.ok ? { ok: true, value: thinned.value.removed } : thinned;
    },
  }));

  return {
    store,
    init: async () => {
      const persisted = await api.persisted();
      store.setState({ persisted });
      // Ask once per page load: browsers decide by their own rules (and Firefox may ask the person).
      if (persisted === false) await store.getState().requestPersistence();
      await store.getState().refresh();
    },
  };
}
