import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 8, point 1: editor and preview follow each other by source position, across images and tables.
const para = (section: number, i: number) =>
  `Paragraph ${i} of section ${section} says a few words about sailing boats so that it wraps in the pane.`;
const section = (n: number) => `## Section ${n}\n\n${[1, 2, 3].map((i) => para(n, i)).join('\n\n')}\n`;
const TABLE = `| Knot | Use |\n| --- | --- |\n${Array.from({ length: 12 }, (_, i) => `| Knot ${i} | Holding line ${i} |`).join('\n')}\n`;

const POST = `---
title: "A long post"
---

${[1, 2, 3, 4].map(section).join('\n')}
![A tall chart that loads late](https://images.test/tall.svg)

${TABLE}
${[5, 6, 7, 8, 9, 10, 11, 12, 13, 14].map(section).join('\n')}
`;

const TALL_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="1600"><rect width="400" height="1600" fill="#8ab"/></svg>';

/** Offset of `target`'s top from the top of the scrolling `pane`, in px. */
async function offsetIn(target: Locator, pane: Locator): Promise<number> {
  const [t, p] = await Promise.all([target.boundingBox(), pane.boundingBox()]);
  return t && p ? t.y - p.y : Number.NaN;
}

describe('scroll sync', () => {
  let session: Session;
  let app: WorkbenchDriver;
  let releaseImage: () => void = () => undefined;
  const editorScroller = () => app.page.locator('.cm-scroller');
  const editorLine = (text: string) => app.page.locator('.cm-line', { hasText: text }).first();

  beforeAll(async () => {
    session = await launch({ viewport: { width: 1400, height: 800 } });
    app = new WorkbenchDriver(session.page);
    const gate = new Promise<void>((resolve) => (releaseImage = resolve));
    await session.context.route('https://images.test/**', async (route) => {
      await gate;
      await route.fulfill({ status: 200, contentType: 'image/svg+xml', body: TALL_SVG });
    });
    await app.open();
    await app.load('long.md', POST, 'A long post');
    await app.page.evaluate(() => {
      const fm = document.querySelector('details.fm-panel') as HTMLDetailsElement | null;
      if (fm) fm.open = false;
    });
  });
  afterAll(async () => session.close());

  /** Scroll the editor so the line holding `text` is at its top (as a person would, with the scroll bar). */
  async function scrollEditorTo(text: string): Promise<void> {
    let fromTop = false;
    for (let i = 0; i < 30; i++) {
      const line = editorLine(text);
      if ((await line.count()) === 0) {
        // Lines far from the viewport are not in the DOM: search from the top, a screen at a time.
        await editorScroller().evaluate((el, restart) => {
          el.scrollTop = restart ? 0 : el.scrollTop + el.clientHeight * 0.8;
        }, !fromTop);
        fromTop = true;
        await app.page.waitForTimeout(50);
        continue;
      }
      const delta = await offsetIn(line, editorScroller());
      await editorScroller().evaluate((el, d) => (el.scrollTop += d), delta);
      await app.page.waitForTimeout(80);
      if (Math.abs(await offsetIn(editorLine(text), editorScroller())) < 2) return;
    }
  }

  it('moves the preview with the editor, block by block', async () => {
    await scrollEditorTo('## Section 6');
    const heading = app.preview.getByRole('heading', { name: 'Section 6' });
    // The preview follows a frame or more after the editor's scroll (more once its blocks change size).
    await expect.poll(async () => Math.abs(await offsetIn(heading, app.preview))).toBeLessThan(6);
  });

  it('moves the editor with the preview', async () => {
    const heading = app.preview.getByRole('heading', { name: 'Section 11' });
    await app.preview.evaluate((pane, id) => {
      const h = pane.querySelector(`[id="${id}"]`) as HTMLElement;
      pane.scrollTop += h.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    }, 'section-11');
    expect(Math.abs(await offsetIn(heading, app.preview))).toBeLessThan(2);
    await expect
      .poll(async () => Math.abs(await offsetIn(editorLine('## Section 11'), editorScroller())))
      .toBeLessThan(6);
  });

  it('stays in step when an image above loads later and grows the preview', async () => {
    await scrollEditorTo('## Section 9');
    const heading = app.preview.getByRole('heading', { name: 'Section 9' });
    await expect.poll(async () => Math.abs(await offsetIn(heading, app.preview))).toBeLessThan(6);
    const before = await app.preview.evaluate((p) => p.scrollHeight);
    releaseImage();
    await expect.poll(() => app.preview.evaluate((p) => p.scrollHeight)).toBeGreaterThan(before + 1000);
    await expect.poll(async () => Math.abs(await offsetIn(heading, app.preview))).toBeLessThan(6);
  });

  it('lines up a table row by row', async () => {
    await scrollEditorTo('| Knot 7 |');
    const row = app.preview.getByRole('row', { name: /Knot 7/ });
    await expect.poll(async () => Math.abs(await offsetIn(row, app.preview))).toBeLessThan(6);
  });

  it('puts the caret at the source of a clicked preview block', async () => {
    await app.preview.getByText(para(10, 2)).click();
    await expect.poll(() => app.page.locator('.cm-activeLine').first().textContent()).toBe(para(10, 2));
    expect(await app.editor.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('can be switched off, and then each pane scrolls on its own', async () => {
    await app.page.getByRole('checkbox', { name: 'Scroll sync' }).uncheck();
    const previewTop = await app.preview.evaluate((p) => p.scrollTop);
    await scrollEditorTo('## Section 2');
    await app.page.waitForTimeout(300);
    expect(await app.preview.evaluate((p) => p.scrollTop)).toBe(previewTop);
    await app.page.getByRole('checkbox', { name: 'Scroll sync' }).check();
    await scrollEditorTo('## Section 3');
    const heading = app.preview.getByRole('heading', { name: 'Section 3' });
    await expect.poll(async () => Math.abs(await offsetIn(heading, app.preview))).toBeLessThan(6);
  });
});
