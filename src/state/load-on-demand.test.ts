import { describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { LAST_DRAFT_KEY } from './create-stores';
import { makeStores, storedDraft } from './stores.testkit';
import { makeBundleStores } from './bundle.testkit';
import { loadOnDemand } from './load-on-demand';

// The zip code cannot load (offline before it was cached, or a newer version deployed since the page opened).
vi.mock('../core/bundle/zip', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});
vi.mock('../core/backup/backup-zip', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const WORDS =
  /could not load its code for (bundles|backups) \(.+\)\. Reload the page and try again; your drafts are safe\./;

describe('code loaded on first use', () => {
  it('gives the module, or words naming what it was for and what to do', async () => {
    expect(await loadOnDemand(async () => ({ n: 1 }), 'x')).toEqual({ ok: true, value: { n: 1 } });
    const failed = await loadOnDemand(() => Promise.reject(new Error('offline')), 'bundles');
    expect(failed).toMatchObject({ ok: false, error: { kind: 'unknown' } });
    expect(!failed.ok && failed.error.message).toMatch(/code for bundles \(offline\)\. Reload the page/);
  });

  it('a bundle export says so when the zip code cannot load, and the draft is untouched', async () => {
    const stores = makeBundleStores();
    await stores.init();
    await stores.bundles.importBundle('---\ntitle: Salt\n---\nBody.\n', [], 'salt/index.md');
    const exported = await stores.bundles.exportBundle();
    expect(exported.ok).toBe(false);
    expect(!exported.ok && exported.error.message).toMatch(WORDS);
    expect(stores.document.getState().text).toBe('---\ntitle: Salt\n---\nBody.\n');
  });

  it('backups say so too, and a zip is not taken for a backup', async () => {
    const stores = makeStores({
      drafts: createMemoryDraftStore({
        drafts: [storedDraft('a', '# A\n')],
        settings: { [LAST_DRAFT_KEY]: 'a' },
      }),
    });
    await stores.init();
    const all = await stores.backup.exportAll({ history: false });
    expect(!all.ok && all.error.message).toMatch(WORDS);
    const back = await stores.backup.importBackup(new Uint8Array([80, 75, 3, 4]));
    expect(!back.ok && back.error.message).toMatch(WORDS);
    expect(await stores.backup.isBackup(new Uint8Array([80, 75, 3, 4]))).toBe(false);
    expect(stores.document.getState().text).toBe('# A\n');
  });
});
