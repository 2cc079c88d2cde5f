/**
 * The browser's `TabLink`: messages over a BroadcastChannel, liveness and presence over Web Locks.
 *
 * Every tab holds an exclusive lock `postwright-tab:<id>` for its whole life; the browser releases it when the
 * tab closes or its renderer process dies, so "can I take that lock?" means "is that tab gone?". A tab holds a
 * shared lock `postwright-open:<draft id>` while a draft is open; `navigator.locks.query()` counts the holders.
 * Where either API is missing the link degrades to a solo tab (journals are replayed as before, no live follow).
 */
import { createSoloTabLink } from './tabs';
import type { TabLink, TabMessage } from './tabs';

/** The BroadcastChannel name shared by all tabs of the app. */
export const TAB_CHANNEL = 'postwright';
const TAB_LOCK = 'postwright-tab:';
const OPEN_LOCK = 'postwright-open:';
/** sessionStorage key (per tab, kept across reloads) of the draft the tab has open. */
export const TAB_DRAFT_KEY = 'postwright.tab.openDraft';

type SessionLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface LockManagerLike {
  request(
    name: string,
    options: { mode?: 'shared' | 'exclusive'; ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** What the link uses from the page; tests pass their own. */
export interface BrowserTabDeps {
  locks?: LockManagerLike;
  channel?: () => BroadcastChannel;
  newId?: () => string;
  /** This tab's sessionStorage (remembers its open draft across a reload). */
  session?: SessionLike;
}

function pageDeps(): BrowserTabDeps {
  const g = globalThis as {
    navigator?: { locks?: LockManagerLike };
    BroadcastChannel?: typeof BroadcastChannel;
    crypto?: { randomUUID?: () => string };
    sessionStorage?: SessionLike;
  };
  const Channel = g.BroadcastChannel;
  let session: SessionLike | undefined;
  try {
    session = g.sessionStorage;
  } catch {
    session = undefined;
  }
  return {
    locks: g.navigator?.locks,
    channel: Channel ? () => new Channel(TAB_CHANNEL) : undefined,
    newId: g.crypto?.randomUUID ? () => g.crypto!.randomUUID!() : undefined,
    session,
  };
}

function remember(session: SessionLike | undefined, draftId: string | null): void {
  try {
    if (draftId === null) session?.removeItem(TAB_DRAFT_KEY);
    else session?.setItem(TAB_DRAFT_KEY, draftId);
  } catch {
    // Only a convenience: a reload then opens the last draft of any tab.
  }
}

function recall(session: SessionLike | undefined): string | null {
  try {
    return session?.getItem(TAB_DRAFT_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Hold `name` until the returned function is called (resolves once the lock is granted). */
function hold(
  locks: LockManagerLike,
  name: string,
  mode: 'shared' | 'exclusive',
): [Promise<void>, () => void] {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const granted = new Promise<void>((resolve) => {
    locks
      .request(name, { mode }, async () => {
        resolve();
        await released;
      })
      .catch(() => resolve());
  });
  return [granted, release];
}

/** The page's link to its sibling tabs (a solo link where the browser lacks Web Locks). */
export function createBrowserTabLink(deps: BrowserTabDeps = pageDeps()): TabLink {
  const tabId = deps.newId?.() ?? `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const { locks, session } = deps;
  const previousDraft = recall(session);
  if (!locks)
    return { ...createSoloTabLink(tabId), previousDraft, setOpenDraft: (id) => remember(session, id) };
  const listeners = new Set<(message: TabMessage) => void>();
  let channel: BroadcastChannel | null = null;
  try {
    channel = deps.channel?.() ?? null;
  } catch {
    channel = null;
  }
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const message = event.data as TabMessage;
      if (typeof message !== 'object' || message === null || message.from === tabId) return;
      for (const listener of listeners) listener(message);
    };
  }
  const [ready, releaseTab] = hold(locks, TAB_LOCK + tabId, 'exclusive');
  let openId: string | null = null;
  let releaseOpen: (() => void) | null = null;
  const post = (message: TabMessage): void => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel or an uncloneable value: the other tabs catch up from storage.
    }
  };

  return {
    tabId,
    ready,
    previousDraft,
    post,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOpenDraft(draftId) {
      if (draftId === openId) return;
      remember(session, draftId);
      releaseOpen?.();
      releaseOpen = null;
      openId = draftId;
      if (draftId === null) {
        post({ type: 'presence', from: tabId });
        return;
      }
      const [granted, release] = hold(locks, OPEN_LOCK + draftId, 'shared');
      releaseOpen = release;
      void granted.then(() => post({ type: 'presence', from: tabId }));
    },
    async othersWithDraft(draftId) {
      try {
        const state = await locks.query();
        const holders = (state.held ?? []).filter((l) => l.name === OPEN_LOCK + draftId).length;
        return Math.max(0, holders - (openId === draftId ? 1 : 0));
      } catch {
        return 0;
      }
    },
    async claimIfGone(otherId, fn) {
      try {
        const claimed = await locks.request(TAB_LOCK + otherId, { ifAvailable: true }, async (lock) => {
          if (!lock) return false;
          await fn();
          return true;
        });
        return claimed === true;
      } catch {
        return false;
      }
    },
    whenGone(otherId, fn) {
      locks.request(TAB_LOCK + otherId, {}, () => fn()).catch(() => undefined);
    },
    close() {
      listeners.clear();
      releaseOpen?.();
      releaseTab();
      channel?.close();
    },
  };
}
