/**
 * The trash view's state: deleted drafts (kept by storage with their history), restoring one, deleting one for
 * good, emptying the trash, and forgetting what has been there longer than `TRASH_DAYS` (at start-up).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, StorageError, TrashEntry } from '../storage/drafts';
import { deriveMeta } from './derive-meta';

/** How long a deleted draft stays restorable. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The trash's state and verbs. */
export interface TrashState {
  /** Most recently deleted first. */
  entries: TrashEntry[];
  loaded: boolean;
  error: StorageError | null;
  load(): Promise<void>;
  /** Put a draft back in the library and open it. */
  restore(id: string): Promise<Result<Draft>>;
  /** Delete one draft for good (with its history). */
  purge(id: string): Promise<Result<void>>;
  /** Delete everything in the trash for good; how many drafts went. */
  empty(): Promise<Result<number>>;
}

/** The store plus `expire`, which `init` calls. */
export interface TrashController {
  store: StoreApi<TrashState>;
  /** Delete for good what was deleted more than `TRASH_DAYS` ago. */
  expire(): Promise<void>;
}

/** What the trash needs. */
export interface TrashDeps {
  drafts: DraftStore;
  clock: () => number;
  /** The restored draft is back: list it and open it. */
  onRestored(draft: Draft): Promise<void>;
  /** The trash changed (tell other tabs). */
  onChanged?(): void;
  /** These drafts were deleted for good (what else is kept of them goes too). */
  onPurged?(ids: string[]): void;
}

/** The days (started) left before an entry deleted at `deletedAt` is deleted for good: 30 just after. */
export function daysLeft(deletedAt: number, now: number): number {
  return Math.max(0, Math.ceil((deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS));
}

/** Create the trash store. */
export function createTrashStore(deps: TrashDeps): TrashController {
  const { drafts, clock } = deps;

  async function purgeIds(ids: string[]): Promise<Result<void>> {
    if (ids.length === 0) return { ok: true, value: undefined };
    const purged = await drafts.purge(ids);
    if (purged.ok) {
      store.setState({ entries: store.getState().entries.filter((e) => !ids.includes(e.draft.id)) });
      deps.onChanged?.();
      deps.onPurged?.(ids);
    }
    return purged;
  }

  const store = createStore<TrashState>()((set, get) => ({
    entries: [],
    loaded: false,
    error: null,
    load: async () => {
      const listed = await drafts.listTrash();
      if (listed.ok) set({ entries: listed.value, loaded: true, error: null });
      else set({ loaded: true, error: listed.error });
    },
    restore: async (id) => {
      const restored = await drafts.restore(id);
      if (!restored.ok) return restored;
      const draft = { ...restored.value, meta: deriveMeta(restored.value.text) };
      set({ entries: get().entries.filter((e) => e.draft.id !== id) });
      deps.onChanged?.();
      await deps.onRestored(draft);
      return { ok: true, value: draft };
    },
    purge: (id) => purgeIds([id]),
    empty: async () => {
      const listed = await drafts.listTrash();
      if (!listed.ok) return listed;
      const ids = listed.value.map((e) => e.draft.id);
      const purged = await purgeIds(ids);
      if (!purged.ok) return purged;
      set({ entries: [] });
      return { ok: true, value: ids.length };
    },
  }));

  return {
    store,
    expire: async () => {
      const listed = await drafts.listTrash();
      if (!listed.ok) return;
      const limit = clock() - TRASH_DAYS * DAY_MS;
      await purgeIds(listed.value.filter((e) => e.deletedAt < limit).map((e) => e.draft.id));
    },
  };
}
