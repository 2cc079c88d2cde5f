import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { download } from '../support/asset-driver';
import { gifBytes, pngBytes } from '../support/images';

// Issue 6, point 2: page bundles out (zip, byte-identical) and in (zip through Import, or a folder).
const POST = [
  '---',
  'title: Lantern Festival on the Quay',
  'date: 2025-02-12T19:30:00+01:00',
  'image: images/banner/lanterns.png',
  '---',
  '',
  'The quay filled up after dusk. ![Paper boats](boats.gif)',
  '',
  '{{< figure src="crowd.png" caption="The crowd by the water" >}}',
  '',
].join('\r\n');
const FILES: Record<string, Uint8Array> = {
  'lantern-festival/index.md': Buffer.from(POST, 'utf8'),
  'lantern-festival/images/banner/lanterns.png': pngBytes(30, 10, [240, 180, 20]),
  'lantern-festival/boats.gif': gifBytes(),
  'lantern-festival/crowd.png': pngBytes(8, 8, [20, 20, 90]),
};

describe('page bundles', () => {
  let session: Session;
  let app: AppDriver;
  const page = () => session.page;
  const folders: string[] = [];

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
  });
  afterAll(async () => {
    await session.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it('imports a zip into one draft with its images, and exports it back byte for byte', async () => {
    const zip = zipSync({ ...FILES, 'lantern-festival/notes.pdf': Buffer.from('%PDF-1.4') });
    await page()
      .getByLabel('Import', { exact: true })
      .setInputFiles({ name: 'lantern-festival.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect.poll(() => app.field('Title').inputValue()).toBe('Lantern Festival on the Quay');
    await expect
      .poll(() => page().getByRole('list', { name: 'Images' }).getByRole('listitem').count())
      .toBe(3);
    await expect.poll(() => page().getByRole('alert').allTextContents()).toEqual([]);
    await expect
      .poll(() =>
        app.preview
          .getByRole('img', { name: 'Cover image for Lantern Festival on the Quay' })
          .evaluate((el) => (el as HTMLImageElement).naturalWidth),
      )
      .toBe(30);
    await expect
      .poll(() => app.preview.getByRole('img', { name: 'The crowd by the water' }).getAttribute('src'))
      .toMatch(/^blob:/);

    const exported = await download(page(), app.button('Export bundle'));
    expect(exported.name).toBe('lantern-festival-on-the-quay.zip');
    const files = unzipSync(new Uint8Array(exported.bytes));
    expect(Object.keys(files).sort()).toEqual([
      'lantern-festival-on-the-quay/boats.gif',
      'lantern-festival-on-the-quay/crowd.png',
      'lantern-festival-on-the-quay/images/banner/lanterns.png',
      'lantern-festival-on-the-quay/index.md',
    ]);
    for (const [path, bytes] of Object.entries(FILES)) {
      const out = files[path.replace('lantern-festival/', 'lantern-festival-on-the-quay/')];
      expect(Buffer.from(out ?? []).equals(Buffer.from(bytes)), path).toBe(true);
    }
  });

  it('imports a page bundle folder through "Import folder"', async () => {
    const root = mkdtempSync(join(tmpdir(), 'postwright-bundle-'));
    folders.push(root);
    const bundle = join(root, 'tide-pools');
    mkdirSync(join(bundle, 'shots'), { recursive: true });
    writeFileSync(join(bundle, 'index.md'), '---\ntitle: Tide pools\n---\n![Anemone](shots/anemone.png)\n');
    writeFileSync(join(bundle, 'shots', 'anemone.png'), pngBytes(6, 6, [200, 0, 120]));
    const before = await app.draftItems.count();
    await page().getByLabel('Import folder', { exact: true }).setInputFiles(bundle);
    await until(async () => (await app.draftItems.count()) === before + 1, 'the imported folder');
    await expect.poll(() => app.field('Title').inputValue()).toBe('Tide pools');
    await expect
      .poll(() =>
        app.preview
          .getByRole('img', { name: 'Anemone' })
          .evaluate((el) => (el as HTMLImageElement).naturalWidth),
      )
      .toBe(6);
  });

  it('says what is wrong with a zip that holds no post', async () => {
    const zip = zipSync({ 'pictures/a.png': pngBytes(1, 1, [0, 0, 0]) });
    await page()
      .getByLabel('Import', { exact: true })
      .setInputFiles({ name: 'pictures.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect
      .poll(() => page().getByRole('alert').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/pictures\.zip.*no Markdown post/)]));
  });
});
