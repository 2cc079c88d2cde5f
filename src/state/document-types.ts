/**
 * The document store's types: its state and verbs (`DocumentState`, for the UI), what it needs
 * (`DocumentDeps`), the controls `createStores` and the tab sync use (`DocumentController`), and the open
 * draft's bookkeeping shared with the follow and conflict actions (`OpenDraft`).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, StorageErrorKind } from '../storage/drafts';
import type { CrashJournal } from './crash-journal';
import type { Conflict, ConflictChoice } from './document-conflict';
import type { Timers } from './timers';

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
  /** Counts such changes, so the editor applies each one once. */
  externalSeq: number;
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
