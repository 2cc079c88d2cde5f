import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { dropFiles, imageLoads, pasteFiles } from '../support/asset-driver';
import { gifBytes, hostileSvg, pngBytes } from '../support/images';

// Issue 6, point 1: images in a draft (paste, drop, pick; stored; shown; listed; renamed; deleted; refused).
describe('images in a draft', () => {
  let session: Session;
  let app: AppDriver;
  const page = () => session.page;
  const images = () => page().getByRole('list', { name: 'Images' });
  const previewImage = (alt: string) => app.preview.getByRole('img', { name: alt, exact: true });
  const imageProblems = () => page().getByRole('list', { name: /^Image problems/ });

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'harbour.md', content: '---\ntitle: Harbour lights\n---\n\nStart. ' }]);
    await until(async () => (await app.field('Title').inputValue()) === 'Harbour lights', 'the draft');
  });
  afterAll(async () => session.close());

  it('pastes an image: stored, inserted at the caret as a slug-safe relative path, shown in the preview', async () => {
    await app.editor.click();
    await page().keyboard.press('ControlOrMeta+End');
    await pasteFiles(page(), [
      { name: 'Lamp Post.PNG', bytes: pngBytes(12, 8, [200, 40, 40]), type: 'image/png' },
    ]);
    await expect.poll(() => app.editorText()).toContain('Start. ![lamp post](lamp-post.png)');
    const img = previewImage('lamp post');
    await expect.poll(() => img.getAttribute('src')).toMatch(/^blob:/);
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(12);
    await expect
      .poll(() => images().getByRole('listitem').allTextContents())
      .toEqual([expect.stringMatching(/lamp-post\.png.*B.*Used/)]);
  });

  it('takes images dropped on the editor and chosen with "Add image"', async () => {
    await dropFiles(page(), '.cm-content', [{ name: 'buoy.gif', bytes: gifBytes(), type: 'image/gif' }]);
    await expect.poll(() => app.editorText()).toContain('![buoy](buoy.gif)');
    await page()
      .getByLabel('Add image', { exact: true })
      .setInputFiles({ name: 'rope coil.png', mimeType: 'image/png', buffer: pngBytes(4, 4, [0, 0, 200]) });
    await expect.poll(() => app.editorText()).toContain('![rope coil](rope-coil.png)');
    await expect
      .poll(() => previewImage('buoy').evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBe(1);
    await expect.poll(() => images().getByRole('listitem').count()).toBe(3);
  });

  it('refuses files that are not images and images over 20 MB, with a message', async () => {
    const before = await app.editorText();
    await page()
      .getByLabel('Add image', { exact: true })
      .setInputFiles([
        { name: 'minutes.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 not an image') },
        {
          name: 'panorama.png',
          mimeType: 'image/png',
          buffer: Buffer.concat([pngBytes(1, 1, [0, 0, 0]), Buffer.alloc(20 * 1024 * 1024)]),
        },
      ]);
    const alerts = page().getByRole('alert');
    await expect
      .poll(() => alerts.allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/minutes\.png.*not an image/),
          expect.stringMatching(/panorama\.png.*too large/),
        ]),
      );
    expect(await images().getByRole('listitem').count()).toBe(3);
    expect(await app.editorText()).toBe(before);
  });

  it('shows SVG only as an image: its script never runs and it is never inlined', async () => {
    await pasteFiles(page(), [{ name: 'chart.svg', bytes: hostileSvg(), type: 'image/svg+xml' }]);
    await expect.poll(() => previewImage('chart').getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => previewImage('chart').evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBe(20);
    expect(await page().evaluate(() => (window as { __svgRan?: number }).__svgRan)).toBeUndefined();
    expect(await app.preview.locator('svg rect[fill="teal"]').count()).toBe(0);
  });

  it('flags references the draft cannot resolve, in the preview and in the problems list', async () => {
    await app.typeAtEnd('\n\n![old photo](archive/old-photo.jpg)\n');
    await expect
      .poll(() => app.preview.getByRole('img', { name: 'Missing image: archive/old-photo.jpg' }).count())
      .toBe(1);
    await expect
      .poll(() => imageProblems().getByRole('button').allTextContents())
      .toEqual([expect.stringMatching(/^Line \d+ Image “archive\/old-photo\.jpg” is not in this draft/)]);
  });

  it('renames an image and rewrites its references, keeping the preview', async () => {
    await page().getByRole('button', { name: 'Rename lamp-post.png' }).click();
    const name = page().getByLabel('New name for lamp-post.png');
    await name.fill('Harbour Lamp.png');
    await name.press('Enter');
    await expect.poll(() => app.editorText()).toContain('![lamp post](harbour-lamp.png)');
    expect(await app.editorText()).not.toContain('lamp-post.png');
    await expect
      .poll(() => previewImage('lamp post').evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBe(12);
    // One undo takes the rename's text change back (the file keeps its new name, so the reference dangles).
    await app.editor.click();
    await page().keyboard.press('ControlOrMeta+z');
    await expect.poll(() => app.editorText()).toContain('![lamp post](lamp-post.png)');
    await page().keyboard.press('Control+y');
    await expect.poll(() => app.editorText()).toContain('![lamp post](harbour-lamp.png)');
  });

  it('revokes an image’s object URL once nothing shows it any more', async () => {
    const src = (await previewImage('buoy').getAttribute('src')) ?? '';
    expect(await imageLoads(page(), src)).toBe(true);
    const text = await app.editorText();
    await app.editor.click();
    await page().keyboard.press('ControlOrMeta+a');
    await page().keyboard.insertText(text.replace('![buoy](buoy.gif)', ''));
    await expect.poll(() => previewImage('buoy').count()).toBe(0);
    const item = images().getByRole('listitem').filter({ hasText: 'buoy.gif' });
    await expect.poll(() => item.textContent()).toMatch(/Unused/);
    // The panel's thumbnail still shows it: the URL lives on until the image is deleted.
    expect(await imageLoads(page(), src)).toBe(true);
    await page().getByRole('button', { name: 'Delete buoy.gif' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => imageLoads(page(), src), { timeout: 10_000 }).toBe(false);
  });

  it('lets the front matter image field pick one of the draft’s images for the cover', async () => {
    await app.editor.click();
    await page().keyboard.press('ControlOrMeta+Home');
    await page().keyboard.press('ArrowDown');
    await page().keyboard.press('End');
    await page().keyboard.insertText('\nimage: ""');
    await page().getByLabel('Choose image for Image').selectOption('rope-coil.png');
    await expect
      .poll(() => app.editorText())
      .toMatch(/^---\ntitle: Harbour lights\nimage: "rope-coil\.png"\n---/);
    const cover = app.preview.getByRole('img', { name: 'Cover image for Harbour lights' });
    await expect.poll(() => cover.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(4);
  });

  it('deletes an image: its references become problems', async () => {
    await page().getByRole('button', { name: 'Delete rope-coil.png' }).click();
    await expect
      .poll(() => images().getByRole('listitem').filter({ hasText: 'rope-coil.png' }).count())
      .toBe(0);
    await expect
      .poll(() => imageProblems().getByRole('button').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/Front matter “image” “rope-coil\.png”/)]));
    await expect
      .poll(() => app.preview.getByRole('img', { name: 'Missing image: rope-coil.png' }).count())
      .toBe(2);
  });

  it('keeps the images after a reload (IndexedDB)', async () => {
    await app.waitSaved();
    await page().reload();
    await app.waitLoaded();
    await expect.poll(() => images().getByRole('listitem').count()).toBe(2);
    await expect
      .poll(() => previewImage('lamp post').evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBe(12);
  });
});
