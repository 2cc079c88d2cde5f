import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBundleZip } from '../core/bundle/read-bundle';
import { blobBytes, makeBundleStores, pngBlob } from './bundle.testkit';

const POST = '---\ntitle: Salt and Rope\nimage: images/cover.png\n---\n![knot](knot.png) ![gone](gone.png)\n';

describe('bundle export and import', () => {
  it('exports <slug>/index.md and the referenced images only, byte for byte', async () => {
    const stores = makeBundleStores();
    await stores.init();
    await stores.bundles.importBundle(
      POST,
      [
        { path: 'knot.png', data: new Uint8Array(await blobBytes(pngBlob(1, 2))), mime: 'image/png' },
        { path: 'images/cover.png', data: new Uint8Array(await blobBytes(pngBlob(3))), mime: 'image/png' },
        { path: 'unused.png', data: new Uint8Array(await blobBytes(pngBlob(4))), mime: 'image/png' },
      ],
      'salt/index.md',
    );
    await expect.poll(() => stores.assets.getState().assets.length).toBe(3);
    const exported = await stores.bundles.exportBundle();
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.name).toBe('salt-and-rope.zip');
    expect(exported.value.missing).toEqual(['gone.png']);
    const files = unzipSync(exported.value.bytes);
    expect(Object.keys(files)).toEqual([
      'salt-and-rope/index.md',
      'salt-and-rope/images/cover.png',
      'salt-and-rope/knot.png',
    ]);
    expect(new TextDecoder().decode(files['salt-and-rope/index.md'])).toBe(POST);
    expect([...(files['salt-and-rope/knot.png'] ?? [])]).toEqual(await blobBytes(pngBlob(1, 2)));
  });

  it('imports an exported bundle back into one draft with its images', async () => {
    const stores = makeBundleStores();
    await stores.init();
    await stores.bundles.importBundle(
      POST,
      [{ path: 'knot.png', data: new Uint8Array(await blobBytes(pngBlob(9))), mime: 'image/png' }],
      'x',
    );
    const exported = await stores.bundles.exportBundle({ folder: 'content/posts/salt', zipName: 'site.zip' });
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.paths).toEqual(['content/posts/salt/index.md', 'content/posts/salt/knot.png']);
    const read = readBundleZip('site.zip', exported.value.bytes);
    if (!read.ok) throw new Error(read.message);
    const before = stores.library.getState().drafts.length;
    const imported = await stores.bundles.importBundle(read.text, read.assets, read.postPath);
    expect(imported.ok).toBe(true);
    expect(stores.library.getState().drafts.length).toBe(before + 1);
    expect(stores.document.getState()).toMatchObject({
      text: POST,
      sourceName: 'content/posts/salt/index.md',
    });
    await expect.poll(() => stores.assets.getState().assets.map((a) => a.path)).toEqual(['knot.png']);
  });

  it('refuses to export when no draft is open', async () => {
    const stores = makeBundleStores();
    await stores.init();
    expect(await stores.bundles.exportBundle()).toMatchObject({ ok: false });
  });
});
