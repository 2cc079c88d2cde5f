import { describe, expect, it } from 'vitest';
import { applyChanges } from '../core/front-matter/apply-changes';
import { blobBytes, jpegBlob, makeBundleStores, pngBlob } from './bundle.testkit';

async function withDraft(text = '---\ntitle: Pier\n---\n') {
  const stores = makeBundleStores();
  await stores.init();
  await stores.library.getState().importFiles([{ name: 'pier.md', text }]);
  return stores;
}

describe('assets store', () => {
  it('adds images with slug-safe unique names and refuses what is not an image', async () => {
    const stores = await withDraft();
    const outcome = await stores.assets.getState().add([
      { name: 'Pier at Dawn.PNG', blob: pngBlob(1) },
      { name: 'pier at dawn.png', blob: pngBlob(2) },
      { name: 'holiday.png', blob: jpegBlob(3) },
      { name: 'notes.png', blob: new Blob(['%PDF-1.4']) },
    ]);
    expect(outcome.added).toEqual([
      { path: 'pier-at-dawn.png', alt: 'pier at dawn' },
      { path: 'pier-at-dawn-2.png', alt: 'pier at dawn 2' },
      { path: 'holiday.jpg', alt: 'holiday' },
    ]);
    expect(outcome.refused).toEqual([{ name: 'notes.png', message: expect.stringMatching(/not an image/) }]);
    const listed = stores.assets.getState().assets;
    expect(listed.map((a) => [a.path, a.type, a.size])).toEqual([
      ['holiday.jpg', 'image/jpeg', 5],
      ['pier-at-dawn-2.png', 'image/png', 9],
      ['pier-at-dawn.png', 'image/png', 9],
    ]);
    expect(await blobBytes(listed[2]?.blob)).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]);
  });

  it('refuses an image over 20 MB', async () => {
    const stores = await withDraft();
    const big = new Blob([pngBlob(), new Uint8Array(20 * 1024 * 1024)]);
    const outcome = await stores.assets.getState().add([{ name: 'huge.png', blob: big }]);
    expect(outcome.refused).toEqual([{ name: 'huge.png', message: expect.stringMatching(/too large/) }]);
    expect(stores.assets.getState().assets).toEqual([]);
  });

  it('follows the open draft', async () => {
    const stores = await withDraft();
    await stores.assets.getState().add([{ name: 'a.png', blob: pngBlob() }]);
    const first = stores.document.getState().id;
    await stores.library.getState().importFiles([{ name: 'other.md', text: 'Other' }]);
    await expect.poll(() => stores.assets.getState().assets.length).toBe(0);
    await stores.document.getState().open(first!);
    await expect.poll(() => stores.assets.getState().assets.map((a) => a.path)).toEqual(['a.png']);
  });

  it('renames to a safe name and gives the changes for every reference', async () => {
    const text = '---\ntitle: Pier\nimage: a.png\n---\n![A](a.png) ![B](./a.png)\n';
    const stores = await withDraft(text);
    await stores.assets.getState().add([
      { name: 'a.png', blob: pngBlob() },
      { name: 'b.png', blob: pngBlob() },
    ]);
    const taken = await stores.assets.getState().rename('a.png', 'B.PNG');
    expect(taken).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already has an image/) },
    });
    const renamed = await stores.assets.getState().rename('a.png', 'Harbour View.png');
    if (!renamed.ok) throw new Error(renamed.error.message);
    expect(renamed.value.path).toBe('harbour-view.png');
    expect(applyChanges(text, renamed.value.changes)).toBe(
      '---\ntitle: Pier\nimage: harbour-view.png\n---\n![A](harbour-view.png) ![B](./harbour-view.png)\n',
    );
    expect(stores.assets.getState().assets.map((a) => a.path)).toEqual(['b.png', 'harbour-view.png']);
  });

  it('deletes an image', async () => {
    const stores = await withDraft();
    await stores.assets.getState().add([{ name: 'a.png', blob: pngBlob() }]);
    expect(await stores.assets.getState().remove('a.png')).toEqual({ ok: true, value: undefined });
    expect(stores.assets.getState().assets).toEqual([]);
  });

  it('copies the images when a draft is duplicated', async () => {
    const stores = await withDraft();
    await stores.assets.getState().add([{ name: 'a.png', blob: pngBlob(4) }]);
    const copy = await stores.library.getState().duplicateDraft(stores.document.getState().id!);
    expect(copy.ok).toBe(true);
    await expect.poll(() => stores.assets.getState().assets.map((a) => a.path)).toEqual(['a.png']);
    expect(stores.assets.getState().draftId).toBe(copy.ok ? copy.value.id : null);
  });

  it('forgets the images of drafts deleted in an earlier session at start-up', async () => {
    const stores = await withDraft();
    await stores.assets.getState().add([{ name: 'kept.png', blob: pngBlob() }]);
    const keptId = stores.document.getState().id;
    await stores.assetStore.put({ draftId: 'gone', path: 'x.png', blob: pngBlob(), addedAt: 0 });
    await stores.linkStore.put({
      draftId: 'gone',
      site: 's',
      path: 'content/x.md',
      bundleDir: null,
      baseText: null,
    });
    const again = makeBundleStores({
      assets: stores.assetStore,
      siteLinks: stores.linkStore,
      drafts: stores.draftStore,
    });
    await again.init();
    expect(await stores.assetStore.draftIds()).toEqual({ ok: true, value: [keptId] });
    expect(await stores.linkStore.list()).toEqual({ ok: true, value: [] });
  });
});
