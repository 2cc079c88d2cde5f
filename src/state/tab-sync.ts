/**
 * Keeps this tab in step with the others through a `TabLink`: tells them what it saved, created or deleted and
 * (while they have the same draft open) its live text; follows what they say (the library list, the trash, the
 * open draft, who else has it open). Storage stays the judge: a stale save is refused there whatever arrives here.
 */
import type { DraftStore } from '../storage/drafts';
import type { TabLink } from '../storage/tabs';
import type { DocumentController } from './document-store';
import type { LibraryController } from './library-store';
import type { Timers } from './timers';

/** While another tab has the open draft, recount this often (a crashed tab says nothing when it goes). */
export const PRESENCE_POLL_MS = 4_000;

/** What the sync connects. */
export interface TabSyncDeps {
  tabs: TabLink;
  drafts: DraftStore;
  document: DocumentController;
  library: LibraryController;
  timers: Timers;
  /** The trash changed in another tab. */
  onTrashChanged(): void;
  /** A tab was heard from (its journal is to be adopted when it goes). */
  onPeer(tabId: string): void;
}

/** What the other stores call to tell the other tabs. */
export interface TabSync {
  changed(id: string, revision: number | null): void;
  text(id: string, text: string, baseRevision: number | null): void;
  trashChanged(): void;
  /** Stop listening. */
  stop(): void;
}

/** Connect the stores to the other tabs. */
export function connectTabs(deps: TabSyncDeps): TabSync {
  const { tabs, drafts, document, library, timers } = deps;
  const from = tabs.tabId;
  let poll: unknown = null;
  let seq = 0;

  async function recount(): Promise<void> {
    const mine = ++seq;
    const id = document.store.getState().id;
    const count = id === null ? 0 : await tabs.othersWithDraft(id);
    if (mine !== seq) return;
    document.setElsewhere(count);
    if (poll !== null) timers.clearTimeout(poll);
    poll = count > 0 ? timers.setTimeout(() => void recount(), PRESENCE_POLL_MS) : null;
  }

  async function refreshListed(id: string): Promise<void> {
    const got = await drafts.get(id);
    if (!got.ok) return;
    if (got.value) library.upsert(got.value);
    else library.drop(id);
  }

  const unsubscribe = tabs.subscribe((message) => {
    deps.onPeer(message.from);
    switch (message.type) {
      case 'text':
        document.remoteText(message.id, message.text, message.baseRevision);
        break;
      case 'changed':
        void refreshListed(message.id);
        void document.remoteChanged(message.id, message.revision);
        break;
      case 'trash':
        deps.onTrashChanged();
        break;
      case 'hello':
        tabs.post({ type: 'presence', from });
        void recount();
        break;
      case 'presence':
        void recount();
        break;
    }
  });

  let openId: string | null = document.store.getState().id;
  const unwatch = document.store.subscribe((state) => {
    if (state.id === openId) return;
    openId = state.id;
    tabs.setOpenDraft(state.id);
    void recount();
  });
  if (openId !== null) tabs.setOpenDraft(openId);
  tabs.post({ type: 'hello', from });
  void recount();

  return {
    changed: (id, revision) => tabs.post({ type: 'changed', from, id, revision }),
    text: (id, text, baseRevision) => tabs.post({ type: 'text', from, id, text, baseRevision }),
    trashChanged: () => tabs.post({ type: 'trash', from }),
    stop: () => {
      unsubscribe();
      unwatch();
      if (poll !== null) timers.clearTimeout(poll);
    },
  };
}
