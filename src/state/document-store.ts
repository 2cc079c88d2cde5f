/**
 * The document store: the one open draft. `setText` runs on every keystroke and only records the text and
 * schedules work (a throttled crash-journal write, a debounced save); parsing happens when saving.
 *
 * Other tabs: while this tab has no edits of its own, it follows the other tabs (their live text, their saves).
 * When both have edits, the save that comes second is refused by storage and this store holds a `conflict`
 * with both versions until the person chooses (`resolveConflict`, in `document-conflict.ts`).
 */
import { createStore } from 'zustand/vanilla';
import type { Draft, Result } from '../storage/drafts';
import { storageError } from '../storage/errors';
import { createAutosave } from './autosave';
import type { SaveOutcome } from './autosave';
import { deriveMeta } from './derive-meta';
import { createConflictActions } from './document-conflict';
import { createFollowActions } from './document-follow';
import type { DocumentController, DocumentDeps, DocumentState, OpenDraft, SaveState } from './document-types';
import { createThrottle } from './timers';

export type { Conflict, ConflictChoice } from './document-conflict';
export type { DocumentController, DocumentDeps, DocumentState, OpenDraft, SaveState } from './document-types';

/**
 * How often (at most) the journal is written for long texts, copied to IndexedDB, and sent to tabs following
 * the draft, while typing: well inside the 300 ms crash promise.
 */
export const JOURNAL_THROTTLE_MS = 100;
/**
 * Texts up to this long are journaled (localStorage) on every keystroke, synchronously: no timer has to fire
 * (a busy page runs timers late), so the text is in the journal before the next key is handled.
 */
export const SYNC_JOURNAL_MAX_CHARS = 200_000;

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
    externalSeq: 0,
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
      if (text.length <= SYNC_JOURNAL_MAX_CHARS) writeJournal(false);
      journal.request();
      autosave.schedule();
    },
    setCaret: (caret) => set({ caret }),
    replaceText: (text) => {
      const s = get();
      if (s.id === null || text === s.text) return;
      set({
        text,
        caret: Math.min(s.caret, text.length),
        externalKind: 'restore',
        externalSeq: s.externalSeq + 1,
        saveState: UNSAVED,
      });
      if (!ready) return;
      journal.request();
      autosave.schedule();
    },
    saveNow: () => autosave.now(),
    flush: () => {
      if (!ready || get().id === null) return;
      journal.cancel();
      writeJournal(true);
      crash.persist();
      void autosave.now();
    },
    resolveConflict: (choice) => conflicts.resolve(choice),
  }));

  const dirty = (): boolean => o.record !== null && store.getState().text !== o.savedText;

  /** The text and base last written to the journal (a throttled write after a keystroke's is skipped). */
  let journaled: { text: string; base: number | null } | null = null;

  function writeJournal(always: boolean): void {
    const s = store.getState();
    if (!ready || s.id === null) return;
    // Only this tab's own edits are "unsaved" here: text followed from another tab is that tab's to keep.
    const unsaved = s.text !== o.syncedText;
    if (!unsaved && !always) return;
    if (!always && journaled?.text === s.text && journaled.base === s.baseRevision) return;
    crash.write({
      id: s.id,
      // Stored text is not journaled again: the entry only keeps the caret for the next start.
      text: unsaved ? s.text : '',
      caret: s.caret,
      baseRevision: s.baseRevision,
      at: clock(),
      unsaved,
    });
    journaled = { text: s.text, base: s.baseRevision };
  }
  const journal = createThrottle(timers, JOURNAL_THROTTLE_MS, () => {
    writeJournal(false);
    crash.persist();
    const s = store.getState();
    if (s.id !== null && s.text !== o.syncedText && s.elsewhere > 0)
      deps.onLocalText?.(s.id, s.text, s.baseRevision);
  });

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

  const follow = createFollowActions({
    store,
    o,
    drafts,
    crash,
    stopPending: () => {
      autosave.cancel();
      journal.cancel();
    },
    close,
    hold: (theirs) => conflicts.hold(theirs),
  });
  const conflicts = createConflictActions({
    store,
    o,
    drafts,
    deps,
    adopt: follow.adopt,
    close,
    saveNow: autosave.now,
  });

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
    remoteText: follow.remoteText,
    remoteChanged: follow.remoteChanged,
    hasOwnEdits: () => o.record !== null && store.getState().text !== o.syncedText,
    setElsewhere: (count) => {
      if (store.getState().elsewhere !== count) store.setState({ elsewhere: count });
    },
  };
}
