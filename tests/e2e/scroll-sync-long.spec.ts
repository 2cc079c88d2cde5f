import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 4 with issue 8: scroll sync in a post long enough that the preview splits it into containers that skip
// layout while off screen. A block inside a skipped container, measured on its own, is not where it will show
// (the container holds a placeholder size), and a container laid out for the first time moves what is below it:
// neither may throw the panes apart.
const SECTIONS = 500;
const para = (section: number, i: number) =>
  `Paragraph ${i} of section ${section} tells of tides, charts and harbours, long enough to wrap in its pane.`;
const section = (n: number) => `## Section ${n}\n\n${[1, 2, 3].map((i) => para(n, i)).join('\n\n')}\n`;
const LONG = `---
title: "Five hundred sections"
---

${Array.from({ length: SECTIONS }, (_, i) => section(i + 1)).join('\n')}`;

/** Offset of `target`'s top from the top of the scrolling `pane`, in px. */
async function offsetIn(target: Locator, pane: Locator): Promise<number> {
  if ((await target.count()) === 0) return Number.NaN;
  const [t, p] = await Promise.all([target.boundingBox(), pane.boundingBox()]);
  return t && p ? t.y - p.y : Number.NaN;
}

describe('scroll sync in a post split into containers', () => {
  let session: Session;
  let app: WorkbenchDriver;
  const editorScroller = () => app.page.locator('.cm-scroller');
  const editorLine = (text: string) => app.page.locator('.cm-line', { hasText: text }).first();

  beforeAll(async () => {
    session = await launch({ viewport: { width: 1400, height: 800 } });
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('long.md', LONG, 'Five hundred sections');
    await app.page.evaluate(() => {
      const fm = document.querySelector('details.fm-panel') as HTMLDetailsElement | null;
      if (fm) fm.open = false;
    });
    await app.preview.locator('.post-body[aria-busy="false"]').waitFor();
  });
  afterAll(async () => session.close());

  /**
   * Offset of heading `n` from the preview's top, px; NaN while its container skips layout. A heading in a
   * skipped container is not on screen, and its box (laid out on its own) is not where it would show.
   */
  const headingOffset = (n: number): Promise<number> =>
    app.preview.evaluate((pane, id) => {
      const h = pane.querySelector(`[id="${id}"]`) as HTMLElement;
      if (!h.checkVisibility({ contentVisibilityAuto: true })) return Number.NaN;
      return h.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    }, `section-${n}`);

  /** Scroll the preview, as its scroll bar would, until heading `n` shows at its top. */
  async function scrollPreviewTo(n: number): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await app.preview.evaluate((pane, id) => {
        const h = pane.querySelector(`[id="${id}"]`) as HTMLElement;
        // Its container first, when that skips layout: the container's box is where it is.
        const at = h.checkVisibility({ contentVisibilityAuto: true }) ? h : (h.closest('.pw-chunk') ?? h);
        pane.scrollTop += at.getBoundingClientRect().top - pane.getBoundingClientRect().top;
      }, `section-${n}`);
      await app.page.waitForTimeout(100);
      if (Math.abs(await headingOffset(n)) < 2) return;
    }
  }

  /** Scroll the editor, as its scroll bar would, until the line of heading `n` is at its top. */
  async function scrollEditorTo(n: number): Promise<void> {
    // Lines far from the editor's viewport are not in its DOM: jump by the editor's own line geometry first.
    await app.page.evaluate((target) => {
      const scroller = document.querySelector('.cm-scroller') as HTMLElement;
      const lines = [...document.querySelectorAll('.cm-line')];
      const seen = lines.map((l) => /^## Section (\d+)$/.exec(l.textContent ?? '')).find(Boolean);
      const here = seen ? Number(seen[1]) : 1;
      const line = lines.find((l) => (l.textContent ?? '').startsWith('## Section'));
      const perSection = line ? (line as HTMLElement).offsetHeight * 8 : 200;
      scroller.scrollTop += (target - here) * perSection;
    }, n);
    for (let i = 0; i < 40; i++) {
      await app.page.waitForTimeout(80);
      const line = editorLine(`## Section ${n}`);
      if ((await line.count()) === 0 || !(await line.textContent())?.endsWith(` ${n}`)) {
        const shown = await app.page.evaluate(() => {
          const m = [...document.querySelectorAll('.cm-line')]
            .map((l) => /^## Section (\d+)$/.exec(l.textContent ?? ''))
            .find(Boolean);
          return m ? Number(m[1]) : 1;
        });
        await editorScroller().evaluate((el, d) => (el.scrollTop += d), (n - shown) * 150);
        continue;
      }
      const delta = await offsetIn(line, editorScroller());
      if (Math.abs(delta) < 2) return;
      await editorScroller().evaluate((el, d) => (el.scrollTop += d), delta);
    }
  }

  it('moves the editor to the section scrolled to in the preview, far down and back up, and leaves the preview there', async () => {
    for (const n of [120, 330, 60]) {
      await scrollPreviewTo(n);
      await expect
        .poll(async () => Math.abs(await offsetIn(editorLine(`## Section ${n}`), editorScroller())), {
          timeout: 5000,
        })
        .toBeLessThan(6);
      await app.page.waitForTimeout(600);
      expect(Math.abs(await headingOffset(n))).toBeLessThan(6);
      expect(Math.abs(await offsetIn(editorLine(`## Section ${n}`), editorScroller()))).toBeLessThan(6);
    }
  });

  it('moves the preview to the section scrolled to in the editor, far down and back up', async () => {
    for (const n of [380, 45, 250]) {
      await scrollEditorTo(n);
      await expect.poll(async () => Math.abs(await headingOffset(n)), { timeout: 5000 }).toBeLessThan(6);
      await app.page.waitForTimeout(600);
      expect(Math.abs(await offsetIn(editorLine(`## Section ${n}`), editorScroller()))).toBeLessThan(6);
      expect(Math.abs(await headingOffset(n))).toBeLessThan(6);
    }
  });

  it("shows the same section at the top of both panes after a single jump of the editor's scroll bar", async () => {
    // The last heading at or above each pane's top: the section a person sees there.
    const sectionAtTop = () =>
      app.page.evaluate(() => {
        const last = (pane: Element, items: Iterable<Element>, number: (el: Element) => number) => {
          const top = pane.getBoundingClientRect().top + 1;
          let found = 0;
          for (const el of items) {
            if (!el.checkVisibility({ contentVisibilityAuto: true })) continue;
            if (el.getBoundingClientRect().top > top) break;
            found = number(el) || found;
          }
          return found;
        };
        const editor = last(
          document.querySelector('.cm-scroller') as Element,
          document.querySelectorAll('.cm-line'),
          (l) => Number(/^## Section (\d+)$/.exec(l.textContent ?? '')?.[1] ?? 0),
        );
        const preview = last(
          document.querySelector('.preview') as Element,
          document.querySelectorAll('.preview h2'),
          (h) => Number(/^Section (\d+)$/.exec(h.textContent ?? '')?.[1] ?? 0),
        );
        return { editor, preview };
      });
    for (const fraction of [0.9, 0.3, 0.62]) {
      await editorScroller().evaluate(
        (el, f) => (el.scrollTop = f * (el.scrollHeight - el.clientHeight)),
        fraction,
      );
      await expect
        .poll(async () => {
          const { editor, preview } = await sectionAtTop();
          return editor > 0 && editor === preview;
        })
        .toBe(true);
      await app.page.waitForTimeout(600);
      const { editor, preview } = await sectionAtTop();
      expect(preview).toBe(editor);
    }
  });
});
