import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 8, point 5: light and dark following the system and switchable; a custom CSS file for the preview only.
const POST = `---
title: "Colours"
description: "Trying themes."
tags: ["look"]
---

## A heading in the post

Body text.
`;

const SITE_CSS = `@import url("https://styles.test/remote.css");
body { background-color: rgb(1, 2, 3); }
h2 { color: rgb(200, 0, 0); }
.toolbar, .format-toolbar { display: none; }
button { visibility: hidden; }
@media (min-width: 10px) { .post-body p { color: rgb(0, 150, 0); } }
} .statusbar { display: none; }
`;

const theme = (app: WorkbenchDriver) => app.page.evaluate(() => document.documentElement.dataset.theme);
const background = (app: WorkbenchDriver, selector: string) =>
  app.page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor);

describe('themes', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.open();
    await app.load('colours.md', POST, 'Trying themes.');
  });
  afterAll(async () => session.close());

  it('follows the system: dark, then light when the system changes', async () => {
    await expect.poll(() => theme(app)).toBe('dark');
    expect(await background(app, '.toolbar')).toBe('rgb(29, 32, 37)');
    expect(await background(app, '.cm-editor')).not.toBe('rgb(255, 255, 255)');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(app)).toBe('light');
    expect(await background(app, '.toolbar')).toBe('rgb(255, 255, 255)');
    await app.page.emulateMedia({ colorScheme: 'dark' });
  });

  it('can be set to light or dark whatever the system says, and keeps the choice', async () => {
    await app.button('Appearance').click();
    const dialog = app.page.getByRole('dialog', { name: 'Appearance' });
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(() => theme(app)).toBe('light');
    expect(await background(app, '.toolbar')).toBe('rgb(255, 255, 255)');
    await app.page.keyboard.press('Escape');
    await app.page.reload();
    await app.waitLoaded();
    await expect.poll(() => theme(app)).toBe('light');
    await app.runFromPalette('theme system', 'follow the system');
    await expect.poll(() => theme(app)).toBe('dark');
    await app.runFromPalette('theme dark', 'Theme: dark');
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.waitForTimeout(100);
    expect(await theme(app)).toBe('dark');
    await app.runFromPalette('theme system', 'follow the system');
  });

  it('gives the preview a blog theme’s typography', async () => {
    const post = app.preview.locator('.post');
    expect(await post.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia|serif/);
    const width = await post.evaluate((el) => parseFloat(getComputedStyle(el).maxWidth));
    expect(width).toBeGreaterThan(500);
    expect(width).toBeLessThan(900);
  });

  it('previews with a custom CSS file, which never reaches the app around the preview', async () => {
    await app.button('Appearance').click();
    const dialog = app.page.getByRole('dialog', { name: 'Appearance' });
    await dialog.getByLabel('Choose a CSS file').setInputFiles({
      name: 'site.css',
      mimeType: 'text/css',
      buffer: Buffer.from(SITE_CSS),
    });
    await expect.poll(() => dialog.textContent()).toContain('Using site.css');
    await app.page.keyboard.press('Escape');
    const h2 = app.preview.getByRole('heading', { name: 'A heading in the post' });
    await expect.poll(() => h2.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(200, 0, 0)');
    expect(await background(app, '.preview')).toBe('rgb(1, 2, 3)');
    expect(await app.preview.getByText('Body text.').evaluate((el) => getComputedStyle(el).color)).toBe(
      'rgb(0, 150, 0)',
    );
    // The chrome is untouched.
    expect(await app.page.locator('.toolbar').isVisible()).toBe(true);
    expect(await app.formatting.isVisible()).toBe(true);
    expect(await app.page.locator('.statusbar').isVisible()).toBe(true);
    expect(await app.button('New post').isVisible()).toBe(true);
    const outlineTitle = app.page.getByRole('heading', { name: 'Outline' });
    expect(await outlineTitle.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(200, 0, 0)');
    expect(await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(1, 2, 3)',
    );
  });

  it('keeps the stylesheet across a reload, and can switch it off or remove it', async () => {
    await app.page.reload();
    await app.waitLoaded();
    const h2 = app.preview.getByRole('heading', { name: 'A heading in the post' });
    await expect.poll(() => h2.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(200, 0, 0)');
    await app.button('Appearance').click();
    const dialog = app.page.getByRole('dialog', { name: 'Appearance' });
    await dialog.getByRole('checkbox', { name: 'Apply the stylesheet' }).uncheck();
    await expect.poll(() => h2.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(200, 0, 0)');
    await dialog.getByRole('checkbox', { name: 'Apply the stylesheet' }).check();
    await expect.poll(() => h2.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(200, 0, 0)');
    await dialog.getByRole('button', { name: 'Remove stylesheet' }).click();
    await expect.poll(() => h2.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(200, 0, 0)');
    await app.page.keyboard.press('Escape');
  });
});
