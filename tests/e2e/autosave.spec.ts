import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver } from '../support/app-driver';

// Point 6: drafts live in IndexedDB, saved shortly after typing stops and when the page goes away.
describe('autosave', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.newPost();
  });
  afterAll(async () => session.close());

  it('says "Saving…" while typing and "Saved" within moments after typing stops', async () => {
    await app.typeAtEnd('First words');
    const seen = await session.page.evaluate(async () => {
      const states = new Set<string>();
      const status = document.querySelector('[role="status"]')!;
      const start = performance.now();
      while (performance.now() - start < 1500) {
        states.add(status.textContent ?? '');
        await new Promise((r) => setTimeout(r, 10));
      }
      return [...states];
    });
    expect(seen.some((s) => /^(Saving…|Unsaved changes)$/.test(s))).toBe(true);
    expect(seen).toContain('Saved');
  });

  it('reopens the last draft after a reload, text and caret where they were', async () => {
    await app.typeAtEnd('\n\nSecond paragraph, then reload');
    // No waiting for "Saved": the page-hide flush and journal must carry the text through the reload.
    await session.page.reload();
    await app.waitLoaded();
    await expect.poll(() => app.editorText()).toContain('Second paragraph, then reload');
    // The caret is at the end, where typing stopped: typing goes on from there.
    await session.page.keyboard.type('!');
    await expect.poll(() => app.editorText()).toMatch(/then reload!$/);
  });

  it('keeps text typed right before the tab is closed', async () => {
    await app.typeAtEnd('\nLast line before close');
    await session.page.close({ runBeforeUnload: true });
    const page = await session.context.newPage();
    const again = new AppDriver(page);
    await again.open();
    await expect.poll(() => again.editorText()).toContain('Last line before close');
    app = again;
  });

  it('Ctrl+S saves at once and never opens the browser save dialog', async () => {
    await app.typeAtEnd('\nSaved by shortcut');
    let downloads = 0;
    app.page.on('download', () => downloads++);
    // The browser's own Ctrl+S (save page) runs unless the app prevents the key's default action.
    await app.page.evaluate(() => {
      const w = window as unknown as { __ctrlS?: boolean[] };
      w.__ctrlS = [];
      window.addEventListener('keydown', (e) => {
        if (e.key.toLowerCase() === 's' && (e.ctrlKey || e.metaKey)) w.__ctrlS!.push(e.defaultPrevented);
      });
    });
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => app.status.textContent(), { timeout: 2000 }).toBe('Saved');
    expect(await app.page.evaluate(() => (window as unknown as { __ctrlS: boolean[] }).__ctrlS)).toEqual([
      true,
    ]);
    // Also when the focus is outside the editor.
    await app.field('Title').focus();
    await app.page.keyboard.press('Control+s');
    expect(await app.page.evaluate(() => (window as unknown as { __ctrlS: boolean[] }).__ctrlS)).toEqual([
      true,
      true,
    ]);
    expect(downloads).toBe(0);
  });
});

describe('schema upgrade', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('opens a database written by the previous version and keeps its drafts', async () => {
    session = await launch();
    const { page } = session;
    // Serve a blank page at the app's origin to write a version-1 database, as an older Postwright did.
    await page.route('**/*', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
    );
    await page.goto('/');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('postwright', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('drafts', { keyPath: 'id' });
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({
              id: 'old-1',
              text: '---\ntitle: "From version one"\ndraft: false\n---\n\nOld body text.\n',
              updatedAt: Date.now() - 1000,
            });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await page.unrouteAll();
    const app = new AppDriver(page);
    await page.goto('/');
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([expect.stringMatching(/^From version one/)]);
    await app.draftItems
      .first()
      .getByRole('button', { name: /^From version one/ })
      .click();
    await expect.poll(() => app.editorText()).toContain('Old body text.');
  });
});

describe('storage failure', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('says plainly that saving failed, keeps the text, and export still works', async () => {
    session = await launch();
    const { page } = session;
    // A tiny quota, set before the app first opens IndexedDB in this browser session.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(session.baseURL).origin,
      quotaSize: 300 * 1024,
    });
    const app = new AppDriver(page);
    await app.open();
    await app.newPost();
    await app.waitSaved();
    // Random text does not compress, so it really fills the quota.
    const filler = await page.evaluate(() => {
      const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
      let s = '';
      for (let i = 0; i < 600_000; i++) s += chars[Math.floor(Math.random() * chars.length)];
      return s;
    });
    await app.editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(`\n\n${filler}\n\nThe end marker.`);
    await expect.poll(() => app.status.textContent(), { timeout: 15_000 }).toMatch(/storage is full/i);
    const exported = await app.exportMarkdown();
    expect(exported.text).toContain(filler);
    expect(exported.text).toContain('The end marker.');
  });
});
