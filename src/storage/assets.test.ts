import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createMemoryAssetStore, normalizeAsset } from './assets';
import type { AssetStore, StoredAsset } from './assets';
import { openBundleDb } from './bundle-db';
import { createMemorySiteLinkStore, normalizeSiteLink } from './site-links';
import type { SiteLinkStore } from './site-links';

const bytes = (...values: number[]): Blob => new Blob([new Uint8Array(values)], { type: 'image/png' });
const asset = (draftId: string, path: string, blob = bytes(1, 2, 3)): StoredAsset => ({
  draftId,
  path,
  blob,
  addedAt: 5,
});
const must = async <T>(r: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) => {
  const got = await r;
  if (!got.ok) throw new Error(got.error.message);
  return got.value;
};
const contents = async (a: StoredAsset) => [...new Uint8Array(await a.blob.arrayBuffer())];

async function idbStores(): Promise<{ assets: AssetStore; links: SiteLinkStore }> {
  const opened = await openBundleDb({ indexedDB: new IDBFactory() });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}
const memoryStores = async () => ({ assets: createMemoryAssetStore(), links: createMemorySiteLinkStore() });

describe.each([
  ['IndexedDB', idbStores],
  ['memory', memoryStores],
])('asset store (%s)', (_name, open) => {
  it('keeps each draft’s images apart, sorted by path, bytes intact', async () => {
    const { assets } = await open();
    await must(assets.put(asset('d1', 'b.png', bytes(9, 8))));
    await must(assets.put(asset('d1', 'a/c.png')));
    await must(assets.put(asset('d2', 'a.png')));
    const listed = await must(assets.list('d1'));
    expect(listed.map((a) => a.path)).toEqual(['a/c.png', 'b.png']);
    expect(await contents(listed[1]!)).toEqual([9, 8]);
    expect(listed[1]?.blob.type).toBe('image/png');
    expect((await must(assets.draftIds())).sort()).toEqual(['d1', 'd2']);
  });

  it('replaces an asset put at the same path', async () => {
    const { assets } = await open();
    await must(assets.put(asset('d1', 'a.png', bytes(1))));
    await must(assets.put(asset('d1', 'a.png', bytes(2))));
    const listed = await must(assets.list('d1'));
    expect(listed).toHaveLength(1);
    expect(await contents(listed[0]!)).toEqual([2]);
  });

  it('renames, refusing a taken name or a missing file', async () => {
    const { assets } = await open();
    await must(assets.put(asset('d1', 'a.png', bytes(7))));
    await must(assets.put(asset('d1', 'b.png')));
    expect(await assets.rename('d1', 'a.png', 'b.png')).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    });
    expect(await assets.rename('d1', 'zz.png', 'c.png')).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    const moved = await must(assets.rename('d1', 'a.png', 'img/c.png'));
    expect(moved.path).toBe('img/c.png');
    const listed = await must(assets.list('d1'));
    expect(listed.map((a) => a.path)).toEqual(['b.png', 'img/c.png']);
    expect(await contents(listed[1]!)).toEqual([7]);
  });

  it('removes one asset, or all of a draft', async () => {
    const { assets } = await open();
    await must(assets.put(asset('d1', 'a.png')));
    await must(assets.put(asset('d1', 'b.png')));
    await must(assets.put(asset('d2', 'c.png')));
    await must(assets.remove('d1', 'a.png'));
    expect((await must(assets.list('d1'))).map((a) => a.path)).toEqual(['b.png']);
    await must(assets.removeDraft('d1'));
    expect(await must(assets.list('d1'))).toEqual([]);
    expect(await must(assets.draftIds())).toEqual(['d2']);
  });

  it('keeps site links per draft', async () => {
    const { links } = await open();
    const link = { draftId: 'd1', site: 'blog', path: 'content/a.md', bundleDir: null, baseText: 'x' };
    await must(links.put(link));
    await must(links.put({ ...link, baseText: 'y' }));
    expect(await must(links.list())).toEqual([{ ...link, baseText: 'y' }]);
    await must(links.remove('d1'));
    expect(await must(links.list())).toEqual([]);
  });
});

describe('normalizing stored records', () => {
  it('drops damaged assets and fills links', () => {
    expect(normalizeAsset({ draftId: 'd', path: 'a.png', blob: 'not a blob' })).toBeNull();
    expect(normalizeAsset({ draftId: 'd', path: 'a.png', blob: bytes(1) })).toMatchObject({ addedAt: 0 });
    expect(normalizeSiteLink({ draftId: 'd', path: 'p.md' })).toEqual({
      draftId: 'd',
      site: '',
      path: 'p.md',
      bundleDir: null,
      baseText: null,
    });
    expect(normalizeSiteLink({ path: 'p.md' })).toBeNull();
  });
});
