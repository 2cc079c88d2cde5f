/**
 * The state layer's entry point: builds the library, document and settings stores over injected storage and
 * wires them together. The composition root (main.tsx) does:
 *
 *     const { drafts, problem } = await openDraftStore();
 *     const journal = createLocalJournal(browserLocalStorage());
 *     const stores = createStores({ drafts, journal, storageProblem: problem });
 *     void stores.init();
 *
 * and components read with `useStore(stores.document, (s) => s.text)`.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { DraftStore, StorageError, SyncJournal } from '../storage/drafts';
import { createCrashJournal, journalKeyFor } from './crash-journal';
import { createDocumentStore } from './document-store';
import type { DocumentState } from './document-store';
import { emptyOutcome, nothingToReplay, replayJournals, type ReplayOutcome } from './journal-replay';
import { createSafetyStores } from './create-safety-stores';
import type { SafetyStoreDeps, SafetyStores } from './create-safety-stores';
import { createSoloTabLink } from '../storage/tabs';
import { createLibraryStore } from './library-store';
import type { LibraryController, LibraryState } from './library-store';
import { createSettingsStore } from './settings-store';
import type { SettingsState } from './settings-store';
import { createPreviewCssStore } from './preview-css-store';
import type { PreviewCssState } from './preview-css-store';
import { createPreviewSnapshots, type PreviewSnapshots } from './preview-snapshots';
import { globalTimers } from './timers';
import type { Timers } from './timers';
import { createBundleStores } from './create-bundle-stores';
import type { BundleStoreDeps, BundleStores } from './create-bundle-stores';

export type { DocumentState, SaveState } from './document-store';
export type { ImportOutcome, LibraryState, TrashedDraft } from './library-store';
export type { Settings, SettingsState } from './settings-store';
export type { Timers } from './timers';

/** The DraftStore setting that remembers the last open draft. */
export const LAST_DRAFT_KEY = 'lastDraftId';

/** What the stores run on. Only `drafts` and `journal` are required; the rest default to the browser's. */
export interface StoreDeps extends BundleStoreDeps, SafetyStoreDeps {
  drafts: DraftStore;
  journal: SyncJournal;
  /** Milliseconds since the epoch (default `Date.now`). */
  clock?: () => number;
  /** A new unique draft id (default `crypto.randomUUID`). */
  newId?: () => string;
  timers?: Timers;
  /** Minutes east of UTC at `now`, for new posts' dates (default: the browser's zone). */
  offsetMinutes?: (now: number) => number;
  /** `openDraftStore()`'s `problem`: shown as `library.loadError` while drafts live only in memory. */
  storageProblem?: StorageError | null;
}

/** The app's stores (images, bundles and the site folder come from `create-bundle-stores`). */
export interface Stores extends BundleStores, SafetyStores {
  library: StoreApi<LibraryState>;
  document: StoreApi<DocumentState>;
  settings: StoreApi<SettingsState>;
  /** The custom stylesheet for the preview. */
  previewCss: StoreApi<PreviewCssState>;
  /** The preview's last render, shown when its draft reopens (before the render worker answers). */
  previewSnapshots: PreviewSnapshots;
  /**
   * Load drafts and settings, replay the crash journal, reopen the last draft at its caret, then allow saving.
   * Call once at start (later calls return the same promise). Never rejects; storage failures show in
   * `library.loadError` and `document.saveState`.
   */
  init(): Promise<void>;
}

function defaultNewId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The same as `Stores` (the name the UI imports). */
export type AppStores = Stores;

/** Build the stores over `deps`. Nothing is read or written until `init()`. */
export function createStores(deps: StoreDeps): Stores {
  const { drafts } = deps;
  const clock = deps.clock ?? Date.now;
  const newId = deps.newId ?? defaultNewId;
  const timers = deps.timers ?? globalTimers;
  const offsetMinutes = deps.offsetMinutes ?? ((now: number) => -new Date(now).getTimezoneOffset());
  // Each tab journals under its own key; a tab alone (tests, no Web Locks) gets a fresh id.
  const tabs = deps.tabs ?? createSoloTabLink(defaultNewId());
  const crash = createCrashJournal(deps.journal, journalKeyFor(tabs.tabId), drafts);
  let remembered: string | null = null;
  let library: LibraryController | null = null;
  const previewSnapshots = createPreviewSnapshots({ drafts, timers });
  const safety = createSafetyStores(
    { drafts, journal: deps.journal, crash, tabs, storageApi: deps.storageApi, clock, newId, timers },
    { document: () => document, library: () => lib, onPurged: (ids) => previewSnapshots.forget(ids) },
  );

  const document = createDocumentStore({
    drafts,
    crash,
    clock,
    timers,
    onSaved: (draft, previous) => {
      library?.upsert(draft);
      safety.onSaved(draft, previous);
    },
    snapshot: safety.snapshot,
    createCopy: safety.createCopy,
    onLocalText: safety.onLocalText,
    onOpened: (id) => {
      if (id === remembered) return;
      remembered = id;
      void drafts.setSetting(LAST_DRAFT_KEY, id);
    },
  });
  library = createLibraryStore({
    drafts,
    clock,
    newId,
    timers,
    offsetMinutes,
    storageProblem: deps.storageProblem ?? null,
    document: {
      openId: () => document.store.getState().id,
      open: (id) => document.store.getState().open(id),
      current: document.current,
      close: document.close,
      forget: (id) => crash.remove(id),
      saveNow: () => document.store.getState().saveNow(),
      unsaved: document.hasOwnEdits,
    },
    onChanged: safety.onLibraryChanged,
  });
  const settings = createSettingsStore({ drafts, journal: deps.journal, timers });
  const previewCss = createPreviewCssStore({ drafts });
  const lib = library;
  const bundle = createBundleStores(
    { ...deps, clock, newId, offsetMinutes },
    { document: document.store, library: lib.store, upsert: lib.upsert },
  );

  let aliveTabs: string[] = [];
  /**
   * Show the last open draft as soon as possible. Storage answers one request at a time, so what the first
   * screen needs is asked for first, together: the newest page of the library, the settings, the last draft's id
   * and the crash journals, and in a reloaded tab the draft itself; in a new tab the draft follows its id. Every
   * draft's summary (thousands in a long library) is read after the draft is shown.
   */
  async function start(): Promise<void> {
    let shown: () => void = () => undefined;
    const listing = lib.store
      .getState()
      .load({ restAfter: new Promise<void>((resolve) => (shown = resolve)) });
    const replayDeps = {
      drafts,
      journal: deps.journal,
      own: crash,
      ownKey: journalKeyFor(tabs.tabId),
      tabs,
      newId,
    };
    let replayLater = false;
    const replayAll = async () => {
      const replayed = await replayJournals(replayDeps);
      aliveTabs = replayed.alive;
      for (const draft of replayed.outcome.saved) lib.upsert(draft);
      return replayed.outcome;
    };
    try {
      // A reloaded tab knows its draft before anything is read (this tab's session remembers it): ask for it
      // first, with the first screen's other reads, instead of after the journals and the last draft's id.
      const reopening = tabs.previousDraft;
      const early = reopening === null ? null : drafts.get(reopening);
      const loadingSettings = Promise.all([settings.load(), previewCss.load(), previewSnapshots.load()]);
      const lastSetting = drafts.getSetting<unknown>(LAST_DRAFT_KEY);
      // Read with the first screen's other reads. When no journal holds unsaved text (a reload after a save, a
      // new tab), the draft is shown first and the journals are replayed after: replaying takes several storage
      // round trips in a row (150-200 ms of a reload in a probe), and would then only move carets.
      const journalCopies = drafts.listJournals();
      await tabs.ready;
      const carets = nothingToReplay(deps.journal, await journalCopies, replayDeps.ownKey);
      let replay: ReplayOutcome;
      if (carets) {
        replay = { ...emptyOutcome(), carets };
        replayLater = true;
      } else {
        replay = await replayAll();
      }
      const last = await lastSetting;
      // A reloaded tab reopens its own draft; a new tab the last one opened anywhere.
      let id = tabs.previousDraft ?? (last.ok && typeof last.value === 'string' ? last.value : null);
      remembered = id;
      if (id !== null) id = replay.redirects.get(id) ?? id;
      let got: Awaited<ReturnType<typeof drafts.get>> | null = null;
      if (id !== null) {
        // The early read holds what the draft is now unless a replay above stored journaled text first.
        if (early && replayLater && id === reopening) got = await early;
        if (!got?.ok) got = await drafts.get(id);
      }
      if (got === null || (got.ok && !got.value)) {
        // No draft to reopen (or it is gone): the newest one.
        await lib.listed();
        const newest = lib.store.getState().drafts[0]?.id;
        got = newest === undefined ? null : await drafts.get(newest);
      }
      await loadingSettings;
      if (!got?.ok || !got.value) return;
      const stored = got.value;
      const pending = replay.pending.get(stored.id);
      const caret = replay.carets.get(stored.id);
      if (pending && pending.baseRevision === stored.revision) {
        document.show(stored, { text: pending.text, caret: pending.caret });
      } else {
        document.show(stored, caret === undefined ? undefined : { text: stored.text, caret });
      }
    } finally {
      document.setReady();
      shown();
      if (replayLater) await replayAll();
      await listing;
    }
  }

  let started: Promise<void> | null = null;
  return {
    library: lib.store,
    document: document.store,
    settings: settings.store,
    previewCss: previewCss.store,
    previewSnapshots,
    assets: bundle.assets,
    site: bundle.site,
    bundles: bundle.bundles,
    history: safety.history,
    trash: safety.trash,
    storageStatus: safety.storageStatus,
    backup: safety.backup,
    init: () =>
      (started ??= start()
        .then(bundle.init)
        .then(() => safety.init(aliveTabs))
        .catch(() => undefined)),
  };
}
