import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Session } from '../support/browser';
import { AppDriver } from '../support/app-driver';
import { download } from '../support/asset-driver';
import { pngBytes } from '../support/images';

// Issue 6, point 4: without the File System Access API (Firefox, Safari), "Save to site" gives a zip laid out
// with the site's paths, and the UI says why. The API is hidden before the app loads.
describe('saving to the site without the File System Access API', () => {
  let session: Session;
  let app: AppDriver;
  let siteRoot = '';
  const page = () => session.page;

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await session.context.addInitScript(`
      delete Window.prototype.showDirectoryPicker;
      delete window.showDirectoryPicker;
    `);
    await app.open();
    siteRoot = mkdtempSync(join(tmpdir(), 'postwright-site-'));
    const site = join(siteRoot, 'quayside');
    mkdirSync(join(site, 'content', 'posts', 'net-mending'), { recursive: true });
    writeFileSync(join(site, 'hugo.yaml'), 'title: Quayside\n');
    writeFileSync(
      join(site, 'content', 'posts', 'net-mending', 'index.md'),
      '---\ntitle: Net mending\n---\n![knots](knots.png)\n',
    );
    writeFileSync(join(site, 'content', 'posts', 'net-mending', 'knots.png'), pngBytes(3, 3, [9, 9, 9]));
  });
  afterAll(async () => {
    await session.close();
    rmSync(siteRoot, { recursive: true, force: true });
  });

  it('says why, and downloads content/posts/<slug>/index.md with its images instead', async () => {
    const note = page().getByRole('note');
    await expect.poll(() => note.textContent()).toMatch(/cannot write into folders.*File System Access API/);
    await app.importFiles([{ name: 'sails.md', content: '---\ntitle: Mending Sails\n---\n\nNeedles. ' }]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Mending Sails');
    await page()
      .getByLabel('Add image', { exact: true })
      .setInputFiles({ name: 'needle.png', mimeType: 'image/png', buffer: pngBytes(5, 5, [1, 2, 3]) });
    // The caret of a freshly imported post is in its front matter: the image goes to the start of the body.
    await expect
      .poll(() => app.editorText())
      .toBe('---\ntitle: Mending Sails\n---\n![needle](needle.png)\nNeedles. ');
    const saved = await download(page(), app.button('Save to site'));
    expect(saved.name).toBe('mending-sails-site.zip');
    const files = unzipSync(new Uint8Array(saved.bytes));
    expect(Object.keys(files)).toEqual([
      'content/posts/mending-sails/index.md',
      'content/posts/mending-sails/needle.png',
    ]);
    expect(Buffer.from(files['content/posts/mending-sails/index.md'] ?? []).toString('utf8')).toBe(
      await app.editorText(),
    );
    expect(
      Buffer.from(files['content/posts/mending-sails/needle.png'] ?? []).equals(pngBytes(5, 5, [1, 2, 3])),
    ).toBe(true);
    await expect
      .poll(() => page().locator('.toast').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/cannot write into folders.*downloads a zip/)]));
  });

  it('opens a site folder read-only and saves its post to a zip at the post’s own path', async () => {
    await page().getByLabel('Open site folder', { exact: true }).setInputFiles(join(siteRoot, 'quayside'));
    await page().getByRole('button', { name: 'Open posts/net-mending/index.md' }).click();
    await expect.poll(() => app.field('Title').inputValue()).toBe('Net mending');
    await expect
      .poll(() =>
        app.preview
          .getByRole('img', { name: 'knots' })
          .evaluate((el) => (el as HTMLImageElement).naturalWidth),
      )
      .toBe(3);
    await app.typeAtEnd('Done by noon.\n');
    const saved = await download(page(), app.button('Save to site'));
    const files = unzipSync(new Uint8Array(saved.bytes));
    expect(Object.keys(files)).toEqual([
      'content/posts/net-mending/index.md',
      'content/posts/net-mending/knots.png',
    ]);
    expect(Buffer.from(files['content/posts/net-mending/index.md'] ?? []).toString('utf8')).toBe(
      await app.editorText(),
    );
  });
});
