/**
 * Applies the custom preview stylesheet (when one is chosen and switched on): scoped to the preview with
 * `scopeCss` and put in one `<style>` element at the end of the document's head, so it wins over the app's own
 * preview styles of equal weight but never reaches the app's chrome.
 */
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { scopeCss } from './scope-css';

/** The selector every custom rule is scoped under. */
export const PREVIEW_SCOPE = '.preview';
const STYLE_ID = 'pw-preview-custom-css';

/** The scoped CSS of the current custom stylesheet, or '' when none is used. */
export function useScopedPreviewCss(): string {
  const sheet = useStore(useStores().previewCss, (s) => s.sheet);
  return useMemo(() => {
    if (!sheet || !sheet.enabled) return '';
    try {
      return scopeCss(sheet.css, PREVIEW_SCOPE).css;
    } catch {
      return '';
    }
  }, [sheet]);
}

/** Keep the `<style>` element in step with the store. */
export function useApplyPreviewCss(): void {
  const css = useScopedPreviewCss();
  useEffect(() => {
    let style = document.getElementById(STYLE_ID);
    if (!css) {
      style?.remove();
      return;
    }
    if (!style) {
      style = document.createElement('style');
      style.id = STYLE_ID;
    }
    document.head.append(style);
    style.textContent = css;
  }, [css]);
}
