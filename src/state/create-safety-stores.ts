/**
 * Builds the "nothing is lost" parts of the state layer for `createStores`: history, trash, storage status,
 * backups, the link to other tabs, and the hooks the document and library stores call (snapshots, copies,
 * announcements). Made before the document and library stores, which it reaches lazily once they exist.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Draft, DraftStore, Result, SyncJournal } from '../storage/drafts';
import type { TabLink } from '../storage/tabs';
import { createFixedStorageManagerApi } from '../storage/storage-estimate';
import type { StorageManagerApi } from '../storage/storage-estimate';
import { createBackupActions } from './backup-actions';
import type { BackupActions } from './backup-actions';
import type { CrashJournal } from './crash-journal';
import { journalKeyFor } from './crash-journal';
import { deriveMeta } from './derive-meta';
import type { DocumentController } from './document-store';
import { createHistoryStore } from './history-store';
import type { HistoryState } from './history-store';
import { emptyOutcome, replayJournalKey } from './journal-replay';
import type { LibraryController } from './library-store';
import { createStorageStatusStore } from './storage-status-store';
import type { StorageStatusState } from './storage-status-store';
import { connectTabs } from './tab-sync';
import type { TabSync } from './tab-sync';
import type { Timers } from './timers';
import { createTrashStore } from './trash-store';
import type { TrashState } from './trash-store';

export type { BackupActions, BackupImportOutcome } from './backup-actions';
export type { HistoryState } from './history-store';
export type { StorageStatusState } from './storage-status-store';
export type { TrashState } from './trash-store';

/** Optional dependencies `createStores` passes through. */
export interface SafetyStoreDeps {
  /** The link to the app's other tabs (default: a tab alone). */
  tabs?: TabLink;
  /** `navigator.storage` (default: a browser that says nothing). */
  storageApi?: StorageManagerApi;
}

/** The stores and verbs this part adds to `Stores`. */
export interface SafetyStores {
  history: StoreApi<HistoryState>;
  trash: StoreApi<TrashState>;
  storageStatus: StoreApi<StorageStatusState>;
  backup: BackupActions;
}

/** Build the parts. `document` and `library` are looked up when first needed (they are made afterwards). */
export function createSafetyStores(
  deps: {
    drafts: DraftStore;
    journal: SyncJournal;
    crash: CrashJournal;
    tabs: TabLink;
    storageApi?: StorageManagerApi;
    clock: () => number;
    newId: () => string;
    timers: Timers;
  },
  wiring: {
    document: () => DocumentController;
    library: () => LibraryController;
    /** Drafts deleted for good. */
    onPurged?: (ids: string[]) => void;
  },
) {
  const { drafts, tabs, clock, newId } = deps;
  let sync: TabSync | null = null;
  const doc = () => wiring.document();

  const history = createHistoryStore({
    drafts,
    clock,
    newId,
    document: {
      id: () => doc().store.getState().id,
      text: () => doc().store.getState().text,
      replaceText: (text) => doc().store.getState().replaceText(text),
      saveNow: () => doc().store.getState().saveNow(),
    },
  });
  const trash = createTrashStore({
    drafts,
    clock,
    onPurged: (ids) => wiring.onPurged?.(ids),
    onRestored: async (draft) => {
      wiring.library().upsert(draft);
      sync?.changed(draft.id, draft.revision);
      await doc().store.getState().open(draft.id);
    },
    onChanged: () => sync?.trashChanged(),
  });
  const storageStatus = createStorageStatusStore({
    drafts,
    api: deps.storageApi ?? createFixedStorageManagerApi({}),
    emptyTrash: () => trash.store.getState().empty(),
    thinHistory: (policy) => history.pruneAll(policy),
    retrySave: () => doc().store.getState().saveNow(),
  });
  const backup = createBackupActions({
    drafts,
    clock,
    current: () => doc().current(),
    snapshot: (id, text, reason) => history.snapshot(id, text, reason),
    onStored: async (draft) => {
      wiring.library().upsert(draft);
      sync?.changed(draft.id, draft.revision);
      await doc().remoteChanged(draft.id, draft.revision);
    },
  });

  const watched = new Set<string>();
  /** Adopt the journal of another tab once it is gone (whatever it holds by then). */
  function adoptLater(tabId: string): void {
    if (watched.has(tabId) || tabId === tabs.tabId) return;
    watched.add(tabId);
    const key = journalKeyFor(tabId);
    const replayDeps = {
      drafts,
      journal: deps.journal,
      own: deps.crash,
      ownKey: journalKeyFor(tabs.tabId),
      tabs,
      newId,
    };
    tabs.whenGone(tabId, async () => {
      const out = emptyOutcome();
      await replayJournalKey(replayDeps, key, out);
      for (const draft of out.saved) {
        wiring.library().upsert(draft);
        sync?.changed(draft.id, draft.revision);
        await doc().remoteChanged(draft.id, draft.revision);
      }
    });
  }

  return {
    history: history.store,
    trash: trash.store,
    storageStatus: storageStatus.store,
    backup,
    /** Document hook: a save landed. */
    onSaved(draft: Draft, previous: Draft | null): void {
      sync?.changed(draft.id, draft.revision);
      void history.noteSaved(draft, previous);
    },
    /** Document hook: keep text in history before it is replaced. */
    snapshot: async (id: string, text: string, reason: string): Promise<void> =>
      void (await history.snapshot(id, text, reason)),
    /** Document hook: store `text` as a new draft (a conflict's "keep both"). */
    async createCopy(text: string, sourceName?: string): Promise<Result<Draft>> {
      const now = clock();
      const draft: Draft = {
        id: newId(),
        text,
        revision: 0,
        createdAt: now,
        updatedAt: now,
        caret: 0,
        meta: deriveMeta(text),
      };
      if (sourceName !== undefined) draft.sourceName = sourceName;
      const saved = await drafts.save(draft, null);
      if (saved.ok) {
        wiring.library().upsert(saved.value);
        sync?.changed(saved.value.id, saved.value.revision);
      }
      return saved;
    },
    /** Document hook: live text for tabs following the draft. */
    onLocalText: (id: string, text: string, baseRevision: number | null): void =>
      sync?.text(id, text, baseRevision),
    /** Library hook: a draft was stored or trashed. */
    onLibraryChanged(
      id: string,
      draft: Draft | null,
      how: 'created' | 'imported' | 'restored' | 'trashed',
    ): void {
      sync?.changed(id, draft ? draft.revision : null);
      if (how === 'trashed' || how === 'restored') {
        sync?.trashChanged();
        void trash.store.getState().load();
      }
      if (how === 'imported' && draft) void history.snapshot(id, draft.text, 'imported', draft.updatedAt);
    },
    /** After the first load: connect to the other tabs, expire the trash, ask for persistence. */
    async init(aliveTabs: string[]): Promise<void> {
      sync = connectTabs({
        tabs,
        drafts,
        document: doc(),
        library: wiring.library(),
        timers: deps.timers,
        onTrashChanged: () => void trash.store.getState().load(),
        onPeer: adoptLater,
      });
      for (const tabId of aliveTabs) adoptLater(tabId);
      await trash.expire();
      await trash.store.getState().load();
      await storageStatus.init();
    },
  };
}
