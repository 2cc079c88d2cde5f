import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 4: the sidebar's whole-post lists stay quick in a long post. The outline, the problems and the table of
// contents draw only the rows in view, yet every row is reachable by keyboard and by scrolling, and choosing
// one far down goes there.
const HEADINGS = 3000;

const LONG = `---
title: "Three thousand sections"
description: "A post with a heading every few lines."
tags: ["long"]
---

${Array.from({ length: HEADINGS }, (_, i) => `## Section ${i + 1}\n\nText of section ${i + 1}.\n`).join('\n')}`;

/** Every heading the same: each after the first repeats the id "again", a problem each. */
const REPEATS = 1500;
const REPEATED = `---
title: "Again and again"
description: "The same heading over and over."
tags: ["long"]
---

${Array.from({ length: REPEATS }, (_, i) => `## Again\n\nParagraph ${i + 1}.\n`).join('\n')}`;

/** A photo diary whose images are not in the draft yet: each reference is an image problem. */
const PHOTOS = 1200;
const DIARY = `---
title: "A year of photos"
description: "One photo a day, the files still on the camera."
tags: ["photos"]
---

${Array.from({ length: PHOTOS }, (_, i) => `Day ${i + 1}.\n\n![Day ${i + 1}](photos/day-${i + 1}.jpg)\n`).join('\n')}`;

describe('a post with thousands of headings', () => {
  let session: Session;
  let app: WorkbenchDriver;
  const toc = () => app.page.getByRole('region', { name: 'Table of contents' });
  const tocLinks = () => toc().locator('nav#TableOfContents a');
  const headingAtTop = async (name: string): Promise<number> => {
    const box = await app.preview.getByRole('heading', { name, exact: true }).boundingBox();
    const pane = await app.preview.boundingBox();
    return box && pane ? Math.abs(box.y - pane.y) : 9999;
  };
  /** Whether the heading shows in the preview pane (the last one cannot scroll to the top: the post ends). */
  const headingInView = async (name: string): Promise<boolean> => {
    const box = await app.preview.getByRole('heading', { name, exact: true }).boundingBox();
    const pane = await app.preview.boundingBox();
    return !!box && !!pane && box.y >= pane.y && box.y + box.height <= pane.y + pane.height;
  };
  const activeLine = () => app.page.locator('.cm-activeLine').first().textContent();

  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('long.md', LONG, 'Three thousand sections');
  });
  afterAll(async () => session.close());

  const outlineItems = (): Locator => app.outline.getByRole('listitem');

  it('lists a bounded number of outline rows, each knowing the whole size', async () => {
    await expect.poll(() => outlineItems().first().textContent(), { timeout: 20_000 }).toBe('Section 1');
    const rendered = await outlineItems().count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(100);
    expect(await outlineItems().first().getAttribute('aria-setsize')).toBe(String(HEADINGS));
  });

  it('reaches the last heading by keyboard, and choosing it moves the editor and the preview there', async () => {
    await app.outline.getByRole('button', { name: 'Section 1', exact: true }).focus();
    await app.page.keyboard.press('End');
    const last = app.outline.getByRole('button', { name: `Section ${HEADINGS}`, exact: true });
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await last.locator('xpath=..').getAttribute('aria-posinset')).toBe(String(HEADINGS));
    expect(await outlineItems().count()).toBeLessThan(100);
    await app.page.keyboard.press('Enter');
    await expect.poll(activeLine).toBe(`## Section ${HEADINGS}`);
    await expect.poll(() => headingInView(`Section ${HEADINGS}`), { timeout: 15_000 }).toBe(true);
  });

  it('draws the rows scrolled to, and choosing one far down goes there', async () => {
    await outlineItems()
      .first()
      .evaluate((li) => {
        const scroller = li.closest('.doc-panel__scroller')!;
        scroller.scrollTop = scroller.scrollHeight / 2;
      });
    const middle = app.outline.getByRole('button', { name: `Section ${HEADINGS / 2}`, exact: true });
    await expect.poll(() => middle.count()).toBe(1);
    expect(await app.outline.getByRole('button', { name: 'Section 1', exact: true }).count()).toBe(0);
    await middle.click();
    await expect.poll(activeLine).toBe(`## Section ${HEADINGS / 2}`);
    await expect.poll(() => headingAtTop(`Section ${HEADINGS / 2}`), { timeout: 15_000 }).toBeLessThan(80);
  });

  it("shows Hugo's table of contents a window at a time, and its last link goes to the last heading", async () => {
    await expect.poll(() => tocLinks().first().textContent(), { timeout: 20_000 }).toBe('Section 1');
    expect(await toc().locator('nav#TableOfContents > ul > li > a').first().getAttribute('href')).toBe(
      '#section-1',
    );
    expect(await tocLinks().count()).toBeLessThan(100);
    await tocLinks().first().focus();
    await app.page.keyboard.press('End');
    const last = tocLinks().filter({ hasText: `Section ${HEADINGS}` });
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await last.getAttribute('href')).toBe(`#section-${HEADINGS}`);
    expect(await tocLinks().count()).toBeLessThan(100);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => headingInView(`Section ${HEADINGS}`), { timeout: 15_000 }).toBe(true);
  });

  it('lists thousands of problems a window at a time, the last one reachable and going to its place', async () => {
    await app.load('again.md', REPEATED, 'Again and again');
    const items = app.problems.getByRole('listitem');
    await expect
      .poll(() => items.first().getAttribute('aria-setsize'), { timeout: 20_000 })
      .toBe(String(REPEATS - 1));
    expect(await items.count()).toBeLessThan(100);
    await items.first().getByRole('button').focus();
    await app.page.keyboard.press('End');
    const last = items
      .filter({ has: app.page.locator(`[aria-posinset="${REPEATS - 1}"]`) })
      .or(app.problems.locator(`[aria-posinset="${REPEATS - 1}"]`));
    await expect
      .poll(() => last.getByRole('button').evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(await items.count()).toBeLessThan(100);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.selectedText()).toBe('## Again');
    await expect.poll(activeLine).toBe('## Again');
  });

  it('lists a thousand image problems a window at a time, the last one reachable and going to its line', async () => {
    await app.load('diary.md', DIARY, 'A year of photos');
    const list = app.page.getByRole('list', { name: /^Image problems/ });
    const items = list.getByRole('listitem');
    await expect
      .poll(() => items.first().getAttribute('aria-setsize'), { timeout: 20_000 })
      .toBe(String(PHOTOS));
    expect(await items.count()).toBeGreaterThan(3);
    expect(await items.count()).toBeLessThan(100);
    await items.first().getByRole('button').focus();
    await app.page.keyboard.press('End');
    const last = list.locator(`[aria-posinset="${PHOTOS}"]`).getByRole('button');
    await expect.poll(() => last.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await last.textContent()).toMatch(
      new RegExp(`^Line \\d+ Image “photos/day-${PHOTOS}\\.jpg” is not in this draft`),
    );
    expect(await items.count()).toBeLessThan(100);
    await app.page.keyboard.press('Enter');
    await expect.poll(activeLine).toBe(`![Day ${PHOTOS}](photos/day-${PHOTOS}.jpg)`);
  });
});
