/**
 * Saves when the page is hidden or closed, and makes Ctrl/Cmd+S save anywhere in the app (never the browser's
 * save-page dialog). `flush` must write the synchronous journal first: an IndexedDB write started this late does
 * not always land.
 */
import { useEffect } from 'react';

/** Wire page-lifecycle events and the global save shortcut to the given actions. */
export function usePageLifecycle(flush: () => void, saveNow: () => void): void {
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        saveNow();
      }
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('keydown', onKey);
    };
  }, [flush, saveNow]);
}
