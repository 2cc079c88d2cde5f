/**
 * Verbs for the workbench's browser tests (commands, outline, problems, scroll sync, themes, export), on top of
 * AppDriver. Everything is found by role and accessible name.
 */
import type { Locator, Page } from 'playwright-core';
import { AppDriver, until } from './app-driver';

/** The workbench, as a person uses it. */
export class WorkbenchDriver extends AppDriver {
  constructor(page: Page) {
    super(page);
  }

  /**
   * Import `content` as a new draft and wait until the editor shows it. The editor is made anew for each draft
   * it opens; the one showing before is marked, so an earlier draft with the same text does not count.
   */
  async load(name: string, content: string, marker: string): Promise<void> {
    await this.page.evaluate(() => {
      const shown = document.querySelector('.cm-content') as (Element & { pwEarlier?: boolean }) | null;
      if (shown) shown.pwEarlier = true;
    });
    await this.importFiles([{ name, content }]);
    await until(
      () =>
        this.page.evaluate((text) => {
          const shown = document.querySelector('.cm-content') as (Element & { pwEarlier?: boolean }) | null;
          return !!shown && !shown.pwEarlier && (shown.textContent ?? '').includes(text);
        }, marker),
      `the editor to show ${name}`,
      10_000,
    );
  }

  get formatting(): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' });
  }
  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }
  get outline(): Locator {
    return this.page.getByRole('navigation', { name: 'Outline' });
  }
  get problems(): Locator {
    return this.page.getByRole('list', { name: 'Problems', exact: true });
  }

  /** Click the editor's line holding `text`, at its end. */
  async caretAtEndOf(text: string): Promise<void> {
    await this.editor.getByText(text, { exact: false }).first().click();
    await this.page.keyboard.press('End');
  }

  /** Select the current line's content with the keyboard (Home, then Shift+End). */
  async selectLine(): Promise<void> {
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('Shift+End');
  }

  /** Open the palette with the keyboard and run the command named `label`. */
  async runFromPalette(query: string, label: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await this.palette.waitFor();
    await this.palette.getByRole('combobox', { name: 'Command' }).fill(query);
    await until(
      async () =>
        (await this.palette.getByRole('option', { selected: true }).textContent())?.includes(label) ?? false,
      `"${label}" to be the chosen command`,
    );
    await this.page.keyboard.press('Enter');
    await this.palette.waitFor({ state: 'detached' });
  }

  /** The editor's main selection, read from CodeMirror's DOM selection (anchor/head as text offsets). */
  async selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
  }
}
