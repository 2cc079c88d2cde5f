import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { opfsPickerScript, pasteFiles, readOpfs, writeOpfs } from '../support/asset-driver';
import { pngBytes } from '../support/images';

// Issue 6, point 3: the site folder, driven through the UI over a Hugo site laid out in the Origin Private
// File System (the app's picker test hook returns that folder where showDirectoryPicker would ask).
const SITE = 'tidal-notes';
const ROPE =
  '---\ntitle: Rope Walk\ndate: 2025-03-02T10:00:00+01:00\n---\n\nCoiled on the quay: ![coil](coil.png)\n';
const COIL = pngBytes(16, 9, [120, 80, 40]);
const LAYOUT: Record<string, Uint8Array | string> = {
  'hugo.toml': 'baseURL = "https://example.org/"\ntitle = "Tidal Notes"\n',
  'archetypes/posts.md':
    '---\ntitle: "{{ replace .File.ContentBaseName "-" " " | title }}"\ndate: {{ .Date }}\ndraft: true\nsection: {{ .Section }}\n---\n\nWrite about {{ .Name }} here.\n',
  'content/_index.md': '---\ntitle: Home\n---\n',
  'content/posts/_index.md': '---\ntitle: Posts\n---\n',
  'content/posts/rope-walk/index.md': ROPE,
  'content/posts/rope-walk/coil.png': COIL,
  'content/posts/rope-walk/route.gpx': '<gpx>kept as it is</gpx>',
  'content/posts/first-light.md': '---\ntitle: First light\n---\nShort one.\n',
  'static/favicon.ico': 'icon',
};

describe('the site folder', () => {
  let session: Session;
  let app: AppDriver;
  const page = () => session.page;
  const sitePosts = () => page().getByRole('list', { name: 'Site posts' });
  const toast = (pattern: RegExp) =>
    expect
      .poll(() => page().locator('.toast').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(pattern)]));
  const files = () => readOpfs(page(), SITE);
  const text = async (path: string) => (await files()).get(path)?.bytes.toString('utf8');

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await session.context.addInitScript(opfsPickerScript(SITE));
    await app.open();
    await writeOpfs(page(), SITE, LAYOUT);
  });
  afterAll(async () => session.close());

  it('opens the folder, recognises the Hugo site and lists leaf, branch and single posts', async () => {
    await app.button('Open site folder').click();
    await expect
      .poll(() =>
        page()
          .getByRole('heading', { name: `Site: ${SITE}` })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        sitePosts()
          .getByRole('button')
          .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label'))),
      )
      .toEqual([
        'Open _index.md',
        'Open posts/_index.md',
        'Open posts/first-light.md',
        'Open posts/rope-walk/index.md',
      ]);
  });

  it('opens a leaf bundle as a draft with its images, and saves only what changed', async () => {
    const before = await files();
    await page().getByRole('button', { name: 'Open posts/rope-walk/index.md' }).click();
    await expect.poll(() => app.field('Title').inputValue()).toBe('Rope Walk');
    await expect
      .poll(() =>
        app.preview
          .getByRole('img', { name: 'coil' })
          .evaluate((el) => (el as HTMLImageElement).naturalWidth),
      )
      .toBe(16);
    await app.typeAtEnd('\nThe tide came in at noon.\n');
    await app.button('Save to site').click();
    await toast(/Saved to site: wrote content\/posts\/rope-walk\/index\.md\./);
    const after = await files();
    expect(after.get('content/posts/rope-walk/index.md')?.bytes.toString('utf8')).toBe(
      await app.editorText(),
    );
    for (const [path, file] of before) {
      if (path === 'content/posts/rope-walk/index.md') continue;
      expect(after.get(path)?.bytes.equals(file.bytes), path).toBe(true);
      expect(after.get(path)?.modified, path).toBe(file.modified);
    }
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('writes a new image beside the post, byte for byte', async () => {
    const net = pngBytes(10, 10, [0, 90, 160]);
    await app.editor.click();
    await page().keyboard.press('ControlOrMeta+End');
    await pasteFiles(page(), [{ name: 'Fishing Net.png', bytes: net, type: 'image/png' }]);
    await expect.poll(() => app.editorText()).toContain('![fishing net](fishing-net.png)');
    await app.button('Save to site').click();
    await toast(/wrote content\/posts\/rope-walk\/index\.md, content\/posts\/rope-walk\/fishing-net\.png/);
    const after = await files();
    expect(after.get('content/posts/rope-walk/fishing-net.png')?.bytes.equals(net)).toBe(true);
    expect(after.get('content/posts/rope-walk/coil.png')?.bytes.equals(Buffer.from(COIL))).toBe(true);
  });

  it('shows both versions when the file changed on disk, and writes only when told', async () => {
    const disk = '---\ntitle: Rope Walk\n---\n\nRewritten in another editor.\n';
    await writeOpfs(page(), SITE, { 'content/posts/rope-walk/index.md': disk });
    await app.typeAtEnd('Mine too.\n');
    await app.button('Save to site').click();
    const dialog = page().getByRole('dialog', { name: 'The file changed on disk' });
    await dialog.waitFor();
    expect(await dialog.getByRole('region', { name: 'On disk' }).textContent()).toContain(
      'Rewritten in another editor.',
    );
    expect(await dialog.getByRole('region', { name: 'In Postwright' }).textContent()).toContain('Mine too.');
    expect(await text('content/posts/rope-walk/index.md')).toBe(disk);
    await dialog.getByRole('button', { name: 'Overwrite with my version' }).click();
    await toast(/Saved to site: wrote content\/posts\/rope-walk\/index\.md/);
    // The toast of the save before may still be up: wait for the file itself.
    const mine = await app.editorText();
    await expect.poll(() => text('content/posts/rope-walk/index.md')).toBe(mine);
  });

  it('creates a new post from the site archetype where the person chooses', async () => {
    await app.button('New post in site').click();
    const dialog = page().getByRole('dialog', { name: 'New post in site' });
    await dialog.getByLabel('Name').fill('low-tide-at-the-harbour');
    await dialog.getByRole('button', { name: 'Create post' }).click();
    await expect.poll(() => app.field('Title').inputValue()).toBe('Low Tide at the Harbour');
    const created = await app.editorText();
    expect(created).toMatch(
      /^---\ntitle: "Low Tide at the Harbour"\ndate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)\ndraft: true\nsection: posts\n---\n\nWrite about low-tide-at-the-harbour here\.\n$/,
    );
    await app.button('Save to site').click();
    await toast(/wrote content\/posts\/low-tide-at-the-harbour\/index\.md/);
    expect(await text('content/posts/low-tide-at-the-harbour/index.md')).toBe(created);
    await expect
      .poll(() =>
        sitePosts().getByRole('button', { name: 'Open posts/low-tide-at-the-harbour/index.md' }).count(),
      )
      .toBe(1);
  });

  it('asks where a local draft goes and saves it as a single file', async () => {
    await app.importFiles([{ name: 'note.md', content: '---\ntitle: Gull Notes\n---\nLoud.\n' }]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Gull Notes');
    await app.button('Save to site').click();
    const dialog = page().getByRole('dialog', { name: 'Save to site' });
    expect(await dialog.getByLabel('Name').inputValue()).toBe('gull-notes');
    await dialog.getByLabel('Section').fill('notes');
    await dialog.getByRole('radio', { name: 'Single file' }).check();
    await dialog.getByRole('button', { name: 'Save to site' }).click();
    await toast(/wrote content\/notes\/gull-notes\.md/);
    expect(await text('content/notes/gull-notes.md')).toBe('---\ntitle: Gull Notes\n---\nLoud.\n');
  });

  it('remembers the folder after a reload', async () => {
    await page().reload();
    await app.waitLoaded();
    await expect
      .poll(() =>
        page()
          .getByRole('heading', { name: `Site: ${SITE}` })
          .count(),
      )
      .toBe(1);
    await page().getByRole('button', { name: 'Open posts/first-light.md' }).click();
    await expect.poll(() => app.field('Title').inputValue()).toBe('First light');
  });
});

describe('the site folder after a reload, when the browser asks again', () => {
  let session: Session;
  let app: AppDriver;
  const page = () => session.page;

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await session.context.addInitScript(opfsPickerScript(SITE));
    // A real folder's permission lapses with the page; the OPFS one never does, so the test makes it ask.
    await session.context.addInitScript(`
      const proto = FileSystemHandle.prototype;
      proto.queryPermission = async () => (sessionStorage.getItem('granted') ? 'granted' : 'prompt');
      proto.requestPermission = async () => {
        window.__permissionAsked = (window.__permissionAsked || 0) + 1;
        sessionStorage.setItem('granted', '1');
        return 'granted';
      };
      if (sessionStorage.getItem('reloaded')) sessionStorage.removeItem('granted');
    `);
    await app.open();
    await writeOpfs(page(), SITE, LAYOUT);
    await page().evaluate(() => sessionStorage.setItem('granted', '1'));
    await app.button('Open site folder').click();
    await until(
      async () =>
        (await page()
          .getByRole('heading', { name: `Site: ${SITE}` })
          .count()) === 1,
      'the site',
    );
    await page().evaluate(() => sessionStorage.setItem('reloaded', '1'));
    await page().reload();
    await app.waitLoaded();
  });
  afterAll(async () => session.close());

  it('offers to reconnect, and asks for permission from the click', async () => {
    const reconnect = app.button(`Reconnect ${SITE}`);
    await reconnect.waitFor();
    expect(await page().getByRole('list', { name: 'Site posts' }).count()).toBe(0);
    await reconnect.click();
    await expect
      .poll(() => page().getByRole('list', { name: 'Site posts' }).getByRole('button').count())
      .toBe(4);
    expect(await page().evaluate(() => (window as { __permissionAsked?: number }).__permissionAsked)).toBe(1);
  });
});
