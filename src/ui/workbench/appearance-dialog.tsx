/**
 * Appearance: the theme (follow the system, light, dark), scroll sync, and a custom CSS file for the preview
 * (a site's stylesheet, applied to the preview only; see use-preview-css).
 */
import { useStore } from 'zustand';
import { useStores, useSettings } from '../app/stores-context';
import type { ThemeChoice } from '../../state/settings-store';
import { ModalDialog } from './modal-dialog';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The appearance dialog. */
export function AppearanceDialog({ onClose }: { onClose(): void }) {
  const stores = useStores();
  const theme = useSettings((s) => s.theme);
  const scrollSync = useSettings((s) => s.scrollSync);
  const sheet = useStore(stores.previewCss, (s) => s.sheet);
  const error = useStore(stores.previewCss, (s) => s.error);
  const settings = stores.settings.getState();
  const css = stores.previewCss.getState();

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    await css.setSheet(file.name, await file.text());
  };

  return (
    <ModalDialog title="Appearance" onClose={onClose} className="appearance">
      <fieldset className="appearance__group">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="appearance__choice">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => settings.setTheme(t.value)}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="appearance__group">
        <legend>Editor and preview</legend>
        <label className="appearance__choice">
          <input
            type="checkbox"
            checked={scrollSync}
            onChange={(e) => settings.setScrollSync(e.target.checked)}
          />
          Scroll sync
        </label>
      </fieldset>
      <fieldset className="appearance__group">
        <legend>Preview stylesheet</legend>
        <p className="appearance__note">
          Preview posts with your site&rsquo;s CSS. It applies to the preview only, never to the rest of the
          app.
        </p>
        {sheet ? (
          <>
            <p className="appearance__file">
              Using <strong>{sheet.name}</strong> ({Math.ceil(sheet.css.length / 1024)} KB)
            </p>
            <label className="appearance__choice">
              <input
                type="checkbox"
                checked={sheet.enabled}
                onChange={(e) => void css.setEnabled(e.target.checked)}
              />
              Apply the stylesheet
            </label>
            <button type="button" onClick={() => void css.clear()}>
              Remove stylesheet
            </button>
          </>
        ) : (
          <p className="appearance__file">No stylesheet chosen: the preview uses the built-in blog style.</p>
        )}
        <label className="appearance__upload">
          <span>{sheet ? 'Choose another CSS file' : 'Choose a CSS file'}</span>
          <input
            type="file"
            accept=".css,text/css"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              void chooseFile(file);
            }}
          />
        </label>
        {error && (
          <p role="alert" className="appearance__error">
            {error}
          </p>
        )}
      </fieldset>
    </ModalDialog>
  );
}
