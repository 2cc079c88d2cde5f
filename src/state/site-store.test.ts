import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createMemorySiteDirectory } from '../storage/site-files';
import type { MemorySiteDirectory } from '../storage/site-files';
import { blobBytes, blobString, makeBundleStores, memoryAccess, pngBlob } from './bundle.testkit';
import { NO_FOLDER_API_REASON } from './site-store';

const LEAF = '---\ntitle: Rope Walk\n---\n![coil](coil.png)\n';

function site(extra: Record<string, Blob | string> = {}): MemorySiteDirectory {
  return createMemorySiteDirectory('tidal-blog', {
    'hugo.toml': 'title = "Tidal Notes"\n',
    'archetypes/default.md': '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n---\n',
    'content/_index.md': '# Home\n',
    'content/posts/rope-walk/index.md': LEAF,
    'content/posts/rope-walk/coil.png': pngBlob(1),
    'content/posts/rope-walk/data.json': '{"keep": true}',
    'content/posts/short-note.md': 'A note.\n',
    ...extra,
  });
}

async function opened(dir = site()) {
  const access = memoryAccess(dir);
  const stores = makeBundleStores({ siteAccess: access });
  await stores.init();
  const picked = await stores.site.getState().pick();
  expect(picked).toEqual({ ok: true, value: true });
  return { stores, dir, access };
}

/** Type into the open draft as the editor would. */
function type(stores: Awaited<ReturnType<typeof opened>>['stores'], text: string) {
  stores.document.getState().setText(text, text.length);
}

describe('site folder', () => {
  it('reads the goldmark switches its configuration sets (config/_default too), and none when it sets none', async () => {
    const toml = '[markup.goldmark.parser]\nautoHeadingIDType = "blackfriday"\n';
    const { stores } = await opened(site({ 'hugo.toml': `title = "Tidal Notes"\n${toml}` }));
    expect(stores.site.getState().folder?.markdown).toEqual({
      file: 'hugo.toml',
      values: { headingIds: 'blackfriday' },
    });
    const plain = await opened();
    expect(plain.stores.site.getState().folder).not.toHaveProperty('markdown');
    const nested = createMemorySiteDirectory('nested', {
      'config/_default/hugo.yaml': 'markup:\n  goldmark:\n    renderer:\n      unsafe: true\n',
      'content/posts/a.md': 'A.\n',
    });
    const fromFolder = await opened(nested);
    expect(fromFolder.stores.site.getState().folder?.markdown).toEqual({
      file: 'config/_default/hugo.yaml',
      values: { unsafe: true },
    });
  });

  it('recognises a Hugo site and lists its posts', async () => {
    const { stores } = await opened();
    expect(stores.site.getState().folder).toEqual({
      name: 'tidal-blog',
      writable: true,
      title: 'Tidal Notes',
      contentDir: 'content',
    });
    expect(stores.site.getState().posts.map((p) => [p.path, p.kind])).toEqual([
      ['content/_index.md', 'branch'],
      ['content/posts/rope-walk/index.md', 'leaf'],
      ['content/posts/short-note.md', 'single'],
    ]);
    expect(stores.site.getState().sections).toEqual(['posts']);
  });

  it('refuses a folder that is not a Hugo site', async () => {
    const access = memoryAccess(createMemorySiteDirectory('notes', { 'a.md': 'x' }));
    const stores = makeBundleStores({ siteAccess: access });
    await stores.init();
    expect(await stores.site.getState().pick()).toMatchObject({ ok: false });
    expect(stores.site.getState().error).toMatch(/does not look like a Hugo site/);
    expect(stores.site.getState().folder).toBeNull();
  });

  it('opens a leaf bundle as a linked draft with its images, once', async () => {
    const { stores } = await opened();
    expect(await stores.site.getState().openPost('content/posts/rope-walk/index.md')).toEqual({
      ok: true,
      value: undefined,
    });
    expect(stores.document.getState().text).toBe(LEAF);
    await expect.poll(() => stores.assets.getState().assets.map((a) => a.path)).toEqual(['coil.png']);
    const id = stores.document.getState().id!;
    expect(stores.site.getState().links[id]).toEqual({
      draftId: id,
      site: 'tidal-blog',
      path: 'content/posts/rope-walk/index.md',
      bundleDir: 'content/posts/rope-walk',
      baseText: LEAF,
    });
    await stores.library.getState().createDraft();
    await stores.site.getState().openPost('content/posts/rope-walk/index.md');
    expect(stores.document.getState().id).toBe(id);
    expect(stores.library.getState().drafts).toHaveLength(2);
  });

  it('saves the Markdown and only new or changed images, leaving the rest alone', async () => {
    const { stores, dir } = await opened();
    await stores.site.getState().openPost('content/posts/rope-walk/index.md');
    await stores.assets.getState().add([{ name: 'Knot.png', blob: pngBlob(7) }]);
    type(stores, `${LEAF}![knot](knot.png)\n`);
    const saved = await stores.site.getState().saveToSite();
    expect(saved).toEqual({
      kind: 'saved',
      written: ['content/posts/rope-walk/index.md', 'content/posts/rope-walk/knot.png'],
      unchanged: 1,
      notes: [],
    });
    expect(dir.writes).toEqual(saved.kind === 'saved' ? saved.written : []);
    expect(await blobString(dir.files.get('content/posts/rope-walk/index.md'))).toBe(
      `${LEAF}![knot](knot.png)\n`,
    );
    expect(await blobBytes(dir.files.get('content/posts/rope-walk/knot.png'))).toEqual(
      await blobBytes(pngBlob(7)),
    );
    expect(await stores.site.getState().saveToSite()).toMatchObject({
      kind: 'saved',
      written: [],
      unchanged: 3,
    });
  });

  it('shows both versions when the file changed on disk, and writes nothing until told', async () => {
    const { stores, dir } = await opened();
    await stores.site.getState().openPost('content/posts/rope-walk/index.md');
    dir.files.set(
      'content/posts/rope-walk/index.md',
      new Blob(['---\ntitle: Rope Walk (edited in git)\n---\n']),
    );
    type(stores, `${LEAF}Mine.\n`);
    expect(await stores.site.getState().saveToSite()).toEqual({ kind: 'conflict' });
    expect(dir.writes).toEqual([]);
    expect(stores.site.getState().conflict).toMatchObject({
      path: 'content/posts/rope-walk/index.md',
      disk: '---\ntitle: Rope Walk (edited in git)\n---\n',
      mine: `${LEAF}Mine.\n`,
    });
    expect(await stores.site.getState().overwrite()).toMatchObject({ kind: 'saved' });
    expect(await blobString(dir.files.get('content/posts/rope-walk/index.md'))).toBe(`${LEAF}Mine.\n`);
    expect(stores.site.getState().conflict).toBeNull();
  });

  it('can take the disk version instead', async () => {
    const { stores, dir } = await opened();
    await stores.site.getState().openPost('content/posts/short-note.md');
    dir.files.set('content/posts/short-note.md', new Blob(['Changed on disk.\n']));
    type(stores, 'Changed here.\n');
    await stores.site.getState().saveToSite();
    expect(await stores.site.getState().takeDiskVersion()).toEqual({ ok: true, value: 'Changed on disk.\n' });
    type(stores, 'Changed on disk.\nAnd more.\n');
    expect(await stores.site.getState().saveToSite()).toMatchObject({ kind: 'saved' });
  });

  it('starts a new post from the archetype and writes it where the person chose', async () => {
    const { stores, dir } = await opened(
      site({
        'archetypes/posts.md': '+++\ntitle = "{{ .Name | humanize }}"\nsection = "{{ .Section }}"\n+++\n',
      }),
    );
    await stores.site.getState().newPost({ section: 'posts', name: 'Low Tide', bundle: true });
    expect(stores.document.getState().text).toBe('+++\ntitle = "Low tide"\nsection = "posts"\n+++\n');
    expect(await stores.site.getState().saveToSite()).toMatchObject({
      kind: 'saved',
      written: ['content/posts/low-tide/index.md'],
    });
    expect(stores.site.getState().posts.some((p) => p.path === 'content/posts/low-tide/index.md')).toBe(true);
    await stores.site.getState().newPost({ section: 'notes', name: 'pebbles', bundle: false });
    expect(stores.document.getState().text).toMatch(
      /^---\ntitle: "Pebbles"\ndate: 2025-06-01T14:00:00\+02:00\n---\n$/,
    );
    await stores.site.getState().saveToSite();
    expect(dir.files.has('content/notes/pebbles.md')).toBe(true);
    expect(
      await stores.site.getState().newPost({ section: 'posts', name: 'low-tide', bundle: true }),
    ).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already a post/) },
    });
  });

  it('asks where an unlinked draft goes, and refuses to overwrite an existing file unseen', async () => {
    const { stores, dir } = await opened();
    await stores.library
      .getState()
      .importFiles([{ name: 'x.md', text: '---\ntitle: Rope Walk\n---\nNew words.\n' }]);
    expect(await stores.site.getState().saveToSite()).toEqual({
      kind: 'needs-placement',
      suggested: { section: 'posts', name: 'rope-walk', bundle: true },
    });
    expect(
      await stores.site.getState().saveToSite({ section: 'posts', name: 'rope-walk', bundle: true }),
    ).toEqual({
      kind: 'conflict',
    });
    expect(dir.writes).toEqual([]);
  });

  it('notes that a single-file post cannot carry images', async () => {
    const { stores } = await opened();
    await stores.site.getState().openPost('content/posts/short-note.md');
    await stores.assets.getState().add([{ name: 'a.png', blob: pngBlob() }]);
    type(stores, 'A note.\n![a](a.png)\n');
    const saved = await stores.site.getState().saveToSite();
    expect(saved).toMatchObject({
      kind: 'saved',
      notes: [expect.stringMatching(/^One image was not written/)],
    });
  });

  it('gives a zip laid out like the site where folders cannot be written', async () => {
    const stores = makeBundleStores();
    await stores.init();
    await stores.library
      .getState()
      .importFiles([{ name: 'x.md', text: '---\ntitle: Sea Glass\n---\n![g](g.png)\n' }]);
    await stores.assets.getState().add([{ name: 'g.png', blob: pngBlob(5) }]);
    const saved = await stores.site.getState().saveToSite();
    if (saved.kind !== 'zip') throw new Error(saved.kind);
    expect(saved.reason).toBe(NO_FOLDER_API_REASON);
    expect(saved.archive.name).toBe('sea-glass-site.zip');
    expect(Object.keys(unzipSync(saved.archive.bytes))).toEqual([
      'content/posts/sea-glass/index.md',
      'content/posts/sea-glass/g.png',
    ]);
  });

  it('keeps a read-only folder’s paths in the zip', async () => {
    const stores = makeBundleStores();
    await stores.init();
    const files = [...site().files].map(([path, blob]) => ({ path, blob }));
    await stores.site.getState().useFolderFiles('ro', files);
    expect(stores.site.getState().folder).toMatchObject({ name: 'ro', writable: false });
    await stores.site.getState().openPost('content/posts/short-note.md');
    const saved = await stores.site.getState().saveToSite();
    if (saved.kind !== 'zip') throw new Error(saved.kind);
    expect(saved.reason).toMatch(/read-only/);
    expect(Object.keys(unzipSync(saved.archive.bytes))).toEqual(['content/posts/short-note.md']);
  });

  it('reconnects after a reload: at once when allowed, on request when the browser asks', async () => {
    const dir = site();
    const access = memoryAccess(dir);
    const first = makeBundleStores({ siteAccess: access });
    await first.init();
    await first.site.getState().pick();
    await first.site.getState().openPost('content/posts/short-note.md');

    const again = makeBundleStores({
      siteAccess: access,
      siteLinks: first.linkStore,
      drafts: first.draftStore,
    });
    await again.init();
    expect(again.site.getState().folder?.name).toBe('tidal-blog');
    expect(Object.values(again.site.getState().links).map((l) => l.path)).toEqual([
      'content/posts/short-note.md',
    ]);

    access.permission = 'prompt';
    const later = makeBundleStores({ siteAccess: access });
    await later.init();
    expect(later.site.getState()).toMatchObject({ folder: null, reconnectable: 'tidal-blog' });
    expect(await later.site.getState().reconnect()).toEqual({ ok: true, value: true });
    expect(later.site.getState()).toMatchObject({ reconnectable: null, folder: { name: 'tidal-blog' } });
  });
});
