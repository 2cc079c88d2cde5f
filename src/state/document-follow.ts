/**
 * Following the other tabs: their live text while this tab has no edits of its own, and the versions they
 * store (adopted when this tab has nothing of its own, otherwise held as a conflict with both versions).
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore } from '../storage/drafts';
import type { CrashJournal } from './crash-journal';
import type { DocumentState, OpenDraft } from './document-store';

/** What following uses from the document store. */
export interface FollowContext {
  store: StoreApi<DocumentState>;
  o: OpenDraft;
  drafts: DraftStore;
  crash: CrashJournal;
  /** Drop a scheduled save and journal write (nothing of this tab's is pending). */
  stopPending(): void;
  close(): Promise<void>;
  /** Hold a conflict with `theirs` (null: deleted there). */
  hold(theirs: Draft | null): void;
}

/** The follow actions over `ctx`. */
export function createFollowActions(ctx: FollowContext) {
  const { store, o, drafts, crash } = ctx;

  /** Take a stored version another tab wrote (nothing of this tab's is lost: it had no edits, or chose so). */
  function adopt(draft: Draft): void {
    ctx.stopPending();
    o.record = draft;
    o.savedText = o.syncedText = draft.text;
    o.conflict = false;
    crash.remove(draft.id);
    const s = store.getState();
    store.setState({
      text: draft.text,
      caret: Math.min(s.caret, draft.text.length),
      baseRevision: draft.revision,
      saveState: { kind: 'saved' },
      sourceName: draft.sourceName ?? null,
      conflict: null,
      externalKind: 'follow',
      externalSeq: s.externalSeq + 1,
    });
  }

  return {
    adopt,
    /** Another tab's live, unsaved text: shown when this tab has no edits of its own on the same base. */
    remoteText(id: string, text: string, baseRevision: number | null): void {
      const s = store.getState();
      if (s.id !== id || !o.record || o.conflict || s.text !== o.syncedText) return;
      if (baseRevision !== s.baseRevision || text === s.text) return;
      o.syncedText = text;
      store.setState({
        text,
        caret: Math.min(s.caret, text.length),
        externalKind: 'follow',
        externalSeq: s.externalSeq + 1,
      });
    },
    /** Another tab stored draft `id` at `revision` (null: gone). */
    async remoteChanged(id: string, revision: number | null): Promise<void> {
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
        if (mine) ctx.hold(null);
        else await ctx.close();
        return;
      }
      if (mine && s.text !== stored.text) ctx.hold(stored);
      else adopt(stored);
    },
  };
}
