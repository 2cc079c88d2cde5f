import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';
import { pngBytes } from '../support/images';

// Issue 8, "Also": Export HTML (standalone, sanitized, styles inlined, images embedded), Copy as HTML/Markdown.
const POST = `---
title: "Harbour <lights>"
description: "Notes from the quay."
tags: ["sea"]
---

## At dusk

The **lamps** come on one by one.

![The app icon](/favicon.svg)

![A remote photo](https://example.org/quay.jpg)

<script>window.__exported = 1</script>
<img src="x" onerror="window.__exported = 2">
[bad](javascript:alert(1))
`;

describe('export and copy', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('harbour.md', POST, 'come on one by one');
  });
  afterAll(async () => session.close());

  it('exports one standalone, sanitized HTML file with styles inlined and the draft’s images embedded', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.button('Export HTML').click(),
    ]);
    expect(download.suggestedFilename()).toBe('harbour-lights.html');
    const html = await readFile(await download.path(), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Harbour &lt;lights&gt;</title>');
    expect(html).toContain('<h1 class="post-head__title">Harbour &lt;lights&gt;</h1>');
    expect(html).toContain('<strong>lamps</strong>');
    expect(html).toMatch(/<style>[\s\S]*\.post-body[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toMatch(/<img src="data:image\/svg\+xml[^"]*" alt="The app icon"/);
    expect(html).toContain('src="https://example.org/quay.jpg"');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('Content-Security-Policy');

    // The file works on its own: open it and look.
    const page = await session.context.newPage();
    await page.setContent(html);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Harbour <lights>');
    expect(await page.locator('.post').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
    expect(
      await page.evaluate(() => (window as unknown as { __exported?: number }).__exported),
    ).toBeUndefined();
    await page.close();
  });

  it('embeds the draft’s own images byte for byte', async () => {
    const png = pngBytes(3, 2, [10, 120, 200]);
    await app.page.getByLabel('Add image', { exact: true }).setInputFiles({
      name: 'buoy.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await expect.poll(() => app.editorText()).toContain('(buoy.png)');
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.button('Export HTML').click(),
    ]);
    const html = await readFile(await download.path(), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
  });

  it('copies the post as HTML (with a plain-text fallback)', async () => {
    await app.button('Copy').click();
    await app.button('Copy as HTML').click();
    await expect.poll(() => app.page.getByText('Copied the post as HTML.').count()).toBe(1);
    const copied = await app.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = await (await item!.getType('text/html')).text();
      const plain = await (await item!.getType('text/plain')).text();
      return { html, plain };
    });
    expect(copied.html).toContain('<strong>lamps</strong>');
    expect(copied.html).not.toMatch(/<script|onerror/i);
    expect(copied.plain).toContain('The lamps come on one by one.');
  });

  it('copies the post as Markdown, exactly as written', async () => {
    await app.runFromPalette('copy markdown', 'Copy as Markdown');
    await expect.poll(() => app.page.getByText('Copied the post as Markdown.').count()).toBe(1);
    const text = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(await app.editorText());
    expect(text).toMatch(/^---\ntitle: "Harbour <lights>"/);
    expect(text).toContain('The **lamps** come on one by one.');
  });
});
