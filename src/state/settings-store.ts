/**
 * The settings store: layout and preview preferences. Persisted in the DraftStore's settings (key `ui`) and
 * mirrored synchronously in the journal (localStorage), which is read at creation so the first paint already
 * has the right layout.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { HeadingIdStyle, RenderOptions } from '../core/markdown/options';
import type { DraftStore, SyncJournal } from '../storage/drafts';
import type { Timers } from './timers';

/** Settings key in the DraftStore, and key of the synchronous mirror in the journal. */
export const SETTINGS_KEY = 'ui';
export const SETTINGS_MIRROR_KEY = 'postwright.settings';
/** Writes to the DraftStore wait this long for a drag (split ratio) to settle. */
export const SETTINGS_SAVE_DELAY_MS = 300;

/** The persisted preferences. */
export interface Settings {
  /** Editor's share of the width, 0.2..0.8. */
  splitRatio: number;
  previewHidden: boolean;
  /** Render raw HTML in the preview (off by default). Hugo's `markup.goldmark.renderer.unsafe`. */
  unsafeHtml: boolean;
  /** Smart quotes, dashes and ellipsis (on by default). Hugo's `markup.goldmark.extensions.typographer`. */
  typographer: boolean;
  /** How automatic heading ids are made. Hugo's `markup.goldmark.parser.autoHeadingIDType`. */
  headingIds: HeadingIdStyle;
  /** `{#id .class}` after a heading sets its attributes (on). Hugo's `markup.goldmark.parser.attribute.title`. */
  headingAttributes: boolean;
  /** Which pane a narrow screen shows. */
  mobilePane: 'editor' | 'preview';
  /** Dark theme. */
  dark: boolean;
  /** The app's colours: follow the system, or always light or dark. */
  theme: ThemeChoice;
  /** Editor and preview scroll together. */
  scrollSync: boolean;
}

/** The settings that change how a post renders (Hugo's goldmark switches). */
export type MarkdownSettings = Pick<
  Settings,
  'unsafeHtml' | 'typographer' | 'headingIds' | 'headingAttributes'
>;

/** The heading id styles, as Hugo names them. */
export const HEADING_ID_STYLES: readonly HeadingIdStyle[] = ['github', 'github-ascii', 'blackfriday'];

/** The render options for `settings`: every render (preview, counts, outline, export) takes these. */
export function renderOptionsOf(settings: MarkdownSettings): Required<Omit<RenderOptions, 'params'>> {
  return {
    unsafe: settings.unsafeHtml,
    typographer: settings.typographer,
    headingIds: settings.headingIds,
    attributes: settings.headingAttributes,
  };
}

/** A string that changes exactly when the render options of `settings` change (for selectors and keys). */
export function renderOptionsKey(settings: MarkdownSettings): string {
  return `${settings.unsafeHtml}|${settings.typographer}|${settings.headingIds}|${settings.headingAttributes}`;
}

/** Read a `renderOptionsKey` back (for components that select the key and need the options). */
export function renderOptionsFromKey(key: string): Required<Omit<RenderOptions, 'params'>> {
  const [unsafe, typographer, headingIds, attributes] = key.split('|');
  return renderOptionsOf({
    unsafeHtml: unsafe === 'true',
    typographer: typographer !== 'false',
    headingIds: HEADING_ID_STYLES.find((s) => s === headingIds) ?? 'github',
    headingAttributes: attributes !== 'false',
  });
}

/** The theme a person picked. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Settings plus their setters. */
export interface SettingsState extends Settings {
  setSplitRatio(ratio: number): void;
  setPreviewHidden(hidden: boolean): void;
  setUnsafeHtml(on: boolean): void;
  setTypographer(on: boolean): void;
  setHeadingIds(style: HeadingIdStyle): void;
  setHeadingAttributes(on: boolean): void;
  /** Set several Markdown switches at once (a site's configuration, say). */
  setMarkdown(patch: Partial<MarkdownSettings>): void;
  setMobilePane(pane: 'editor' | 'preview'): void;
  setDark(dark: boolean): void;
  setTheme(theme: ThemeChoice): void;
  setScrollSync(on: boolean): void;
}

/** The defaults for a first visit. */
export const DEFAULT_SETTINGS: Settings = {
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
};

/** Clamp a split ratio into 0.2..0.8 (anything not a finite number gives the default). */
export function clampSplitRatio(ratio: unknown): number {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio)) return DEFAULT_SETTINGS.splitRatio;
  return Math.min(0.8, Math.max(0.2, ratio));
}

/** Read any stored value as complete settings, field by field (unknown or wrong fields get defaults). */
export function parseSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    splitRatio: clampSplitRatio(v.splitRatio ?? DEFAULT_SETTINGS.splitRatio),
    previewHidden: typeof v.previewHidden === 'boolean' ? v.previewHidden : DEFAULT_SETTINGS.previewHidden,
    unsafeHtml: typeof v.unsafeHtml === 'boolean' ? v.unsafeHtml : DEFAULT_SETTINGS.unsafeHtml,
    typographer: typeof v.typographer === 'boolean' ? v.typographer : DEFAULT_SETTINGS.typographer,
    headingIds: HEADING_ID_STYLES.find((style) => style === v.headingIds) ?? DEFAULT_SETTINGS.headingIds,
    headingAttributes:
      typeof v.headingAttributes === 'boolean' ? v.headingAttributes : DEFAULT_SETTINGS.headingAttributes,
    mobilePane: v.mobilePane === 'preview' ? 'preview' : 'editor',
    dark: typeof v.dark === 'boolean' ? v.dark : DEFAULT_SETTINGS.dark,
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system',
    scrollSync: typeof v.scrollSync === 'boolean' ? v.scrollSync : DEFAULT_SETTINGS.scrollSync,
  };
}

/** The store plus `load`, which `init()` calls. */
export interface SettingsController {
  store: StoreApi<SettingsState>;
  /**
   * Take the DraftStore's settings, unless the synchronous mirror already had some (it is never older) or the
   * person changed a setting meanwhile.
   */
  load(): Promise<void>;
}

function readMirror(journal: SyncJournal): Settings | null {
  const raw = journal.read(SETTINGS_MIRROR_KEY);
  if (raw === null) return null;
  try {
    return parseSettings(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Create the settings store, seeded synchronously from the journal's mirror. */
export function createSettingsStore(deps: {
  drafts: DraftStore;
  journal: SyncJournal;
  timers: Timers;
}): SettingsController {
  const { drafts, journal, timers } = deps;
  const mirrored = readMirror(journal);
  let saveTimer: unknown = null;
  let changed = false;

  const pick = (s: SettingsState): Settings => ({
    splitRatio: s.splitRatio,
    previewHidden: s.previewHidden,
    unsafeHtml: s.unsafeHtml,
    typographer: s.typographer,
    headingIds: s.headingIds,
    headingAttributes: s.headingAttributes,
    mobilePane: s.mobilePane,
    dark: s.dark,
    theme: s.theme,
    scrollSync: s.scrollSync,
  });

  function persist(): void {
    const settings = pick(store.getState());
    journal.write(SETTINGS_MIRROR_KEY, JSON.stringify(settings));
    if (saveTimer !== null) timers.clearTimeout(saveTimer);
    saveTimer = timers.setTimeout(() => {
      saveTimer = null;
      void drafts.setSetting(SETTINGS_KEY, pick(store.getState()));
    }, SETTINGS_SAVE_DELAY_MS);
  }

  const update = (patch: Partial<Settings>): void => {
    changed = true;
    store.setState(patch);
    persist();
  };

  const store = createStore<SettingsState>()(() => ({
    ...(mirrored ?? DEFAULT_SETTINGS),
    setSplitRatio: (ratio) => update({ splitRatio: clampSplitRatio(ratio) }),
    setPreviewHidden: (previewHidden) => update({ previewHidden }),
    setUnsafeHtml: (unsafeHtml) => update({ unsafeHtml }),
    setTypographer: (typographer) => update({ typographer }),
    setHeadingIds: (headingIds) => update({ headingIds }),
    setHeadingAttributes: (headingAttributes) => update({ headingAttributes }),
    setMarkdown: (patch) => {
      const next = parseSettings({ ...pick(store.getState()), ...patch });
      update({
        unsafeHtml: next.unsafeHtml,
        typographer: next.typographer,
        headingIds: next.headingIds,
        headingAttributes: next.headingAttributes,
      });
    },
    setMobilePane: (mobilePane) => update({ mobilePane }),
    setDark: (dark) => update({ dark }),
    setTheme: (theme) => update({ theme }),
    setScrollSync: (scrollSync) => update({ scrollSync }),
  }));

  return {
    store,
    load: async () => {
      if (mirrored || changed) return;
      const stored = await drafts.getSetting<unknown>(SETTINGS_KEY);
      if (stored.ok && stored.value !== undefined && !changed) store.setState(parseSettings(stored.value));
    },
  };
}
