import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import {
  SETTINGS_KEY,
  SETTINGS_MIRROR_KEY,
  createSettingsStore,
  parseSettings,
  renderOptionsFromKey,
  renderOptionsKey,
  renderOptionsOf,
} from './settings-store';
import { mapJournal } from './stores.testkit';
import { globalTimers } from './timers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('settings store', () => {
  it('clamps the split ratio and mirrors every change synchronously', () => {
    const journal = mapJournal();
    const { store } = createSettingsStore({
      drafts: createMemoryDraftStore(),
      journal,
      timers: globalTimers,
    });
    store.getState().setSplitRatio(0.95);
    expect(store.getState().splitRatio).toBe(0.8);
    store.getState().setSplitRatio(Number.NaN);
    expect(store.getState().splitRatio).toBe(0.5);
    store.getState().setMobilePane('preview');
    store.getState().setDark(true);
    expect(JSON.parse(journal.map.get(SETTINGS_MIRROR_KEY) ?? '{}')).toMatchObject({
      mobilePane: 'preview',
      dark: true,
    });
  });

  it('persists to the draft store once a drag settles', async () => {
    const drafts = createMemoryDraftStore();
    const { store } = createSettingsStore({ drafts, journal: mapJournal(), timers: globalTimers });
    for (const r of [0.3, 0.31, 0.32]) store.getState().setSplitRatio(r);
    await vi.advanceTimersByTimeAsync(299);
    expect(drafts.writeCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(drafts.writeCount()).toBe(1);
    const stored = await drafts.getSetting(SETTINGS_KEY);
    expect(stored.ok && stored.value).toMatchObject({ splitRatio: 0.32 });
  });

  it('starts from the mirror synchronously, before anything async', () => {
    const journal = mapJournal({
      [SETTINGS_MIRROR_KEY]: JSON.stringify({ previewHidden: true, splitRatio: 0.3 }),
    });
    const { store } = createSettingsStore({
      drafts: createMemoryDraftStore(),
      journal,
      timers: globalTimers,
    });
    expect(store.getState()).toMatchObject({ previewHidden: true, splitRatio: 0.3, unsafeHtml: false });
  });

  it('loads from the draft store when there is no mirror, unless changed meanwhile', async () => {
    const drafts = createMemoryDraftStore({ settings: { [SETTINGS_KEY]: { unsafeHtml: true } } });
    const first = createSettingsStore({ drafts, journal: mapJournal(), timers: globalTimers });
    await first.load();
    expect(first.store.getState().unsafeHtml).toBe(true);

    const second = createSettingsStore({ drafts, journal: mapJournal(), timers: globalTimers });
    const loading = second.load();
    second.store.getState().setPreviewHidden(true);
    await loading;
    expect(second.store.getState()).toMatchObject({ unsafeHtml: false, previewHidden: true });
  });

  it('parses junk field by field', () => {
    expect(parseSettings({ splitRatio: '0.4', mobilePane: 'sideways', previewHidden: 1 })).toEqual({
      splitRatio: 0.5,
      previewHidden: false,
      unsafeHtml: false,
      typographer: true,
      headingIds: 'github',
      headingAttributes: true,
      mobilePane: 'editor',
      dark: false,
      theme: 'system',
      scrollSync: true,
    });
  });

  it("keeps settings stored before the site's Markdown switches existed, with Hugo's defaults for those", () => {
    const old = { splitRatio: 0.3, previewHidden: true, unsafeHtml: true, mobilePane: 'preview', dark: true };
    expect(parseSettings(old)).toMatchObject({
      ...old,
      typographer: true,
      headingIds: 'github',
      headingAttributes: true,
    });
    expect(parseSettings({ typographer: 'no', headingIds: 'GitHub', headingAttributes: null })).toMatchObject(
      {
        typographer: true,
        headingIds: 'github',
        headingAttributes: true,
      },
    );
  });

  it('persists the Markdown switches and gives them to every render as render options', async () => {
    const drafts = createMemoryDraftStore();
    const journal = mapJournal();
    const { store } = createSettingsStore({ drafts, journal, timers: globalTimers });
    expect(renderOptionsOf(store.getState())).toEqual({
      unsafe: false,
      typographer: true,
      headingIds: 'github',
      attributes: true,
    });
    store.getState().setTypographer(false);
    store.getState().setHeadingIds('blackfriday');
    store.getState().setHeadingAttributes(false);
    expect(renderOptionsOf(store.getState())).toEqual({
      unsafe: false,
      typographer: false,
      headingIds: 'blackfriday',
      attributes: false,
    });
    expect(renderOptionsFromKey(renderOptionsKey(store.getState()))).toEqual(
      renderOptionsOf(store.getState()),
    );
    await vi.advanceTimersByTimeAsync(300);
    const stored = await drafts.getSetting(SETTINGS_KEY);
    expect(stored.ok && stored.value).toMatchObject({
      typographer: false,
      headingIds: 'blackfriday',
      headingAttributes: false,
    });
    // A new tab starts from the mirror with the same switches.
    const again = createSettingsStore({ drafts, journal, timers: globalTimers });
    expect(renderOptionsOf(again.store.getState())).toMatchObject({
      typographer: false,
      headingIds: 'blackfriday',
    });
  });

  it("applies a site configuration's switches at once, ignoring what it cannot use", () => {
    const { store } = createSettingsStore({
      drafts: createMemoryDraftStore(),
      journal: mapJournal(),
      timers: globalTimers,
    });
    store.getState().setMarkdown({ unsafeHtml: true, headingIds: 'github-ascii' });
    expect(store.getState()).toMatchObject({
      unsafeHtml: true,
      headingIds: 'github-ascii',
      typographer: true,
    });
    store.getState().setMarkdown({ headingIds: 'pandoc' as never, typographer: false });
    expect(store.getState()).toMatchObject({ headingIds: 'github', typographer: false });
  });

  it('keeps the theme choice and the scroll sync switch, and mirrors them', () => {
    const journal = mapJournal();
    const { store } = createSettingsStore({
      drafts: createMemoryDraftStore(),
      journal,
      timers: globalTimers,
    });
    store.getState().setTheme('dark');
    store.getState().setScrollSync(false);
    expect(JSON.parse(journal.map.get(SETTINGS_MIRROR_KEY) ?? '{}')).toMatchObject({
      theme: 'dark',
      scrollSync: false,
    });
    expect(parseSettings({ theme: 'light', scrollSync: false })).toMatchObject({
      theme: 'light',
      scrollSync: false,
    });
    expect(parseSettings({ theme: 'purple' }).theme).toBe('system');
  });
});
