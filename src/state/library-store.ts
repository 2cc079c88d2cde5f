/**
 * The library store: every draft (newest change first), the filter, and the actions that create, import,
 * duplicate and delete drafts. It lists the drafts' summaries (storage reads no text for them); the texts, which
 * the filter searches, are read a page at a time in the background after the list is shown
 * (`library-records.ts`). Deleting moves the draft to the storage's trash (kept 30 days); `trash` here is
 * the last deletion, which `undoDelete` brings back within `UNDO_WINDOW_MS` (the toast's Undo).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, StorageError } from '../storage/drafts';
import { storageError } from '../storage/errors';
import { withCopyTitle } from './copy-title';
import { deriveMeta } from './derive-meta';
import { collectTerms, filterDrafts, narrows, parseFilter } from './library-search';
import { byNewest, readSearchTexts, withDraft } from './library-records';
import type { FilterQuery, Searchable } from './library-search';
import { newPostTemplate } from '../core/post/new-post';
import type { Timers } from './timers';

/** How long a deleted draft can be brought back with `undoDelete()`. */
export const UNDO_WINDOW_MS = 10_000;
/**
 * How many of the newest drafts are listed before the rest are read: more than a tall window's rows, so the first
 * screen of a long library shows without reading (or sorting, or searching) thousands of summaries.
 */
export const FIRST_PAGE = 60;

/** A listed draft: its summary, with its text when this tab has it (it saved or fetched it). */
export type LibraryDraft = Searchable;

/** The last deleted draft (now in the storage's trash), for the Undo in the toast. */
export interface TrashedDraft {
  draft: Draft;
  deletedAt: number;
  /** It was the open draft: undo reopens it. */
  wasOpen: boolean;
}

/** What `importFiles` did, file by file. */
export interface ImportOutcome {
  imported: Draft[];
  failed: { name: string; error: StorageError }[];
}

/**
 * The library's state and actions. `visibleDrafts` and the suggestions are plain fields recomputed whenever
 * the drafts or the filter change, so selectors get stable arrays.
 */
export interface LibraryState {
  /** Every draft, newest change first. */
  drafts: LibraryDraft[];
  filter: string;
  /**
   * The drafts matching `filter` (title, tags, categories, body; case and accent insensitive). Until the texts
   * are read (`textsRead`), drafts not read yet match by title, tags and categories; it is recomputed as they come.
   */
  visibleDrafts: LibraryDraft[];
  /** True once every listed draft's text was read for searching. */
  textsRead: boolean;
  /** Tags over all drafts, most used first. */
  tagSuggestions: string[];
  /** Categories over all drafts, most used first. */
  categorySuggestions: string[];
  /** True after the first `load()` finished (even if it failed). */
  loaded: boolean;
  /**
   * Why drafts cannot be loaded or kept: the list failed to load, or storage fell back to memory (then the
   * drafts live only in this tab). Null when all is well.
   */
  loadError: StorageError | null;
  trash: TrashedDraft | null;
  /** Same as `visibleDrafts`. */
  filtered(): LibraryDraft[];
  setFilter(filter: string): void;
  /**
   * List the drafts: the newest `FIRST_PAGE` at once, then every draft once `restAfter` (when given) settled,
   * then their texts for search in the background. Resolves when every draft is listed (`loaded`).
   */
  load(opts?: { restAfter?: PromiseLike<unknown> }): Promise<Result<void>>;
  /** A new post from the template, stored and opened. */
  createDraft(): Promise<Result<Draft>>;
  /** Each file becomes a new draft (its name kept as `sourceName`); the first one is opened. */
  importFiles(files: { name: string; text: string }[]): Promise<ImportOutcome>;
  /** A copy with " (copy)" added to its title where that is a safe edit; opened. */
  duplicateDraft(id: string): Promise<Result<Draft>>;
  /**
   * Move a draft to the trash (the deleted draft, as it was, comes back for an undo message). The open draft's
   * unsaved text is saved first; if that fails, nothing is deleted.
   */
  deleteDraft(id: string): Promise<Result<Draft>>;
  /**
   * Bring back the last deleted draft (only if it is `id`, when given) within `UNDO_WINDOW_MS`; null when
   * there is nothing to undo.
   */
  undoDelete(id?: string): Promise<Result<Draft | null>>;
}

/** What the library needs: storage, time, ids, and the document it hands drafts to. */
export interface LibraryDeps {
  drafts: DraftStore;
  clock: () => number;
  newId: () => string;
  timers: Timers;
  /** Minutes east of UTC at `now`, for new posts' dates. */
  offsetMinutes: (now: number) => number;
  /** A storage problem known from the start (the in-memory fallback). */
  storageProblem?: StorageError | null;
  document: {
    openId(): string | null;
    open(id: string): Promise<Result<void>>;
    /** The open draft with its current (maybe unsaved) text. */
    current(): Draft | null;
    close(): Promise<void>;
    /** A deleted draft's journal entry must not resurrect it. */
    forget(id: string): void;
    /** Save the open draft now (before it is deleted). */
    saveNow(): Promise<void>;
    /** True while the open draft has text storage does not have. */
    unsaved(): boolean;
  };
  /** A draft was stored (created, imported, duplicated, restored) or left for the trash (null). */
  onChanged?(id: string, draft: Draft | null, how: 'created' | 'imported' | 'restored' | 'trashed'): void;
}

/** The store plus `upsert` (after each save) and `drop` (a draft gone in another tab). */
export interface LibraryController {
  store: StoreApi<LibraryState>;
  upsert(draft: Draft): void;
  drop(id: string): void;
  /** Resolves once the running `load()` has listed drafts: its newest page, or every draft (or it failed). */
  listed(): Promise<void>;
}

/** Create the library store. */
export function createLibraryStore(deps: LibraryDeps): LibraryController {
  const { drafts: storage, clock, newId, timers, document } = deps;
  let trashTimer: unknown = null;
  /** Counts `load()`s: a text reader of an earlier load stops. */
  let reading = 0;
  /** The parsed filter `visibleDrafts` was computed for (over the current `drafts`). */
  let query: FilterQuery = parseFilter('');
  /**
   * While a load lists only the newest page: the drafts this tab stored or dropped since it started (by id, the
   * latest change), put into the whole list when it comes, which may have been read before them.
   */
  let changed: Map<string, Draft | null> | null = null;
  let listedNow: Promise<void> = Promise.resolve();

  /** The derived fields for `drafts` and `filter`. */
  function derived(
    drafts: LibraryDraft[],
    filter: string,
  ): Pick<LibraryState, 'drafts' | 'filter' | 'visibleDrafts' | 'tagSuggestions' | 'categorySuggestions'> {
    query = parseFilter(filter);
    return {
      drafts,
      filter,
      visibleDrafts: filterDrafts(drafts, query),
      tagSuggestions: collectTerms(drafts, (d) => d.meta.tags),
      categorySuggestions: collectTerms(drafts, (d) => d.meta.categories),
    };
  }

  const setDrafts = (drafts: LibraryDraft[]): void =>
    store.setState(derived(drafts, store.getState().filter));
  const upsert = (draft: Draft): void => {
    changed?.set(draft.id, draft);
    setDrafts(withDraft(store.getState().drafts, draft));
  };
  const remove = (id: string): void => {
    changed?.set(id, null);
    setDrafts(store.getState().drafts.filter((d) => d.id !== id));
  };

  /** `listed` with what this tab changed while it was read (a listed newer revision stays). */
  function withChanges(listed: LibraryDraft[], changes: Map<string, Draft | null>): LibraryDraft[] {
    let drafts = listed;
    for (const [id, draft] of changes) {
      if (draft === null) drafts = drafts.filter((d) => d.id !== id);
      else if (!drafts.some((d) => d.id === id && d.revision > draft.revision))
        drafts = withDraft(drafts, draft);
    }
    return drafts;
  }

  /** List the newest page until the first load lists every draft (a later load keeps the list it has). */
  async function listNewest(generation: number): Promise<boolean> {
    const newest = await storage.listNewestSummaries(FIRST_PAGE);
    if (generation !== reading || !newest.ok || newest.value === null) return false;
    if (!store.getState().loaded) setDrafts(withChanges(newest.value, changed ?? new Map()));
    return true;
  }

  /** The texts for search, read in the background after the list shows (see `readSearchTexts`). */
  const readTexts = (generation: number): Promise<void> =>
    readSearchTexts({
      storage,
      current: () => generation === reading,
      drafts: () => store.getState().drafts,
      filtering: () => store.getState().filter !== '',
      setDrafts,
      done: () => store.setState({ textsRead: true }),
    });

  async function storeNew(
    text: string,
    extra: { sourceName?: string; caret?: number; how?: 'created' | 'imported' } = {},
  ): Promise<Result<Draft>> {
    const now = clock();
    const draft: Draft = {
      id: newId(),
      text,
      revision: 0,
      createdAt: now,
      updatedAt: now,
      caret: Math.min(text.length, extra.caret ?? 0),
      meta: deriveMeta(text),
    };
    if (extra.sourceName !== undefined) draft.sourceName = extra.sourceName;
    const saved = await storage.save(draft, null);
    if (saved.ok) {
      upsert(saved.value);
      deps.onChanged?.(saved.value.id, saved.value, extra.how ?? 'created');
    }
    return saved;
  }

  async function storeAndOpen(text: string, caret: number): Promise<Result<Draft>> {
    const saved = await storeNew(text, { caret });
    if (saved.ok) await document.open(saved.value.id);
    return saved;
  }

  function clearTrash(): void {
    if (trashTimer !== null) timers.clearTimeout(trashTimer);
    trashTimer = null;
    store.setState({ trash: null });
  }

  const store = createStore<LibraryState>()((set, get) => ({
    drafts: [],
    filter: '',
    visibleDrafts: [],
    textsRead: false,
    tagSuggestions: [],
    categorySuggestions: [],
    loaded: false,
    loadError: deps.storageProblem ?? null,
    trash: null,
    filtered: () => get().visibleDrafts,
    setFilter: (filter) => {
      if (filter === get().filter) return;
      const next = parseFilter(filter);
      if (next.key === query.key) {
        set({ filter });
        return;
      }
      // Typing on narrows the previous matches; anything else searches the whole library again.
      const from = narrows(query, next) ? get().visibleDrafts : get().drafts;
      query = next;
      set({ filter, visibleDrafts: filterDrafts(from, next) });
    },
    load: async (opts = {}) => {
      const generation = ++reading;
      const changes = new Map<string, Draft | null>();
      changed = changes;
      let markListed: () => void = () => undefined;
      listedNow = new Promise((resolve) => (markListed = resolve));
      try {
        // Without a newest page (summaries to rebuild) every draft is read at once: the start may be waiting.
        if (await listNewest(generation)) {
          markListed();
          await Promise.allSettled([opts.restAfter]);
        }
        if (generation !== reading) return { ok: true, value: undefined };
        const listed = await storage.listSummaries();
        if (generation !== reading) return { ok: true, value: undefined };
        if (!listed.ok) {
          set({ loaded: true, loadError: listed.error });
          return listed;
        }
        const drafts = withChanges([...listed.value].sort(byNewest), changes);
        set({
          ...derived(drafts, get().filter),
          textsRead: false,
          loaded: true,
          loadError: deps.storageProblem ?? null,
        });
      } finally {
        if (changed === changes) changed = null;
        markListed();
      }
      // Upgraded records carry empty meta: theirs is derived from the text as it is read.
      void readTexts(generation);
      return { ok: true, value: undefined };
    },
    createDraft: () => {
      const now = clock();
      const text = newPostTemplate(new Date(now), deps.offsetMinutes(now));
      // The template ends with the empty body: the caret waits there.
      return storeAndOpen(text, text.length);
    },
    importFiles: async (files) => {
      const outcome: ImportOutcome = { imported: [], failed: [] };
      for (const file of files) {
        const saved = await storeNew(file.text, { sourceName: file.name, how: 'imported' });
        if (saved.ok) outcome.imported.push(saved.value);
        else outcome.failed.push({ name: file.name, error: saved.error });
      }
      const first = outcome.imported[0];
      if (first) await document.open(first.id);
      return outcome;
    },
    duplicateDraft: async (id) => {
      const open = document.openId() === id ? document.current() : null;
      let source = open;
      if (!source) {
        const got = await storage.get(id);
        if (!got.ok) return got;
        source = got.value ?? null;
      }
      if (!source) return { ok: false, error: storageError('not-found') };
      const text = withCopyTitle(source.text);
      return storeAndOpen(text, source.caret + text.length - source.text.length);
    },
    deleteDraft: async (id) => {
      const wasOpen = document.openId() === id;
      const draft = (wasOpen ? document.current() : null) ?? get().drafts.find((d) => d.id === id);
      if (!draft) return { ok: false, error: storageError('not-found') };
      // The trash keeps what storage has: the open draft's unsaved text is saved first, or nothing is deleted.
      if (wasOpen && document.unsaved()) {
        await document.saveNow();
        if (document.unsaved())
          return { ok: false, error: storageError('unknown', 'the open text could not be saved first') };
      }
      // Move first: if that fails, the open draft stays as it is. A save that starts after the move is refused
      // as a conflict, so nothing can bring the draft back behind our back.
      const deletedAt = clock();
      const moved = await storage.trash(id, deletedAt);
      if (!moved.ok) return moved;
      if (wasOpen) await document.close();
      document.forget(id);
      clearTrash();
      remove(id);
      set({ trash: { draft: moved.value.draft, deletedAt, wasOpen } });
      trashTimer = timers.setTimeout(clearTrash, UNDO_WINDOW_MS);
      deps.onChanged?.(id, null, 'trashed');
      return { ok: true, value: moved.value.draft };
    },
    undoDelete: async (id) => {
      const trash = get().trash;
      if (!trash || (id !== undefined && trash.draft.id !== id)) return { ok: true, value: null };
      if (clock() - trash.deletedAt > UNDO_WINDOW_MS) {
        clearTrash();
        return { ok: true, value: null };
      }
      const restored = await storage.restore(trash.draft.id);
      if (!restored.ok) return restored;
      const draft = { ...restored.value, meta: deriveMeta(restored.value.text) };
      clearTrash();
      upsert(draft);
      deps.onChanged?.(draft.id, draft, 'restored');
      if (trash.wasOpen) await document.open(draft.id);
      return { ok: true, value: draft };
    },
  }));

  const drop = (id: string): void => {
    if (changed || store.getState().drafts.some((d) => d.id === id)) remove(id);
  };
  return { store, upsert, drop, listed: () => listedNow };
}
