/**
 * Each draft's history: a revision at least every few minutes of editing, the text at rest before a session's
 * first change, and one before anything replaces the text (import, restore, another tab's version). Pruned after
 * every addition with core's `pruneRevisions` (dense recent, sparse old, bounded per draft). The store shows one
 * draft's revisions for the History view and restores one into the open draft (undoably).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, Revision, StorageError } from '../storage/drafts';
import { storageError } from '../storage/errors';
import { DEFAULT_PRUNE_POLICY, pruneRevisions } from '../core/history/prune-revisions';
import type { PrunePolicy } from '../core/history/prune-revisions';

/** A revision is taken on save when the newest one is at least this old. */
export const REVISION_INTERVAL_MS = 3 * 60_000;

/** The History view's state. */
export interface HistoryState {
  /** The draft whose history is loaded (null: none yet). */
  draftId: string | null;
  /** Newest first. */
  revisions: Revision[];
  loading: boolean;
  error: StorageError | null;
  load(draftId: string): Promise<void>;
  /**
   * Bring revision `revisionId` back into the open draft. The text it replaces is kept in history first and
   * returned, so the restore can be undone (`undoRestore`), as can the editor's own undo.
   */
  restore(revisionId: string): Promise<Result<{ previousText: string }>>;
  /** Put back the text a restore replaced. */
  undoRestore(previousText: string): void;
  /**
   * Keep `text` of draft `draftId` in its history now: call before any bulk change replaces a draft's text
   * (an import over it, a find-and-replace across drafts, reloading it from a file). `reason` is shown in words.
   */
  snapshot(draftId: string, text: string, reason: string): Promise<Result<Revision>>;
}

/** The store plus what the other stores call. */
export interface HistoryController {
  store: StoreApi<HistoryState>;
  /**
   * Keep `text` as a revision of `draftId` now (unless the newest revision already holds exactly it, which is
   * then returned). Fails only when storage refuses.
   */
  snapshot(draftId: string, text: string, reason: string, at?: number): Promise<Result<Revision>>;
  /** A save landed: take a revision if one is due. Never throws; storage refusals are ignored here. */
  noteSaved(saved: Draft, previous: Draft | null): Promise<void>;
  /** Prune every draft's history with `policy`; how many revisions and characters went. */
  pruneAll(policy: PrunePolicy): Promise<Result<{ removed: number; chars: number }>>;
}

/** What history needs from the open document. */
export interface HistoryDeps {
  drafts: DraftStore;
  clock: () => number;
  newId: () => string;
  document: {
    id(): string | null;
    text(): string;
    replaceText(text: string): void;
    saveNow(): Promise<void>;
  };
}

/** Create the history store. */
export function createHistoryStore(deps: HistoryDeps): HistoryController {
  const { drafts, clock, newId, document } = deps;
  /** The newest revision known per draft (undefined: not looked up yet; null: none). */
  const newest = new Map<string, Revision | null>();
  /** Drafts whose text at rest has been checked into history this session. */
  const checked = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  async function newestOf(draftId: string): Promise<Revision | null> {
    if (newest.has(draftId)) return newest.get(draftId) ?? null;
    const listed = await drafts.listRevisions(draftId);
    const found = listed.ok ? (listed.value[0] ?? null) : null;
    if (listed.ok) newest.set(draftId, found);
    return found;
  }

  async function prune(draftId: string): Promise<void> {
    const listed = await drafts.listRevisions(draftId);
    if (!listed.ok) return;
    const sized = listed.value.map((r) => ({ id: r.id, at: r.at, size: r.text.length }));
    const { drop } = pruneRevisions(sized, clock(), DEFAULT_PRUNE_POLICY);
    if (drop.length) await drafts.removeRevisions(drop);
  }

  async function add(draftId: string, text: string, reason: string, at: number): Promise<Result<Revision>> {
    const latest = await newestOf(draftId);
    if (latest && latest.text === text) return { ok: true, value: latest };
    const revision: Revision = { id: newId(), draftId, text, at, reason };
    const added = await drafts.addRevision(revision);
    if (!added.ok) return added;
    if (!latest || at >= latest.at) newest.set(draftId, revision);
    await prune(draftId);
    if (store.getState().draftId === draftId) void store.getState().load(draftId);
    return { ok: true, value: revision };
  }

  const store = createStore<HistoryState>()((set, get) => ({
    draftId: null,
    revisions: [],
    loading: false,
    error: null,
    load: async (draftId) => {
      set({ draftId, loading: true, ...(get().draftId === draftId ? {} : { revisions: [] }) });
      const listed = await drafts.listRevisions(draftId);
      if (get().draftId !== draftId) return;
      if (listed.ok) set({ revisions: listed.value, loading: false, error: null });
      else set({ loading: false, error: listed.error });
    },
    restore: async (revisionId) => {
      const draftId = document.id();
      const revision = get().revisions.find((r) => r.id === revisionId);
      if (draftId === null || !revision || revision.draftId !== draftId)
        return { ok: false, error: storageError('not-found') };
      const previousText = document.text();
      // Kept first; if storage refuses, the editor's undo and the returned text still bring it back.
      await serial(() => add(draftId, previousText, 'before-restore', clock()));
      document.replaceText(revision.text);
      await document.saveNow();
      await get().load(draftId);
      return { ok: true, value: { previousText } };
    },
    undoRestore: (previousText) => document.replaceText(previousText),
    snapshot: (draftId, text, reason) => serial(() => add(draftId, text, reason, clock())),
  }));

  return {
    store,
    snapshot: (draftId, text, reason, at) => serial(() => add(draftId, text, reason, at ?? clock())),
    noteSaved: (saved, previous) =>
      serial(async () => {
        const id = saved.id;
        if (!checked.has(id)) {
          checked.add(id);
          // The text as it was at rest (end of an earlier session) goes into history before it changes.
          if (previous && previous.text !== saved.text)
            await add(id, previous.text, 'edit', previous.updatedAt);
        }
        const latest = await newestOf(id);
        if (!latest || clock() - latest.at >= REVISION_INTERVAL_MS)
          await add(id, saved.text, 'edit', saved.updatedAt);
      }).catch(() => undefined),
    pruneAll: (policy) =>
      serial(async () => {
        const listed = await drafts.listRevisions();
        if (!listed.ok) return listed;
        const byDraft = new Map<string, Revision[]>();
        for (const r of listed.value) byDraft.set(r.draftId, [...(byDraft.get(r.draftId) ?? []), r]);
        const drop: string[] = [];
        let chars = 0;
        for (const revisions of byDraft.values()) {
          const sized = revisions.map((r) => ({ id: r.id, at: r.at, size: r.text.length }));
          const dropped = new Set(pruneRevisions(sized, clock(), policy).drop);
          for (const r of revisions) if (dropped.has(r.id)) chars += r.text.length;
          drop.push(...dropped);
        }
        const removed = await drafts.removeRevisions(drop);
        if (!removed.ok) return removed;
        newest.clear();
        const open = store.getState().draftId;
        if (open !== null) void store.getState().load(open);
        return { ok: true, value: { removed: drop.length, chars } };
      }),
  };
}
