/**
 * The document store: the one open draft. `setText` runs on every keystroke and only records the text and
 * schedules work (a throttled crash-journal write, a debounced save); parsing happens when saving.
 *
 * Other tabs: while this tab has no edits of its own, it follows the other tabs (their live text, their saves).
 * When both have edits, the save that comes second is refused by storage and this store holds a `conflict`
 * with both versions until the person chooses (`resolveConflict`, in `document-conflict.ts`).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, StorageErrorKind } from '../storage/drafts';
import { storageError } from '../storage/errors';
import { createAutosave } from './autosave';
import type { SaveOutcome } from './autosave';
import type { CrashJournal } from './crash-journal';
import { deriveMeta } from './derive-meta';
import { createConflictActions } from './document-conflict';
import type { Conflict, ConflictChoice } from './document-conflict';
import { createThrottle } from './timers';
import type { Timers } from './timers';

export type { Conflict, ConflictChoice } from './document-conflict';

/** How often (at most) the crash journal is written while typing: well inside the 300 ms crash promise. */
export const JOURNAL_THROTTLE_MS = 100;

/** What the save indicator shows; `message` (plain words) and `errorKind` come with `error`. */
export interface SaveState {
  kind: 'saved' | 'saving' | 'unsaved' | 'error';
  message?: string;
  errorKind?: StorageErrorKind;
}

/** The open draft and its actions. `id` is null when no draft is open. */
export interface DocumentState {
  id: string | null;
  text: string;
  caret: number;
  /** The stored revision `text` is based on. */
  baseRevision: number | null;
  saveState: SaveState;
  /** The file the draft was imported from, for export names. */
  sourceName: string | null;
  /** False until `init()` finished: nothing is saved or journaled before. */
  ready: boolean;
  /** Another tab saved this draft while this one had edits: both versions, until the person chooses. */
  conflict: Conflict | null;
  /** How many other tabs have this draft open. */
  elsewhere: number;
  /**
   * Why the text last changed without typing here: `follow` (another tab's version: not part of undo) or
   * `restore` (a revision brought back: undoable in the editor). The editor applies such changes itself.
   */
  externalKind: 'follow' | 'restore';
  /** Open a draft. Saves the current one first; refuses (keeping it open) if that save fails. */
  open(id: string): Promise<Result<void>>;
  /** Every keystroke: cheap. */
  setText(text: string, caret: number): void;
  setCaret(caret: number): void;
  /** Replace the whole text from outside the editor (restoring a revision); saved like typing. */
  replaceText(text: string): void;
  /** Save now (Ctrl+S); resolves when done. The outcome is in `saveState`. */
  saveNow(): Promise<void>;
  /** Page hidden or closing: write the crash journal synchronously, then start saving. */
  flush(): void;
  /** Settle a conflict: keep this tab's text, the other tab's, or both (this tab's as a new draft). */
  resolveConflict(choice: ConflictChoice): Promise<Result<void>>;
}

/** What the document store needs from its surroundings. */
export interface DocumentDeps {
  drafts: DraftStore;
  crash: CrashJournal;
  clock: () => number;
  timers: Timers;
  /** A save landed (`previous` is the stored draft it replaced). */
  onSaved(draft: Draft, previous: Draft | null): void;
  /** A draft was opened (remembered as the last open draft). */
  onOpened(id: string): void;
  /** Keep `text` in draft `id`'s history before it is replaced (resolves when written or refused). */
  snapshot(id: string, text: string, reason: string): Promise<void>;
  /** Store `text` as a new draft (keeping both versions of a conflict). */
  createCopy(text: string, sourceName?: string): Promise<Result<Draft>>;
  /** This tab's own unsaved text (throttled with the journal), for tabs following this draft. */
  onLocalText?(id: string, text: string, baseRevision: number | null): void;
}

/** The store plus the controls `createStores` and the tab sync use (not for the UI). */
export interface DocumentController {
  store: StoreApi<DocumentState>;
  /** Show `draft` as stored, or with `over` (unsaved text recovered from the journal) on top. */
  show(draft: Draft, over?: { text: string; caret: number }): void;
  /** Close the open draft after any running save finished. */
  close(): Promise<void>;
  /** Allow saving and journaling (end of `init`). */
  setReady(): void;
  /** The open draft as it is now (current text and caret), or null. */
  current(): Draft | null;
  /** Another tab's live, unsaved text of a draft: followed when this tab has no edits of its own. */
  remoteText(id: string, text: string, baseRevision: number | null): void;
  /** Another tab stored draft `id` at `revision` (null: it is gone): follow it, or hold a conflict. */
  remoteChanged(id: string, revision: number | null): Promise<void>;
  setElsewhere(count: number): void;
  /** True while the open draft has edits of this tab that storage does not have. */
  hasOwnEdits(): boolean;
}

/** The open draft's bookkeeping, shared with the conflict actions. */
export interface OpenDraft {
  /** The stored draft the text is based on. */
  record: Draft | null;
  savedText: string;
  /** Text that is not this tab's own edit: the saved text, or another tab's text being followed. */
  syncedText: string;
  conflict: boolean;
}

const SAVED: SaveState = { kind: 'saved' };
const UNSAVED: SaveState = { kind: 'unsaved' };
const ok: Result<void> = { ok: true, value: undefined };

/** Create the document store. */
export function createDocumentStore(deps: DocumentDeps): DocumentController {
  const { drafts, crash, clock, timers } = deps;
  const o: OpenDraft = { record: null, savedText: '', syncedText: '', conflict: false };
  let ready = false;
  let openSeq = 0;

  const store = createStore<DocumentState>()((set, get) => ({
    id: null,
    text: '',
    caret: 0,
    baseRevision: null,
    saveState: SAVED,
    sourceName: null,
    ready: false,
    conflict: null,
    elsewhere: 0,
    externalKind: 'follow',
    open: async (id) => {
      if (get().id === id && o.record) return ok;
      const seq = ++openSeq;
      const left = await leave();
      if (!left.ok) return left;
      const got = await drafts.get(id);
      if (seq !== openSeq) return ok;
      if (!got.ok) return got;
      if (!got.value) return { ok: false, error: storageError('not-found') };
      show(got.value);
      return ok;
    },
    setText: (text, caret) => {
      const s = get();
      if (text === s.text) {
        if (caret !== s.caret) set({ caret });
        return;
      }
      set({ text, caret, saveState: s.saveState.kind === 'error' ? s.saveState : UNSAVED });
      if (!ready || s.id === null) return;
      journal.request();
      autosave.schedule();
    },
    setCaret: (caret) => set({ caret }),
    replaceText: (text) => {
      const s = get();
      if (s.id === null || text === s.text) return;
      set({ text, caret: Math.min(s.caret, text.length), externalKind: 'restore', saveState: UNSAVED });
      if (!ready) return;
      journal.request();
      autosave.schedule();
    },
    saveNow: () => autosave.now(),
    flush: () => {
      if (!ready || get().id === null) return;
      journal.cancel();
      writeJournal(true);
      void autosave.now();
    },
    resolveConflict: (choice) => conflicts.resolve(choice),
  }));

  const dirty = (): boolean => o.record !== null && store.getState().text !== o.savedText;

  function writeJournal(always: boolean): void {
    const s = store.getState();
    if (!ready || s.id === null) return;
    // Only this tab's own edits are "unsaved" here: text followed from another tab is that tab's to keep.
    const unsaved = s.text !== o.syncedText;
    if (!unsaved && !always) return;
    crash.write({
      id: s.id,
      text: s.text,
      caret: s.caret,
      baseRevision: s.baseRevision,
      at: clock(),
      unsaved,
    });
    if (unsaved && s.elsewhere > 0) deps.onLocalText?.(s.id, s.text, s.baseRevision);
  }
  const journal = createThrottle(timers, JOURNAL_THROTTLE_MS, () => writeJournal(false));

  async function runSave(): Promise<SaveOutcome> {
    const s = store.getState();
    if (!ready || s.id === null || o.record === null) return 'idle';
    if (o.conflict) return 'stop';
    if (s.text === o.savedText) {
      if (s.saveState.kind !== 'saved') store.setState({ saveState: SAVED });
      return 'idle';
    }
    // Another tab's unsaved text, followed here: that tab saves it.
    if (s.text === o.syncedText) return 'idle';
    const { id, text, caret, baseRevision } = s;
    const previous = o.record;
    const draft: Draft = { ...previous, text, caret, updatedAt: clock(), meta: deriveMeta(text) };
    store.setState({ saveState: { kind: 'saving' } });
    const result = await drafts.save(draft, baseRevision);
    if (store.getState().id !== id) return 'idle';
    if (result.ok) {
      o.record = result.value;
      o.savedText = o.syncedText = text;
      crash.removeIfText(id, text);
      deps.onSaved(result.value, previous);
      const now = store.getState();
      store.setState({
        baseRevision: result.value.revision,
        saveState: now.text === text ? SAVED : UNSAVED,
      });
      // Typed during the save: the journal entry must name the new base, or a replay would see it as stale.
      if (now.text !== text) writeJournal(false);
      return 'saved';
    }
    if (result.error.kind === 'conflict') {
      await conflicts.enter();
      return 'stop';
    }
    store.setState({
      saveState: { kind: 'error', message: result.error.message, errorKind: result.error.kind },
    });
    return 'retry';
  }
  const autosave = createAutosave({ timers, run: runSave });

  async function leave(): Promise<Result<void>> {
    if (dirty()) await autosave.now();
    await autosave.idle();
    if (dirty() && store.getState().text !== o.syncedText) {
      const message = store.getState().saveState.message ?? 'The open draft could not be saved.';
      return { ok: false, error: { kind: o.conflict ? 'conflict' : 'unknown', message } };
    }
    return ok;
  }

  function show(draft: Draft, over?: { text: string; caret: number }): void {
    autosave.cancel();
    journal.cancel();
    o.record = draft;
    o.savedText = o.syncedText = draft.text;
    o.conflict = false;
    const text = over?.text ?? draft.text;
    const caret = Math.max(0, Math.min(text.length, over?.caret ?? draft.caret));
    store.setState({
      id: draft.id,
      text,
      caret,
      baseRevision: draft.revision,
      saveState: text === o.savedText ? SAVED : UNSAVED,
      sourceName: draft.sourceName ?? null,
      conflict: null,
    });
    deps.onOpened(draft.id);
    if (ready && text !== o.savedText) autosave.schedule();
  }

  /** Take a stored version another tab wrote (nothing of this tab's is lost: it had no edits, or chose so). */
  function adopt(draft: Draft): void {
    autosave.cancel();
    journal.cancel();
    o.record = draft;
    o.savedText = o.syncedText = draft.text;
    o.conflict = false;
    crash.remove(draft.id);
    const s = store.getState();
    store.setState({
      text: draft.text,
      caret: Math.min(s.caret, draft.text.length),
      baseRevision: draft.revision,
      saveState: SAVED,
      sourceName: draft.sourceName ?? null,
      conflict: null,
      externalKind: 'follow',
    });
  }

  async function close(): Promise<void> {
    openSeq += 1;
    autosave.cancel();
    await autosave.idle();
    journal.cancel();
    o.record = null;
    o.savedText = o.syncedText = '';
    o.conflict = false;
    store.setState({
      id: null,
      text: '',
      caret: 0,
      baseRevision: null,
      saveState: SAVED,
      sourceName: null,
      conflict: null,
      elsewhere: 0,
    });
  }

  const conflicts = createConflictActions({ store, o, drafts, deps, adopt, close, saveNow: autosave.now });

  return {
    store,
    show,
    close,
    setReady: () => {
      ready = true;
      store.setState({ ready: true });
      if (dirty()) autosave.schedule();
    },
    current: () => {
      const s = store.getState();
      return o.record ? { ...o.record, text: s.text, caret: s.caret } : null;
    },
    remoteText: (id, text, baseRevision) => {
      const s = store.getState();
      if (s.id !== id || !o.record || o.conflict || s.text !== o.syncedText) return;
      if (baseRevision !== s.baseRevision || text === s.text) return;
      o.syncedText = text;
      store.setState({ text, caret: Math.min(s.caret, text.length), externalKind: 'follow' });
    },
    remoteChanged: async (id, revision) => {
      const before = o.record;
      if (store.getState().id !== id || !before) return;
      if (revision !== null && revision <= before.revision) return;
      const got = await drafts.get(id);
      if (!got.ok || store.getState().id !== id || o.record !== before) return;
      const stored = got.value ?? null;
      if (stored && stored.revision <= before.revision) return;
      const s = store.getState();
      const mine = s.text !== o.syncedText;
      if (!stored) {
        // Deleted in another tab: close it, unless this tab has text of its own to keep.
        if (mine) conflicts.hold(null);
        else await close();
        return;
      }
      if (mine && s.text !== stored.text) conflicts.hold(stored);
      else adopt(stored);
    },
    hasOwnEdits: () => o.record !== null && store.getState().text !== o.syncedText,
    setElsewhere: (count) => {
      if (store.getState().elsewhere !== count) store.setState({ elsewhere: count });
    },
  };
}
