/**
 * The document store: the one open draft. `setText` runs on every keystroke and only records the text and
 * schedules work (a throttled crash-journal write, a debounced save); parsing happens when saving.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result } from '../storage/drafts';
import { storageError } from '../storage/errors';
import { createAutosave } from './autosave';
import type { SaveOutcome } from './autosave';
import type { CrashJournal } from './crash-journal';
import { deriveMeta } from './derive-meta';
import { createThrottle } from './timers';
import type { Timers } from './timers';

/** How often (at most) the crash journal is written while typing. */
export const JOURNAL_THROTTLE_MS = 250;

/** What the save indicator shows; `message` (plain words) comes with `error`. */
export interface SaveState {
  kind: 'saved' | 'saving' | 'unsaved' | 'error';
  message?: string;
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
  /** Open a draft. Saves the current one first; refuses (keeping it open) if that save fails. */
  open(id: string): Promise<Result<void>>;
  /** Every keystroke: cheap. */
  setText(text: string, caret: number): void;
  setCaret(caret: number): void;
  /** Save now (Ctrl+S); resolves when done. The outcome is in `saveState`. */
  saveNow(): Promise<void>;
  /** Page hidden or closing: write the crash journal synchronously, then start saving. */
  flush(): void;
}

/** What the document store needs from its surroundings. */
export interface DocumentDeps {
  drafts: DraftStore;
  crash: CrashJournal;
  clock: () => number;
  timers: Timers;
  /** A save landed (the library updates its list). */
  onSaved(draft: Draft): void;
  /** A draft was opened (remembered as the last open draft). */
  onOpened(id: string): void;
}

/** The store plus the controls `createStores` uses (not for the UI). */
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
}

const SAVED: SaveState = { kind: 'saved' };
const UNSAVED: SaveState = { kind: 'unsaved' };

/** Create the document store. */
export function createDocumentStore(deps: DocumentDeps): DocumentController {
  const { drafts, crash, clock, timers } = deps;
  let record: Draft | null = null;
  let savedText = '';
  let conflict = false;
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
    open: async (id) => {
      if (get().id === id && record) return { ok: true, value: undefined };
      const seq = ++openSeq;
      const left = await leave();
      if (!left.ok) return left;
      const got = await drafts.get(id);
      if (seq !== openSeq) return { ok: true, value: undefined };
      if (!got.ok) return got;
      if (!got.value) return { ok: false, error: storageError('not-found') };
      show(got.value);
      return { ok: true, value: undefined };
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
    saveNow: () => autosave.now(),
    flush: () => {
      if (!ready || get().id === null) return;
      journal.cancel();
      writeJournal(true);
      void autosave.now();
    },
  }));

  const dirty = (): boolean => record !== null && store.getState().text !== savedText;

  function writeJournal(always: boolean): void {
    const s = store.getState();
    if (!ready || s.id === null) return;
    const unsaved = s.text !== savedText;
    if (!unsaved && !always) return;
    crash.write({
      id: s.id,
      text: s.text,
      caret: s.caret,
      baseRevision: s.baseRevision,
      at: clock(),
      unsaved,
    });
  }
  const journal = createThrottle(timers, JOURNAL_THROTTLE_MS, () => writeJournal(false));

  async function runSave(): Promise<SaveOutcome> {
    const s = store.getState();
    if (!ready || s.id === null || record === null) return 'idle';
    if (conflict) return 'stop';
    if (s.text === savedText) {
      if (s.saveState.kind !== 'saved') store.setState({ saveState: SAVED });
      return 'idle';
    }
    const { id, text, caret, baseRevision } = s;
    const draft: Draft = { ...record, text, caret, updatedAt: clock(), meta: deriveMeta(text) };
    store.setState({ saveState: { kind: 'saving' } });
    const result = await drafts.save(draft, baseRevision);
    if (store.getState().id !== id) return 'idle';
    if (result.ok) {
      record = result.value;
      savedText = text;
      crash.removeIfText(id, text);
      deps.onSaved(result.value);
      const now = store.getState();
      store.setState({
        baseRevision: result.value.revision,
        saveState: now.text === text ? SAVED : UNSAVED,
      });
      return 'saved';
    }
    store.setState({ saveState: { kind: 'error', message: result.error.message } });
    if (result.error.kind === 'conflict') {
      conflict = true;
      return 'stop';
    }
    return 'retry';
  }
  const autosave = createAutosave({ timers, run: runSave });

  async function leave(): Promise<Result<void>> {
    if (dirty()) await autosave.now();
    await autosave.idle();
    if (dirty()) {
      const message = store.getState().saveState.message ?? 'The open draft could not be saved.';
      return { ok: false, error: { kind: conflict ? 'conflict' : 'unknown', message } };
    }
    return { ok: true, value: undefined };
  }

  function show(draft: Draft, over?: { text: string; caret: number }): void {
    autosave.cancel();
    journal.cancel();
    record = draft;
    savedText = draft.text;
    conflict = false;
    const text = over?.text ?? draft.text;
    const caret = Math.max(0, Math.min(text.length, over?.caret ?? draft.caret));
    store.setState({
      id: draft.id,
      text,
      caret,
      baseRevision: draft.revision,
      saveState: text === savedText ? SAVED : UNSAVED,
      sourceName: draft.sourceName ?? null,
    });
    deps.onOpened(draft.id);
    if (ready && text !== savedText) autosave.schedule();
  }

  return {
    store,
    show,
    close: async () => {
      openSeq += 1;
      autosave.cancel();
      await autosave.idle();
      journal.cancel();
      record = null;
      savedText = '';
      conflict = false;
      store.setState({
        id: null,
        text: '',
        caret: 0,
        baseRevision: null,
        saveState: SAVED,
        sourceName: null,
      });
    },
    setReady: () => {
      ready = true;
      store.setState({ ready: true });
      if (dirty()) autosave.schedule();
    },
    current: () => {
      const s = store.getState();
      return record ? { ...record, text: s.text, caret: s.caret } : null;
    },
  };
}
