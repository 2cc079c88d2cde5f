import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';
import { seriousViolations } from '../support/axe';

// Issue 8, point 7: keyboard reachable with visible focus, landmarks and names, axe finds nothing serious.
const POST = `---
title: "Accessible post"
description: "Checked with axe."
draft: true
tags: ["a11y"]
---

## First part

Some text with a [link](https://example.org) and ![](missing.png).

<!--more-->

{{< youtube id="dQw4w9WgXcQ" title="A talk" >}}

- a list
- of items

| A | B |
| - | - |
| 1 | 2 |
`;

describe('accessibility', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('has no serious or critical axe violations on the empty start screen', async () => {
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('has none with a post open, in light and in dark (the editor’s Hugo colours included)', async () => {
    await app.load('a11y.md', POST, 'Accessible post');
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('has none in the command palette, the keyboard help, the appearance dialog and the draft question', async () => {
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.palette.waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.keyboard.press('ControlOrMeta+/');
    await app.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.button('Appearance').click();
    await app.page.getByRole('dialog', { name: 'Appearance' }).waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.button('Export HTML').click();
    const question = app.page.getByRole('dialog', { name: 'This post is a draft' });
    await question.waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await question.getByRole('button', { name: 'Cancel' }).click();
  });

  it('names its landmarks', async () => {
    const page = app.page;
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main', { name: 'Editor' }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: 'Library' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Preview' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Outline' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: /Problems/ }).count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    expect(await app.formatting.count()).toBe(1);
  });

  it('reaches every kind of control with Tab, each with a visible focus, and never traps focus in the editor', async () => {
    await app.page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 120; i++) {
      await app.page.keyboard.press('Tab');
      const focused = await app.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // The editor shows focus on its frame.
        const style = getComputedStyle(el.closest('.cm-editor') ?? el);
        const visible =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const name =
          el.getAttribute('aria-label') ||
          (el.closest('label')?.textContent ?? '') ||
          el.textContent ||
          el.getAttribute('role') ||
          el.tagName;
        return { name: name.trim().slice(0, 40), visible, editor: el.classList.contains('cm-content') };
      });
      if (!focused) continue;
      seen.push(focused.name);
      if (!focused.visible) invisible.push(focused.name);
      // CodeMirror keeps Tab for indenting; Escape then Tab moves on (its documented way out).
      if (focused.editor) await app.page.keyboard.press('Escape');
    }
    for (const name of [
      'New post',
      'Export HTML',
      'Commands',
      'Bold',
      'Heading 2',
      'Post source',
      'Resize editor and preview',
      'First part',
      'Filter drafts',
    ]) {
      expect(
        seen.some((s) => s.includes(name)),
        `${name} reached by Tab`,
      ).toBe(true);
    }
    expect(
      seen.some((s) => /alt text/.test(s)),
      'a problem reached by Tab',
    ).toBe(true);
    expect([...new Set(invisible)]).toEqual([]);
  });

  it('runs commands from the palette without a mouse', async () => {
    await app.outline.getByRole('button', { name: 'First part' }).focus();
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.page.keyboard.type('keyboard shortcuts');
    await app.page.keyboard.press('Enter');
    const help = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await app.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    // Focus goes back where it was.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('First part');
  });
});
