import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';

const DRAFTS = 2000;

/**
 * Put `count` drafts straight into the app's IndexedDB, as the benchmark seeds its library (`bench-<i>`, titled
 * "Library post <i>", i minutes old, two tags each; draft 1234 alone has the body word "zanzibar" and the tag
 * "Rarebird").
 */
async function seed(count: number): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('postwright');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tags = ['Rust', 'Go', 'Hugo', 'Async', 'Embedded', 'Travel', 'Notes', 'Talks'];
  const now = Date.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite');
    const store = tx.objectStore('drafts');
    for (let i = 0; i < count; i++) {
      const title = `Library post ${i}`;
      const tagList = i === 1234 ? ['Rarebird'] : [tags[i % 8]!, tags[(i * 3 + 1) % 8]!];
      const body = i === 1234 ? 'A trip to Zanzibar, at last.' : `Notes number ${i}.`;
      const text = `---\ntitle: "${title}"\ndate: 2025-09-04T18:30:00+02:00\ndraft: ${i % 3 === 0}\ntags: [${tagList.join(', ')}]\n---\n\n${body}\n`;
      const meta = {
        title,
        date: '2025-09-04T18:30:00+02:00',
        draft: i % 3 === 0,
        tags: tagList,
        categories: [],
      };
      const at = now - i * 60_000;
      store.put({ id: `bench-${i}`, text, revision: 1, createdAt: at, updatedAt: at, caret: 0, meta });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

// Issue 4: a library of thousands of drafts lists and filters fast; the list is virtualised but stays a list
// a keyboard and a screen reader get through.
describe('a large library', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await session.page.evaluate(seed, DRAFTS);
    await app.open();
    await until(async () => (await app.draftItems.count()) > 0, 'the list', 30_000);
  }, 120_000);
  afterAll(async () => session.close());

  const opener = (i: number) =>
    app.draftList.getByRole('button', { name: new RegExp(`^Library post ${i}\\s*,`) });

  it('shows the newest drafts first, with only a bounded number of rows in the DOM, each knowing the size', async () => {
    const items = app.draftItems;
    await expect.poll(() => items.first().textContent()).toMatch(/^Library post 0,/);
    expect(await items.nth(1).textContent()).toMatch(/^Library post 1,/);
    const rendered = await items.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    expect(await items.first().getAttribute('aria-setsize')).toBe(String(DRAFTS));
    expect(await items.first().getAttribute('aria-posinset')).toBe('1');
    // Every row keeps its named buttons (the title, then the date: not run together).
    expect(
      await items
        .first()
        .getByRole('button')
        .first()
        .evaluate((el) => el.textContent),
    ).toMatch(/^Library post 0, /);
    await expect.poll(() => opener(0).count()).toBe(1);
    expect(await app.button('Duplicate Library post 0').count()).toBe(1);
    expect(await app.button('Delete Library post 0').count()).toBe(1);
  });

  it('reaches a draft far down with the keyboard, and opens it', async () => {
    await opener(0).focus();
    await session.page.keyboard.press('End');
    const last = opener(DRAFTS - 1);
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    for (let n = 0; n < 3; n++) await session.page.keyboard.press('ArrowUp');
    const target = opener(DRAFTS - 4);
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await target.locator('xpath=..').getAttribute('aria-posinset')).toBe(String(DRAFTS - 3));
    expect(await app.draftItems.count()).toBeLessThan(80);
    await session.page.keyboard.press('Enter');
    await expect.poll(() => app.editorText()).toContain(`Notes number ${DRAFTS - 4}.`);
    // Opening moves focus to the editor; back in the list, Home goes to the top.
    await target.focus();
    await session.page.keyboard.press('Home');
    await expect.poll(() => opener(0).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('reaches a draft far down by scrolling, and opens it', async () => {
    const scroller = session.page.locator('.library__scroller');
    await scroller.evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await expect.poll(() => opener(1000).count()).toBe(1);
    await opener(1000).click();
    await expect.poll(() => app.editorText()).toContain('Notes number 1000.');
    expect(await app.draftItems.count()).toBeLessThan(80);
  });

  it('filters by a tag and by a body word', async () => {
    const filter = session.page.getByRole('searchbox');
    await filter.fill('rarebird');
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([expect.stringMatching(/^Library post 1234,/)]);
    await filter.fill('');
    await expect.poll(() => app.draftItems.first().getAttribute('aria-setsize')).toBe(String(DRAFTS));
    await filter.click();
    await session.page.keyboard.type('zanzib');
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([expect.stringMatching(/^Library post 1234,/)]);
    await opener(1234).click();
    await expect.poll(() => app.editorText()).toContain('A trip to Zanzibar, at last.');
    await filter.fill('talks');
    await expect.poll(() => app.draftItems.first().getAttribute('aria-setsize')).toBe('499');
  });
});
