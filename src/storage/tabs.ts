/**
 * How the app's tabs (same origin, same browser profile) know about each other: messages (a draft was saved,
 * live unsaved text, presence), which drafts other tabs have open, and whether a tab is still alive, so a crash
 * journal is replayed only once its tab is gone. `state` sees this interface only; `browser-tabs.ts` implements
 * it over BroadcastChannel and Web Locks, `memory-tabs.ts` for tests.
 */

/** A message from one tab to the others (never delivered to the sender). */
export type TabMessage =
  /** The open draft's current, not yet saved text (throttled while typing). */
  | { type: 'text'; from: string; id: string; text: string; baseRevision: number | null }
  /** A draft changed in storage: saved (its new revision), created, restored, or gone (revision null). */
  | { type: 'changed'; from: string; id: string; revision: number | null }
  /** The trash changed (something deleted, restored or purged). */
  | { type: 'trash'; from: string }
  /** A tab opened or closed a draft: recount who has what open. */
  | { type: 'presence'; from: string }
  /** A tab started: the others answer with `presence`, so every tab learns every other tab's id. */
  | { type: 'hello'; from: string };

/** This tab's link to the others. */
export interface TabLink {
  /** This tab's id (new for every page load). */
  readonly tabId: string;
  /** Resolves once this tab is known to be alive to the others (its journal is then never adopted). */
  readonly ready: Promise<void>;
  /** The draft this tab had open before it was reloaded (null: a new tab, or none). */
  readonly previousDraft: string | null;
  post(message: TabMessage): void;
  /** Listen to the other tabs' messages; returns the unsubscribe function. */
  subscribe(listener: (message: TabMessage) => void): () => void;
  /** Mark `draftId` as open in this tab (null: none), and tell the others. */
  setOpenDraft(draftId: string | null): void;
  /** How many other tabs have `draftId` open now. */
  othersWithDraft(draftId: string): Promise<number>;
  /**
   * When tab `tabId` is gone, run `fn` as the only tab doing so and resolve true (after `fn`); resolve false at
   * once while that tab lives.
   */
  claimIfGone(tabId: string, fn: () => Promise<void>): Promise<boolean>;
  /** Run `fn` as soon as tab `tabId` is gone (as the only tab doing so). */
  whenGone(tabId: string, fn: () => Promise<void>): void;
  /** Stop listening and let go of everything held (the page does this by going away). */
  close(): void;
}

/** A link for a tab that is alone (no BroadcastChannel or Web Locks): every other tab counts as gone. */
export function createSoloTabLink(tabId: string): TabLink {
  return {
    tabId,
    ready: Promise.resolve(),
    previousDraft: null,
    post: () => undefined,
    subscribe: () => () => undefined,
    setOpenDraft: () => undefined,
    othersWithDraft: async () => 0,
    claimIfGone: async (_id, fn) => {
      await fn();
      return true;
    },
    whenGone: () => undefined,
    close: () => undefined,
  };
}
