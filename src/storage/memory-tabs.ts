/**
 * Tabs in memory, for tests: a hub hands out `TabLink`s that see each other as sibling tabs would. A link can
 * `crash()` (gone without a word, as a killed renderer) or `close()`; messages arrive asynchronously (a
 * microtask later), as over a BroadcastChannel.
 */
import type { TabLink, TabMessage } from './tabs';

/** A test tab: a `TabLink` that can also die. */
export interface MemoryTabLink extends TabLink {
  /** The tab's process dies: its locks go, its listeners hear nothing more. */
  crash(): void;
}

/** The shared space the test tabs live in. */
export interface TabHub {
  link(tabId?: string): MemoryTabLink;
  /** Ids of the tabs alive now. */
  alive(): string[];
}

/** Create an empty hub. */
export function createTabHub(): TabHub {
  const links = new Map<string, { open: string | null; listeners: Set<(m: TabMessage) => void> }>();
  const claimed = new Set<string>();
  /** What each tab name had open last (a tab opened again under the same name is a reload). */
  const lastOpen = new Map<string, string | null>();
  const waiters = new Map<string, (() => Promise<void>)[]>();
  let counter = 0;

  const isAlive = (id: string): boolean => links.has(id);

  async function runClaimed(id: string, fn: () => Promise<void>): Promise<void> {
    claimed.add(id);
    try {
      await fn();
    } finally {
      claimed.delete(id);
    }
  }

  function gone(id: string): void {
    links.delete(id);
    const pending = waiters.get(id) ?? [];
    waiters.delete(id);
    void (async () => {
      for (const fn of pending) await runClaimed(id, fn);
    })();
  }

  return {
    alive: () => [...links.keys()],
    link(tabId) {
      const id = tabId ?? `tab-${++counter}`;
      const self = { open: null as string | null, listeners: new Set<(m: TabMessage) => void>() };
      links.set(id, self);
      const broadcast = (message: TabMessage): void => {
        for (const [otherId, other] of links) {
          if (otherId === id) continue;
          for (const listener of other.listeners) queueMicrotask(() => listener(structuredClone(message)));
        }
      };
      return {
        tabId: id,
        ready: Promise.resolve(),
        previousDraft: lastOpen.get(id) ?? null,
        post: (message) => {
          if (isAlive(id)) broadcast(message);
        },
        subscribe(listener) {
          self.listeners.add(listener);
          return () => self.listeners.delete(listener);
        },
        setOpenDraft(draftId) {
          if (self.open === draftId || !isAlive(id)) return;
          self.open = draftId;
          lastOpen.set(id, draftId);
          broadcast({ type: 'presence', from: id });
        },
        othersWithDraft: async (draftId) =>
          [...links].filter(([otherId, other]) => otherId !== id && other.open === draftId).length,
        async claimIfGone(otherId, fn) {
          if (isAlive(otherId) || claimed.has(otherId)) return false;
          await runClaimed(otherId, fn);
          return true;
        },
        whenGone(otherId, fn) {
          if (!isAlive(otherId)) {
            void runClaimed(otherId, fn);
            return;
          }
          waiters.set(otherId, [...(waiters.get(otherId) ?? []), fn]);
        },
        close() {
          const wasOpen = self.open !== null;
          self.open = null;
          if (wasOpen) broadcast({ type: 'presence', from: id });
          self.listeners.clear();
          gone(id);
        },
        crash() {
          self.listeners.clear();
          gone(id);
        },
      };
    },
  };
}
