import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 8, point 4: toolbar, shortcuts, search and replace, list continuation, palette, help.
const POST = `---
title: "Knots for sailors"
---

Reef knot
`;

describe('keyboard and toolbar', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());
  beforeEach(async () => {
    await app.load('knots.md', POST, 'Reef knot');
  });

  it('formats with the usual shortcuts, as one undoable edit each', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.selectLine();
    await app.page.keyboard.press('ControlOrMeta+b');
    await expect.poll(() => app.editorText()).toContain('**Reef knot**');
    await app.page.keyboard.press('ControlOrMeta+i');
    await expect.poll(() => app.editorText()).toContain('***Reef knot***');
    await app.page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => app.editorText()).toContain('\n**Reef knot**');
    await app.page.keyboard.press('ControlOrMeta+Alt+2');
    await expect.poll(() => app.editorText()).toContain('## **Reef knot**');
    await app.page.keyboard.press('ControlOrMeta+Shift+8');
    await expect.poll(() => app.editorText()).toContain('- ## **Reef knot**');
  });

  it('formats from the toolbar buttons, which keep the selection', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.selectLine();
    await app.formatting.getByRole('button', { name: 'Bold' }).click();
    await expect.poll(() => app.editorText()).toContain('**Reef knot**');
    expect(await app.selectedText()).toBe('Reef knot');
    await app.formatting.getByRole('button', { name: 'Link' }).click();
    await expect.poll(() => app.editorText()).toContain('**[Reef knot](url)**');
    expect(await app.selectedText()).toBe('url');
    await app.page.keyboard.type('https://example.org/knots');
    await expect.poll(() => app.editorText()).toContain('**[Reef knot](https://example.org/knots)**');
  });

  it('inserts an image and a quote by shortcut', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('ControlOrMeta+Alt+k');
    await expect.poll(() => app.editorText()).toContain('![alt text](url)');
    expect(await app.selectedText()).toBe('alt text');
    await app.page.keyboard.type('A reef knot');
    await app.page.keyboard.press('ControlOrMeta+Shift+Period');
    await expect.poll(() => app.editorText()).toContain('> ![A reef knot](url)');
  });

  it('continues Markdown lists on Enter', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.page.keyboard.press('Home');
    await app.page.keyboard.type('- ');
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('Bowline');
    await expect.poll(() => app.editorText()).toContain('- Reef knot\n- Bowline');
    // The second Enter on an empty item ends the list; the third leaves a blank line.
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('After the list');
    await expect.poll(() => app.editorText()).toMatch(/- Bowline\n\nAfter the list/);
  });

  it("opens CodeMirror's search and replace", async () => {
    await app.caretAtEndOf('Reef knot');
    await app.page.keyboard.press('ControlOrMeta+f');
    const search = app.page.getByRole('textbox', { name: 'Find' });
    await search.waitFor();
    await search.fill('Reef');
    await app.page.getByRole('textbox', { name: 'Replace' }).fill('Square');
    await app.page.getByRole('button', { name: 'replace all' }).click();
    await expect.poll(() => app.editorText()).toContain('Square knot');
    await app.page.keyboard.press('Escape');
  });

  it('reaches every action from the command palette, and runs it on the editor', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.selectLine();
    await app.runFromPalette('strike', 'Strikethrough');
    await expect.poll(() => app.editorText()).toContain('~~Reef knot~~');
    await app.runFromPalette('numbered', 'Numbered list');
    await expect.poll(() => app.editorText()).toContain('1. ~~Reef knot~~');

    await app.page.keyboard.press('ControlOrMeta+k');
    const options = app.palette.getByRole('option');
    const labels = await options.allTextContents();
    for (const label of [
      'New post',
      'Import Markdown files',
      'Export .md',
      'Export HTML',
      'Copy as HTML',
      'Copy as Markdown',
      'Show or hide preview',
      'Scroll sync',
      'Theme: dark',
      'Keyboard shortcuts',
      'History of this post',
      'Trash',
      'Storage and backup',
      'Find and replace',
      'Heading 6',
    ]) {
      expect(
        labels.some((l) => l.includes(label)),
        label,
      ).toBe(true);
    }
    await app.page.keyboard.press('Escape');
    await app.palette.waitFor({ state: 'detached' });
    // Actions outside the editor too: the palette opens the History of the post.
    await app.runFromPalette('history', 'History of this post');
    const history = app.page.getByRole('dialog', { name: 'History' });
    await expect.poll(() => history.isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
  });

  it('opens the palette from anywhere, and filters as one types', async () => {
    await app.button('New post').focus();
    await app.page.keyboard.press('ControlOrMeta+k');
    const input = app.palette.getByRole('combobox', { name: 'Command' });
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('hide prev');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => app.preview.count()).toBe(0);
    await app.runFromPalette('show prev', 'Show or hide preview');
    await expect.poll(() => app.preview.count()).toBe(1);
  });

  it('lists the shortcuts in a help view, in this platform’s notation', async () => {
    await app.page.keyboard.press('ControlOrMeta+/');
    const help = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const mac = await app.page.evaluate(() => /Mac/.test(navigator.platform));
    const row = help.getByRole('row', { name: /^Bold/ });
    expect(await row.textContent()).toContain(mac ? '⌘B' : 'Ctrl+B');
    expect(await help.getByRole('row', { name: /Heading 2/ }).textContent()).toContain(
      mac ? '⌥⌘2' : 'Ctrl+Alt+2',
    );
    expect(await help.getByRole('row', { name: /Command palette/ }).count()).toBe(1);
    // While a modal dialog is open, the app's shortcuts stay out of its way: no palette over it.
    await app.page.keyboard.press('ControlOrMeta+k');
    await app.page.waitForTimeout(300); // the palette opens within a frame or two when it does
    expect(await app.palette.count()).toBe(0);
    expect(await help.isVisible()).toBe(true);
    await app.page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });
});

describe('shortcuts on macOS', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await session.context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'platform', { get: () => 'MacIntel' });
    });
    await app.open();
    await app.load('knots.md', POST, 'Reef knot');
  });
  afterAll(async () => session.close());

  it('uses Cmd, not Ctrl, and says so', async () => {
    await app.caretAtEndOf('Reef knot');
    await app.selectLine();
    await app.page.keyboard.press('Control+b');
    await app.page.waitForTimeout(200);
    expect(await app.editorText()).not.toContain('**');
    await app.caretAtEndOf('Reef knot');
    await app.selectLine();
    await app.page.keyboard.press('Meta+b');
    await expect.poll(() => app.editorText()).toContain('**Reef knot**');
    expect(await app.formatting.getByRole('button', { name: 'Bold' }).getAttribute('aria-keyshortcuts')).toBe(
      'Meta+B',
    );
  });
});
