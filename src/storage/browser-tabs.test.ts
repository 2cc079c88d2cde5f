import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserTabLink } from './browser-tabs';
import type { TabLink, TabMessage } from './tabs';
import { createTabHub } from './memory-tabs';

/** A small Web Locks stand-in: exclusive and shared modes, ifAvailable, query, FIFO waiting. */
class FakeLocks {
  private held: { name: string; mode: string }[] = [];
  private queue: { name: string; mode: string; grant: () => void }[] = [];

  private free(name: string, mode: string): boolean {
    const holders = this.held.filter((h) => h.name === name);
    return holders.length === 0 || (mode === 'shared' && holders.every((h) => h.mode === 'shared'));
  }

  async request(
    name: string,
    options: { mode?: 'shared' | 'exclusive'; ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown> {
    const mode = options.mode ?? 'exclusive';
    if (!this.free(name, mode)) {
      if (options.ifAvailable) return callback(null);
      await new Promise<void>((grant) => this.queue.push({ name, mode, grant }));
    }
    const entry = { name, mode };
    this.held.push(entry);
    try {
      return await callback(entry);
    } finally {
      this.held.splice(this.held.indexOf(entry), 1);
      this.drain();
    }
  }

  private drain(): void {
    for (const waiting of [...this.queue]) {
      if (!this.free(waiting.name, waiting.mode)) continue;
      this.queue.splice(this.queue.indexOf(waiting), 1);
      waiting.grant();
    }
  }

  async query(): Promise<{ held: { name: string }[] }> {
    return { held: this.held.map((h) => ({ name: h.name })) };
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));
let open: TabLink[] = [];
afterEach(() => {
  for (const link of open) link.close();
  open = [];
});

function pair(locks = new FakeLocks()): [TabLink, TabLink] {
  let n = 0;
  const make = () =>
    createBrowserTabLink({
      locks,
      channel: () => new BroadcastChannel(`test-${locks instanceof FakeLocks ? 'x' : 'y'}`),
      newId: () => `tab-${++n}`,
    });
  const links: [TabLink, TabLink] = [make(), make()];
  open.push(...links);
  return links;
}

describe('browser tab link', () => {
  it('delivers messages to the other tabs, never to the sender', async () => {
    const [a, b] = pair();
    const heardA: TabMessage[] = [];
    const heardB: TabMessage[] = [];
    a.subscribe((m) => heardA.push(m));
    b.subscribe((m) => heardB.push(m));
    a.post({ type: 'changed', from: a.tabId, id: 'd1', revision: 3 });
    await settle();
    expect(heardB).toEqual([{ type: 'changed', from: 'tab-1', id: 'd1', revision: 3 }]);
    expect(heardA).toEqual([]);
  });

  it('knows a tab is alive while it holds its lock and gone after', async () => {
    const [a, b] = pair();
    await Promise.all([a.ready, b.ready]);
    let ran = 0;
    expect(await b.claimIfGone(a.tabId, async () => void ran++)).toBe(false);
    const adopted = new Promise<void>((resolve) => b.whenGone(a.tabId, async () => resolve()));
    a.close();
    await adopted;
    await settle();
    expect(await b.claimIfGone(a.tabId, async () => void ran++)).toBe(true);
    expect(ran).toBe(1);
  });

  it('counts the other tabs that have a draft open', async () => {
    const [a, b] = pair();
    a.setOpenDraft('d1');
    b.setOpenDraft('d1');
    await settle();
    expect(await a.othersWithDraft('d1')).toBe(1);
    b.setOpenDraft('d2');
    await settle();
    expect(await a.othersWithDraft('d1')).toBe(0);
    expect(await a.othersWithDraft('d2')).toBe(1);
  });

  it('remembers the tab’s open draft in its session storage, for a reload', async () => {
    const store = new Map<string, string>();
    const session = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    const first = createBrowserTabLink({ locks: new FakeLocks(), session, newId: () => 'one' });
    open.push(first);
    expect(first.previousDraft).toBeNull();
    first.setOpenDraft('d7');
    first.close();
    const reloaded = createBrowserTabLink({ locks: new FakeLocks(), session, newId: () => 'two' });
    open.push(reloaded);
    expect(reloaded.previousDraft).toBe('d7');
  });

  it('falls back to a solo tab without Web Locks: every other tab counts as gone', async () => {
    const solo = createBrowserTabLink({ newId: () => 'only' });
    expect(solo.tabId).toBe('only');
    expect(await solo.claimIfGone('someone', async () => undefined)).toBe(true);
    expect(await solo.othersWithDraft('d1')).toBe(0);
  });
});

describe('memory tab hub', () => {
  it('behaves like the browser link: messages, liveness after a crash, presence', async () => {
    const hub = createTabHub();
    const a = hub.link();
    const b = hub.link();
    const heard: TabMessage[] = [];
    b.subscribe((m) => heard.push(m));
    a.setOpenDraft('d1');
    b.setOpenDraft('d1');
    expect(await b.othersWithDraft('d1')).toBe(1);
    a.post({ type: 'trash', from: a.tabId });
    await settle();
    expect(heard).toEqual([
      { type: 'presence', from: 'tab-1' },
      { type: 'trash', from: 'tab-1' },
    ]);
    expect(await b.claimIfGone(a.tabId, async () => undefined)).toBe(false);
    a.crash();
    expect(await b.othersWithDraft('d1')).toBe(0);
    expect(await b.claimIfGone(a.tabId, async () => undefined)).toBe(true);
  });
});
