/**
 * The colour theme: the person's choice (system, light or dark) from settings, resolved against the system's
 * preference, and applied as `data-theme` on the root element (the stylesheets key their colours on it).
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useSettings } from '../app/stores-context';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether the system prefers dark colours (follows changes). */
export function useSystemDark(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}

/** Whether the app shows dark colours now. */
export function useResolvedDark(): boolean {
  const theme = useSettings((s) => s.theme);
  const systemDark = useSystemDark();
  return theme === 'dark' || (theme === 'system' && systemDark);
}

/** Put the theme on `<html data-theme>`: `light` or `dark` as resolved. */
export function useApplyTheme(): void {
  const dark = useResolvedDark();
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = dark ? 'dark' : 'light';
    root.dataset.themeChoice = theme;
  }, [dark, theme]);
}
