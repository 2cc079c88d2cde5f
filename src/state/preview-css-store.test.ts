import { describe, expect, it } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { PREVIEW_CSS_KEY, createPreviewCssStore } from './preview-css-store';

describe('preview css store', () => {
  it('keeps the chosen stylesheet under its own key and loads it again', async () => {
    const drafts = createMemoryDraftStore();
    const first = createPreviewCssStore({ drafts });
    await first.store.getState().setSheet('site.css', 'h2 { color: red }');
    await first.store.getState().setEnabled(false);
    const stored = await drafts.getSetting(PREVIEW_CSS_KEY);
    expect(stored.ok && stored.value).toEqual({ name: 'site.css', css: 'h2 { color: red }', enabled: false });

    const second = createPreviewCssStore({ drafts });
    await second.load();
    expect(second.store.getState().sheet).toEqual({
      name: 'site.css',
      css: 'h2 { color: red }',
      enabled: false,
    });
    await second.store.getState().clear();
    const third = createPreviewCssStore({ drafts });
    await third.load();
    expect(third.store.getState().sheet).toBeNull();
  });

  it('refuses a stylesheet over 2 MB with a message, keeping the old one', async () => {
    const { store } = createPreviewCssStore({ drafts: createMemoryDraftStore() });
    await store.getState().setSheet('a.css', 'p{}');
    await store.getState().setSheet('huge.css', 'x'.repeat(2_000_001));
    expect(store.getState().sheet?.name).toBe('a.css');
    expect(store.getState().error).toContain('huge.css');
  });

  it('ignores junk in storage', async () => {
    const drafts = createMemoryDraftStore({ settings: { [PREVIEW_CSS_KEY]: { css: 3 } } });
    const { store, load } = createPreviewCssStore({ drafts });
    await load();
    expect(store.getState().sheet).toBeNull();
  });
});
