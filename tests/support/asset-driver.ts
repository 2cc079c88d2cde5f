/**
 * Verbs for the image, bundle and site-folder tests: paste or drop files into the editor (Playwright cannot
 * reach the OS clipboard or drag from the desktop, so the events the browser would deliver are synthesized
 * with a DataTransfer holding File objects), read downloads, and lay out or read files in the Origin Private
 * File System, which stands in for the site folder the picker would return.
 */
import type { Locator, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';

/** A file handed to the page. */
export interface PageFile {
  name: string;
  bytes: Uint8Array | string;
  type: string;
}

const plain = (files: PageFile[]) =>
  files.map((f) => ({
    name: f.name,
    type: f.type,
    bytes: typeof f.bytes === 'string' ? [...Buffer.from(f.bytes, 'utf8')] : [...f.bytes],
  }));

/** Paste `files` into the editor (a paste event with a DataTransfer, as a screenshot paste delivers). */
export async function pasteFiles(page: Page, files: PageFile[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const target = document.querySelector('.cm-content');
    if (!target) throw new Error('no editor');
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, plain(files));
}

/** Drop `files` onto `selector` (dragenter, dragover, drop with one DataTransfer). */
export async function dropFiles(page: Page, selector: string, files: PageFile[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, plain(files));
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Click `button` and return the download's name and bytes. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [event] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: event.suggestedFilename(), bytes: await readFile(await event.path()) };
}

/** Whether an image at `url` loads in the page (false once its object URL was revoked). */
export async function imageLoads(page: Page, url: string): Promise<boolean> {
  return page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const img = new Image();
        img.onload = () => resolve(true);
        img.onerror = () => resolve(false);
        img.src = src;
      }),
    url,
  );
}

/** Write `files` (path to bytes or text) under the OPFS folder `root`, replacing what is there. */
export async function writeOpfs(
  page: Page,
  root: string,
  files: Record<string, Uint8Array | string>,
): Promise<void> {
  const list = Object.entries(files).map(([path, data]) => ({
    path,
    bytes: typeof data === 'string' ? [...Buffer.from(data, 'utf8')] : [...data],
  }));
  await page.evaluate(
    async ({ root: name, list: entries }) => {
      const opfs = await navigator.storage.getDirectory();
      let base = await opfs.getDirectoryHandle(name, { create: true });
      for (const entry of entries) {
        const parts = entry.path.split('/');
        const file = parts.pop()!;
        let dir = base;
        for (const part of parts) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(file, { create: true })).createWritable();
        await writable.write(new Uint8Array(entry.bytes));
        await writable.close();
      }
      base = await opfs.getDirectoryHandle(name);
    },
    { root, list },
  );
}

/** Every file under the OPFS folder `root`: path to bytes and last-modified time. */
export async function readOpfs(
  page: Page,
  root: string,
): Promise<Map<string, { bytes: Buffer; modified: number }>> {
  const entries = await page.evaluate(async (name) => {
    const out: { path: string; bytes: number[]; modified: number }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entryName, handle] of (
        dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        const path = prefix ? `${prefix}/${entryName}` : entryName;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, path);
        else {
          // A file written while it is read fails with NotReadableError: read it again.
          for (let attempt = 0; ; attempt += 1) {
            try {
              const file = await (handle as FileSystemFileHandle).getFile();
              out.push({
                path,
                bytes: [...new Uint8Array(await file.arrayBuffer())],
                modified: file.lastModified,
              });
              break;
            } catch (error) {
              // Gone between listing and reading (a browser's temporary file while something is written).
              if ((error as Error).name === 'NotFoundError') break;
              if (attempt >= 20 || (error as Error).name !== 'NotReadableError') throw error;
              await new Promise((resolve) => setTimeout(resolve, 50));
            }
          }
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
    return out;
  }, root);
  return new Map(entries.map((e) => [e.path, { bytes: Buffer.from(e.bytes), modified: e.modified }]));
}

/** An init script making the site-folder picker return the OPFS folder `root` (the app's test hook). */
export function opfsPickerScript(root: string): string {
  return `window.__postwrightPickDirectory = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle(${JSON.stringify(root)}, { create: true });`;
}
