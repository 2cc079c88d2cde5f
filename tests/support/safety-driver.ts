/**
 * Verbs for the "nothing is lost" browser tests (crashes, tabs, full storage, history, trash, backups), on top of
 * AppDriver. Everything a person does is found by role and accessible name; killing the renderer goes through
 * the DevTools protocol, as nothing a person does can.
 */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { AppDriver, until } from './app-driver';
import type { ExportedFile } from './app-driver';

/** The app as a person uses it, plus the crash. */
export class SafetyDriver extends AppDriver {
  constructor(page: Page) {
    super(page);
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The banner saying the draft is open in another tab. */
  get elsewhereNotice(): Locator {
    return this.page.getByText(/also open in (another tab|\d+ other tabs)/);
  }

  /** The "storage is full" offer. */
  get storageFull(): Locator {
    return this.page.getByRole('alert', { name: 'Storage is full' });
  }

  /** Kill this page's renderer process (no unload, no pagehide: as if it crashed). */
  async crashRenderer(context: BrowserContext): Promise<void> {
    const crashed = new Promise<void>((resolve) => this.page.once('crash', () => resolve()));
    const cdp = await context.newCDPSession(this.page);
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await this.page.close().catch(() => undefined);
  }

  /** Open History and wait for its list of versions. */
  async openHistory(): Promise<Locator> {
    await this.button('History').click();
    const dialog = this.dialog('History');
    await dialog.waitFor();
    return dialog;
  }

  async openTrash(): Promise<Locator> {
    await this.button('Trash').click();
    const dialog = this.dialog('Trash');
    await dialog.waitFor();
    return dialog;
  }

  async openStorage(): Promise<Locator> {
    await this.button('Storage').click();
    const dialog = this.dialog('Storage and backup');
    await dialog.waitFor();
    return dialog;
  }

  /** Click `button` (inside `scope`) and return the downloaded file. */
  async download(button: Locator): Promise<ExportedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const bytes = await readFile(await download.path());
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /** Titles in the library, in order. */
  async titles(): Promise<string[]> {
    return this.draftList.locator('.draft-item__title').allTextContents();
  }

  /** Wait until the editor text satisfies `check`. */
  async waitText(check: (text: string) => boolean, what: string, timeout = 10_000): Promise<void> {
    await until(async () => check(await this.editorText()), what, timeout);
  }
}
