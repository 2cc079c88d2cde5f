import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';

const DRAFTS = 400;

/**
 * Put `count` drafts straight into the app's IndexedDB as the app stores them: each record and its summary
 * (schema v5), `lib-<i>` titled "Start post <i>", i minutes old.
 */
async function seed(count: number): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('postwright');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const now = Date.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['drafts', 'summaries'], 'readwrite');
    for (let i = 0; i < count; i++) {
      const title = `Start post ${i}`;
      const meta = { title, date: '2025-09-04T18:30:00+02:00', draft: false, tags: [], categories: [] };
      const at = now - i * 60_000;
      const summary = { id: `lib-${i}`, revision: 1, createdAt: at, updatedAt: at, caret: 0, meta };
      tx.objectStore('drafts').put({
        ...summary,
        text: `---\ntitle: "${title}"\n---\n\nBody of post ${i}.\n`,
      });
      tx.objectStore('summaries').put(summary);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Init script: every summary the page reads with `getAll` (the whole library's list) is held back until
 * `window.releaseSummaries()` is called, as a slow read of thousands of summaries would be.
 */
function holdWholeList(): void {
  const w = window as unknown as { releaseSummaries(): void };
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  w.releaseSummaries = release;
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<typeof getAll>) {
    const request = getAll.apply(this, args);
    if (this.name === 'summaries') {
      const replay = new Event('success');
      request.addEventListener('success', (event) => {
        if (event === replay) return;
        event.stopImmediatePropagation();
        void released.then(() => request.dispatchEvent(replay));
      });
    }
    return request;
  };
}

// Issue 4: after a reload, a long library shows its newest drafts and the last open draft without waiting for
// every draft's summary to be read.
describe('starting with a long library', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await session.page.evaluate(seed, DRAFTS);
    await app.open();
    await until(async () => (await app.draftCount()) === DRAFTS, 'every seeded draft listed', 30_000);
    // Open an older draft, far from the first screen: the next start reopens it.
    await session.page.getByRole('searchbox').fill('Start post 350');
    await app.draftList.getByRole('button', { name: /^Start post 350\s*,/ }).click();
    await until(async () => (await app.editorText()).includes('Body of post 350.'), 'draft 350 open');
    await session.page.getByRole('searchbox').fill('');
  }, 120_000);
  afterAll(async () => session.close());

  it('lists the newest drafts and reopens the last draft before the whole list is read, then lists all', async () => {
    await session.page.addInitScript(holdWholeList);
    await app.open();
    await expect.poll(() => app.editorText()).toContain('Body of post 350.');
    await expect.poll(() => app.draftItems.first().textContent()).toMatch(/^Start post 0,/);
    expect(await app.draftItems.nth(1).textContent()).toMatch(/^Start post 1,/);
    const shown = await app.draftCount();
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(DRAFTS);
    // Its count is not the library's yet: the list says it is still busy.
    expect(await app.draftList.getAttribute('aria-busy')).toBe('true');
    await session.page.evaluate(() => (window as unknown as { releaseSummaries(): void }).releaseSummaries());
    await expect.poll(() => app.draftCount()).toBe(DRAFTS);
    expect(await app.draftList.getAttribute('aria-busy')).toBeNull();
    expect(await app.draftItems.first().textContent()).toMatch(/^Start post 0,/);
    await session.page.getByRole('searchbox').fill('Start post 399');
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([expect.stringMatching(/^Start post 399,/)]);
  });
});
