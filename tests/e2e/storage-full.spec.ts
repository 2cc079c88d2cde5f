import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { until } from '../support/app-driver';
import { SafetyDriver } from '../support/safety-driver';

// Issue 5, points 1 and 4 in a quota-limited Chromium: settings show persistence and space; when a save fails
// for quota the status says so at once, the text stays, export works, and emptying the trash lets saving go on.

const QUOTA = 2 * 1024 * 1024;
const BIG = 400 * 1024;

/** Random letters and digits (random text does not compress, so it really takes the space). */
function randomText(length: number): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < length; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

describe('storage that fills up', () => {
  let session: Session;
  let app: SafetyDriver;
  beforeAll(async () => {
    session = await launch();
    const cdp = await session.context.newCDPSession(session.page);
    // Set before the app first opens IndexedDB in this browser.
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(session.baseURL).origin,
      quotaSize: QUOTA,
    });
    app = new SafetyDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('settings show whether storage is persistent, and how much is used and free', async () => {
    const dialog = await app.openStorage();
    await expect
      .poll(() => dialog.getByText(/^(Granted|Not granted|This browser does not say)/).count())
      .toBe(1);
    // What navigator.storage.estimate() says (Chromium reports its disk quota there, not the test's override).
    const facts = dialog.getByRole('region', { name: 'Browser storage' });
    await expect.poll(() => facts.textContent()).toMatch(/Used\d[\d.]* (B|KB|MB)Free\d[\d.]* (B|KB|MB|GB)/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it(
    'says at once that storage is full, keeps the text, exports it, and saves again once the trash is emptied',
    { timeout: 180_000 },
    async () => {
      const t0 = Date.now();
      const step = (what: string) =>
        console.log(`[storage-full] ${Math.round((Date.now() - t0) / 100) / 10}s ${what}`);
      // A big draft, imported (with its history) and then deleted: it waits in the trash, taking space.
      await app.importFiles([
        { name: 'big-notes.md', content: `---\ntitle: Big notes\n---\n${randomText(BIG)}\n` },
      ]);
      await until(
        async () => (await app.titles()).includes('Big notes'),
        'the big draft in the list',
        15_000,
      );
      await app.waitSaved();
      await app.page.getByRole('button', { name: 'Delete Big notes' }).click();
      await until(async () => !(await app.titles()).includes('Big notes'), 'the big draft to leave the list');
      step('big draft in the trash');

      await app.newPost();
      await app.waitSaved();
      const usage = await app.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
      // More than is free now, less than is free once the trash (draft and history) is gone.
      const filler = randomText(Math.max(0, QUOTA - usage) + BIG / 2);
      await app.editor.click();
      await app.page.keyboard.press('ControlOrMeta+End');
      await app.page.keyboard.insertText(`\n\n${filler}\n\nThe end marker.`);
      step(`inserted ${filler.length} characters over ${usage} bytes used`);

      await expect.poll(() => app.status.textContent(), { timeout: 15_000 }).toMatch(/storage is full/i);
      expect(await app.storageFull.textContent()).toMatch(/your text is safe in this tab/i);
      expect(await app.editorText()).toContain('The end marker.');
      const exported = await app.download(app.storageFull.getByRole('button', { name: 'Export this post' }));
      expect(exported.text).toContain(filler);
      expect(exported.text).toContain('The end marker.');

      step('full, exported');
      const emptyTrash = app.storageFull.getByRole('button', { name: /^Empty trash \(1,/ });
      await emptyTrash.click();
      await expect.poll(() => app.status.textContent(), { timeout: 30_000 }).toBe('Saved');
      expect(await app.storageFull.count()).toBe(0);
      await app.page.reload();
      await app.waitLoaded();
      await expect.poll(() => app.editorText()).toContain('The end marker.');
    },
  );
});
