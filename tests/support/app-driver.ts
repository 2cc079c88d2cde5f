/**
 * What a person does in Postwright, as verbs over a Playwright page. Everything is found by role and accessible
 * name, as a person (or a screen reader) finds it.
 */
import type { Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';

export interface FileToImport {
  name: string;
  /** Text (UTF-8) or raw bytes. */
  content: string | Uint8Array;
  mimeType?: string;
}

export interface ExportedFile {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Verbs over the app's UI. */
export class AppDriver {
  constructor(readonly page: Page) {}

  /** Open the app and wait until it has loaded the drafts (and opened the last one, if any). */
  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.waitLoaded();
  }

  /** Wait until start-up finished: the library is loaded and the last draft (if any) is open. */
  async waitLoaded(): Promise<void> {
    await this.button('New post').waitFor();
    await this.page.getByText('Opening your drafts…').waitFor({ state: 'detached', timeout: 15_000 });
  }

  get editor(): Locator {
    return this.page.getByRole('textbox', { name: 'Post source' });
  }
  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Preview' });
  }
  get draftList(): Locator {
    return this.page.getByRole('list', { name: 'Drafts' });
  }
  get draftItems(): Locator {
    return this.draftList.getByRole('listitem');
  }
  /**
   * How many drafts the list holds. The list is virtualised (only rows near the view are in the DOM), so this
   * reads the size every row announces (`aria-setsize`) rather than counting rows.
   */
  async draftCount(): Promise<number> {
    const first = this.draftItems.first();
    if ((await this.draftItems.count()) === 0) return 0;
    return Number(await first.getAttribute('aria-setsize'));
  }
  get status(): Locator {
    return this.page.getByRole('status');
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }
  /** A form control (input, textarea, select) by its label; buttons named alike are not fields. */
  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true }).and(this.page.locator('input, textarea, select'));
  }

  async newPost(): Promise<void> {
    const before = await this.draftCount();
    await this.button('New post').click();
    await until(async () => (await this.draftCount()) === before + 1, 'a new draft in the list');
    // The editor's code loads on demand: the first new post can be listed a moment before it shows.
    await until(async () => (await this.editorText()).length > 0, 'the new draft in the editor');
  }

  /** The editor's whole text as shown (fine for posts short enough to be fully laid out). */
  async editorText(): Promise<string> {
    return this.page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('.cm-content .cm-line'));
      return lines.map((l) => l.textContent ?? '').join('\n');
    });
  }

  /** Put the caret at the end of the document and type. */
  async typeAtEnd(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** Wait until the status says the draft is saved. */
  async waitSaved(): Promise<void> {
    await until(
      async () => /^Saved/.test((await this.status.textContent()) ?? ''),
      'the status to say Saved',
      10_000,
    );
  }

  /** Choose files in the "Import" file input. */
  async importFiles(files: FileToImport[]): Promise<void> {
    await this.page.getByLabel('Import', { exact: true }).setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: f.mimeType ?? 'text/markdown',
        buffer: Buffer.from(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content),
      })),
    );
  }

  /** Click "Export .md" (answering "Export as a draft" if asked) and return the downloaded file. */
  async exportMarkdown(): Promise<ExportedFile> {
    const downloading = this.page.waitForEvent('download');
    await this.button('Export .md').click();
    // A post marked `draft: true` is asked about first; export it as it is (its bytes unchanged).
    const question = this.page.getByRole('dialog', { name: 'This post is a draft' });
    const asked = await Promise.race([
      downloading.then(() => false),
      question.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      ),
    ]);
    if (asked) await question.getByRole('button', { name: 'Export as a draft' }).click();
    const download = await downloading;
    const path = await download.path();
    const bytes = await readFile(path);
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}

/** Read a fixture post from tests/fixtures/posts. */
export async function fixturePost(name: string): Promise<string> {
  return readFile(new URL(`../fixtures/posts/${name}`, import.meta.url), 'utf8');
}

/** Poll `check` until it is true (usable in hooks too, unlike expect.poll); fail naming `what` on timeout. */
export async function until(check: () => Promise<boolean>, what: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
