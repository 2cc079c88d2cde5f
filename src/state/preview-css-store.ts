/**
 * The custom preview stylesheet: a CSS file a person chose (their site's styles) to preview posts with. Kept in
 * the DraftStore's settings under its own key, apart from the `ui` settings, because it can be large and the
 * `ui` settings are mirrored to localStorage on every change. The text is stored as chosen; the UI scopes it to
 * the preview before applying it.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { DraftStore } from '../storage/drafts';

/** DraftStore settings key of the stylesheet. */
export const PREVIEW_CSS_KEY = 'previewCss';
/** Larger files are refused (a site's whole CSS is rarely above a few hundred KB). */
export const PREVIEW_CSS_MAX_BYTES = 2_000_000;

/** What is stored. */
export interface PreviewCss {
  name: string;
  css: string;
  enabled: boolean;
}

/** The stylesheet (null when none was chosen) and its verbs. */
export interface PreviewCssState {
  sheet: PreviewCss | null;
  /** Why the last change did not work, in plain words; null when it did. */
  error: string | null;
  /** Use `css` (from the file `name`) for the preview. */
  setSheet(name: string, css: string): Promise<void>;
  setEnabled(enabled: boolean): Promise<void>;
  clear(): Promise<void>;
}

/** The store plus `load`, which `init()` calls. */
export interface PreviewCssController {
  store: StoreApi<PreviewCssState>;
  load(): Promise<void>;
}

function parse(value: unknown): PreviewCss | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Record<keyof PreviewCss, unknown>>;
  if (typeof v.css !== 'string' || typeof v.name !== 'string') return null;
  return { name: v.name, css: v.css, enabled: v.enabled !== false };
}

/** Create the store over `drafts`. */
export function createPreviewCssStore(deps: { drafts: DraftStore }): PreviewCssController {
  const { drafts } = deps;
  let changed = false;

  async function write(sheet: PreviewCss | null): Promise<void> {
    changed = true;
    store.setState({ sheet, error: null });
    const saved = await drafts.setSetting(PREVIEW_CSS_KEY, sheet);
    if (!saved.ok)
      store.setState({ error: `The stylesheet is used now but was not kept: ${saved.error.message}` });
  }

  const store = createStore<PreviewCssState>()((_set, get) => ({
    sheet: null,
    error: null,
    setSheet: async (name, css) => {
      if (new TextEncoder().encode(css).length > PREVIEW_CSS_MAX_BYTES) {
        store.setState({ error: `${name} is larger than 2 MB; choose a smaller stylesheet.` });
        return;
      }
      await write({ name, css, enabled: true });
    },
    setEnabled: async (enabled) => {
      const sheet = get().sheet;
      if (sheet) await write({ ...sheet, enabled });
    },
    clear: () => write(null),
  }));

  return {
    store,
    load: async () => {
      const stored = await drafts.getSetting<unknown>(PREVIEW_CSS_KEY);
      if (stored.ok && !changed) store.setState({ sheet: parse(stored.value) });
    },
  };
}
