/**
 * Conflicts between tabs: another tab saved (or deleted) the open draft while this tab had edits of its own.
 * Storage refused this tab's save, so nothing was overwritten; the store holds both versions until the person
 * chooses, and every choice keeps the version not chosen in the draft's history (or as a draft of its own).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result } from '../storage/drafts';
import { storageErrorMessage } from '../storage/errors';
import { withTitleSuffix } from './copy-title';
import type { DocumentDeps, DocumentState, OpenDraft } from './document-store';

/** Both versions of a conflict. */
export interface Conflict {
  /** This tab's text when the conflict was found. */
  mine: string;
  /** The version another tab stored (null: it was deleted there). */
  theirs: Draft | null;
}

/**
 * `mine`: keep this tab's text (the other version goes to history); `theirs`: take the other tab's version (this
 * tab's text goes to history); `both`: this tab's text becomes a new draft, the original keeps the other version.
 */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** The revision reason for a version set aside while settling a conflict. */
export const CONFLICT_REASON = 'conflict';
/** Added to the title of this tab's version when both are kept. */
export const THIS_TAB_SUFFIX = ' (this tab)';

/** What the conflict actions use from the document store. */
export interface ConflictContext {
  store: StoreApi<DocumentState>;
  o: OpenDraft;
  drafts: DraftStore;
  deps: DocumentDeps;
  adopt(draft: Draft): void;
  close(): Promise<void>;
  saveNow(): Promise<void>;
}

const ok: Result<void> = { ok: true, value: undefined };

/** The conflict actions over `ctx`. */
export function createConflictActions(ctx: ConflictContext) {
  const { store, o, drafts, deps } = ctx;

  /** Stop saving and show both versions. */
  function hold(theirs: Draft | null): void {
    o.conflict = true;
    store.setState({
      conflict: { mine: store.getState().text, theirs },
      saveState: { kind: 'error', errorKind: 'conflict', message: storageErrorMessage('conflict') },
    });
  }

  /** A save was refused as stale: look up what is stored now and hold the conflict. */
  async function enter(): Promise<void> {
    const id = store.getState().id;
    if (id === null) return;
    o.conflict = true;
    const got = await drafts.get(id);
    if (store.getState().id !== id) return;
    const theirs = got.ok ? (got.value ?? null) : null;
    if (theirs && theirs.text === store.getState().text) {
      ctx.adopt(theirs);
      return;
    }
    hold(theirs);
  }

  async function keepMine(id: string, mine: string, theirs: Draft | null): Promise<Result<void>> {
    if (theirs) {
      await deps.snapshot(id, theirs.text, CONFLICT_REASON);
      o.record = theirs;
      o.savedText = o.syncedText = theirs.text;
    } else {
      // Deleted elsewhere: bring it back from the trash (history and all), with this tab's text on top.
      const restored = await drafts.restore(id);
      if (restored.ok) {
        o.record = restored.value;
        o.savedText = o.syncedText = restored.value.text;
      } else if (o.record) {
        o.record = { ...o.record, revision: 0 };
        o.savedText = o.syncedText = '';
      }
    }
    o.conflict = false;
    const base = o.record && o.record.revision > 0 ? o.record.revision : null;
    store.setState({ conflict: null, baseRevision: base, text: mine, saveState: { kind: 'unsaved' } });
    await ctx.saveNow();
    const after = store.getState().saveState;
    return after.kind === 'error'
      ? { ok: false, error: { kind: after.errorKind ?? 'unknown', message: after.message ?? '' } }
      : ok;
  }

  return {
    hold,
    enter,
    async resolve(choice: ConflictChoice): Promise<Result<void>> {
      const s = store.getState();
      if (!s.conflict || s.id === null) return ok;
      const { id, text: mine } = s;
      // Look again: the other tab may have saved once more since the conflict was found.
      const got = await drafts.get(id);
      if (!got.ok) return got;
      const theirs = got.value ?? null;
      if (choice === 'mine') return keepMine(id, mine, theirs);
      if (choice === 'both') {
        const copy = await deps.createCopy(withTitleSuffix(mine, THIS_TAB_SUFFIX), s.sourceName ?? undefined);
        if (!copy.ok) return copy;
        if (theirs) ctx.adopt(theirs);
        else await ctx.close();
        return store.getState().open(copy.value.id);
      }
      await deps.snapshot(id, mine, CONFLICT_REASON);
      if (theirs) ctx.adopt(theirs);
      else await ctx.close();
      return ok;
    },
  };
}
