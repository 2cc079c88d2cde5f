import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 3, "Site settings" and "Hugo's page values": the goldmark switches are settings every render follows,
// and the sidebar shows Hugo's .Summary and .TableOfContents. Our own post.
const POST = `---
title: "Quay notes"
---

The harbour master said "wait..." -- and left.

<!--more-->

## Über die Brücke

## Low water {#ebb .tide}

### Slack -- "still"

Text after the divider.
`;

describe('site settings and page values', () => {
  let session: Session;
  let app: WorkbenchDriver;
  const firstParagraph = () => app.preview.locator('.post-body p').first().textContent();
  const headingIds = () =>
    app.preview.locator('.post-body h2, .post-body h3').evaluateAll((els) => els.map((el) => el.id));
  const dialog = () => app.page.getByRole('dialog', { name: 'Site settings' });
  const openSettings = async (): Promise<Locator> => {
    await app.button('Site settings').click();
    await dialog().waitFor();
    return dialog();
  };
  const closeSettings = async () => {
    await dialog().getByRole('button', { name: 'Close' }).click();
    await dialog().waitFor({ state: 'detached' });
  };
  const summary = () => app.page.getByRole('region', { name: 'Summary' });
  // The summary's last paragraph (the first says where the summary comes from).
  const summaryText = () => summary().locator('p').last().textContent();
  const toc = () => app.page.getByRole('region', { name: 'Table of contents' });
  const tocLinks = () =>
    toc()
      .locator('nav#TableOfContents a')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('href'), el.textContent]));

  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('quay.md', POST, 'Text after the divider.');
  });
  afterAll(async () => session.close());

  it("renders with Hugo's defaults until told otherwise", async () => {
    await expect
      .poll(firstParagraph, { timeout: 10_000 })
      .toBe('The harbour master said “wait…” – and left.');
    await expect.poll(headingIds).toEqual(['über-die-brücke', 'ebb', 'slack----still']);
    expect(await app.preview.locator('#ebb').getAttribute('class')).toBe('tide');
  });

  it('shows the summary before <!--more--> as a list page would', async () => {
    await expect
      .poll(() => summary().textContent(), { timeout: 10_000 })
      .toContain('The harbour master said “wait…” – and left.');
    expect(await summary().textContent()).toContain('Before <!--more-->');
    expect(await summary().textContent()).not.toContain('Text after the divider');
    expect(await summaryText()).toBe('The harbour master said “wait…” – and left.');
  });

  it('lists the headings as Hugo’s nav#TableOfContents, nested by level', async () => {
    await expect.poll(tocLinks, { timeout: 10_000 }).toEqual([
      ['#über-die-brücke', 'Über die Brücke'],
      ['#ebb', 'Low water'],
      ['#slack----still', 'Slack – “still”'],
    ]);
    expect(await toc().locator('nav#TableOfContents > ul > li > ul > li > a').textContent()).toBe(
      'Slack – “still”',
    );
  });

  it('with the typographer off, the preview and the summary keep straight quotes and --', async () => {
    const settings = await openSettings();
    const typographer = settings.getByRole('checkbox', { name: 'Typographer', exact: true });
    expect(await typographer.isChecked()).toBe(true);
    await typographer.uncheck();
    await expect
      .poll(firstParagraph, { timeout: 10_000 })
      .toBe('The harbour master said "wait..." -- and left.');
    await expect
      .poll(() => summaryText(), { timeout: 10_000 })
      .toBe('The harbour master said "wait..." -- and left.');
    await expect.poll(tocLinks).toContainEqual(['#slack----still', 'Slack -- "still"']);
    await closeSettings();
  });

  it('changes the ids of non-ASCII headings with the heading id style, in the preview and the table of contents', async () => {
    const settings = await openSettings();
    const style = settings.getByRole('combobox', { name: 'Heading IDs' });
    expect(await style.inputValue()).toBe('github');
    await style.selectOption('github-ascii');
    await expect.poll(headingIds, { timeout: 10_000 }).toEqual(['uber-die-brucke', 'ebb', 'slack----still']);
    await expect.poll(tocLinks, { timeout: 10_000 }).toContainEqual(['#uber-die-brucke', 'Über die Brücke']);
    await style.selectOption('blackfriday');
    await expect.poll(headingIds, { timeout: 10_000 }).toEqual(['über-die-brücke', 'ebb', 'slack-still']);
    await style.selectOption('github-ascii');
    await expect.poll(headingIds, { timeout: 10_000 }).toEqual(['uber-die-brucke', 'ebb', 'slack----still']);
    await closeSettings();
  });

  it('with heading attributes off, {#id .class} shows as text', async () => {
    const settings = await openSettings();
    await settings.getByRole('checkbox', { name: 'Heading attributes', exact: true }).uncheck();
    await expect
      .poll(() => app.preview.locator('.post-body h2').nth(1).textContent(), { timeout: 10_000 })
      .toBe('Low water {#ebb .tide}');
    expect(await app.preview.locator('#ebb').count()).toBe(0);
    await closeSettings();
  });

  it('keeps the settings across a reload', async () => {
    await app.page.reload();
    await app.waitLoaded();
    await expect
      .poll(firstParagraph, { timeout: 15_000 })
      .toBe('The harbour master said "wait..." -- and left.');
    await expect
      .poll(headingIds, { timeout: 10_000 })
      .toEqual(['uber-die-brucke', 'low-water-ebb-tide', 'slack----still']);
    const settings = await openSettings();
    expect(await settings.getByRole('checkbox', { name: 'Typographer', exact: true }).isChecked()).toBe(
      false,
    );
    expect(await settings.getByRole('combobox', { name: 'Heading IDs' }).inputValue()).toBe('github-ascii');
    expect(
      await settings.getByRole('checkbox', { name: 'Heading attributes', exact: true }).isChecked(),
    ).toBe(false);
    expect(
      await settings.getByRole('checkbox', { name: 'Render raw HTML in posts', exact: true }).isChecked(),
    ).toBe(false);
    await closeSettings();
  });

  it('exports HTML rendered with the same settings', async () => {
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.button('Export HTML').click(),
    ]);
    const html = await readFile(await download.path(), 'utf8');
    expect(html).toContain('<p>The harbour master said "wait..." -- and left.</p>');
    expect(html).toContain('<h2 id="uber-die-brucke">Über die Brücke</h2>');
    expect(html).toContain('<h2 id="low-water-ebb-tide">Low water {#ebb .tide}</h2>');
  });

  it('is reachable from the command palette, and back to Hugo’s defaults renders as Hugo does', async () => {
    await app.runFromPalette('site settings', 'Site settings');
    const settings = dialog();
    await settings.waitFor();
    await settings.getByRole('checkbox', { name: 'Typographer', exact: true }).check();
    await settings.getByRole('combobox', { name: 'Heading IDs' }).selectOption('github');
    await settings.getByRole('checkbox', { name: 'Heading attributes', exact: true }).check();
    await closeSettings();
    await expect
      .poll(firstParagraph, { timeout: 10_000 })
      .toBe('The harbour master said “wait…” – and left.');
    await expect.poll(headingIds, { timeout: 10_000 }).toEqual(['über-die-brücke', 'ebb', 'slack----still']);
  });

  it('shows an automatic summary when there is no divider, and an empty table of contents note', async () => {
    // Hugo's automatic summary: the first 70 words, to the end of that sentence.
    const words = Array.from({ length: 90 }, (_, i) => `w${i}.`).join(' ');
    await app.load('plain.md', `---\ntitle: Plain\n---\n\n${words}\n`, 'w89.');
    await expect
      .poll(() => summary().textContent(), { timeout: 10_000 })
      .toContain('Automatic: the first 70 words · continues with “Read more”');
    const text = (await summaryText()) ?? '';
    expect(text).toMatch(/^w0\. w1\. .* w70\.$/);
    expect(await toc().textContent()).toContain('No headings for a table of contents');
  });
});

describe("a site folder's goldmark configuration", () => {
  let session: Session;
  let app: WorkbenchDriver;
  let siteRoot = '';

  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    // The folder input (the read-only way in): the same configuration reading as a picked folder.
    await session.context.addInitScript(`
      delete Window.prototype.showDirectoryPicker;
      delete window.showDirectoryPicker;
    `);
    await app.open();
    siteRoot = mkdtempSync(join(tmpdir(), 'postwright-goldmark-'));
    const site = join(siteRoot, 'harbour');
    mkdirSync(join(site, 'content', 'posts'), { recursive: true });
    writeFileSync(
      join(site, 'hugo.toml'),
      [
        'title = "Harbour"',
        '[markup.goldmark.extensions]',
        'typographer = false',
        '[markup.goldmark.parser]',
        "autoHeadingIDType = 'github-ascii'",
        '[markup.goldmark.renderer]',
        'unsafe = true',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(site, 'content', 'posts', 'quay.md'),
      '---\ntitle: Quay\n---\n\n## Über "uns"\n\nA <em>raw</em> -- tag.\n',
    );
  });
  afterAll(async () => {
    await session.close();
    rmSync(siteRoot, { recursive: true, force: true });
  });

  it("offers the site's settings and renders with them once taken", async () => {
    await app.page.getByLabel('Open site folder', { exact: true }).setInputFiles(join(siteRoot, 'harbour'));
    await app.page.getByRole('button', { name: 'Open posts/quay.md' }).click();
    const heading = app.preview.locator('.post-body h2');
    await expect.poll(() => heading.getAttribute('id'), { timeout: 10_000 }).toBe('über-uns');
    await app.button('Site settings').click();
    const dialog = app.page.getByRole('dialog', { name: 'Site settings' });
    const fromSite = dialog.getByRole('group', { name: 'From the open site' });
    await expect
      .poll(() => fromSite.textContent())
      .toContain('hugo.toml sets: typographer off, heading ids github-ascii, raw HTML rendered.');
    await fromSite.getByRole('button', { name: 'Use the site’s settings' }).click();
    expect(await dialog.getByRole('checkbox', { name: 'Typographer', exact: true }).isChecked()).toBe(false);
    expect(await dialog.getByRole('combobox', { name: 'Heading IDs' }).inputValue()).toBe('github-ascii');
    expect(
      await dialog.getByRole('checkbox', { name: 'Render raw HTML in posts', exact: true }).isChecked(),
    ).toBe(true);
    // Not set by the site: Hugo's default stays.
    expect(await dialog.getByRole('checkbox', { name: 'Heading attributes', exact: true }).isChecked()).toBe(
      true,
    );
    await expect.poll(() => fromSite.textContent()).toContain('already match the site');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => heading.getAttribute('id'), { timeout: 10_000 }).toBe('uber-uns');
    await expect.poll(() => heading.textContent()).toBe('Über "uns"');
    await expect
      .poll(() => app.preview.locator('.post-body p').first().innerHTML())
      .toBe('A <em>raw</em> -- tag.');
  });
});
