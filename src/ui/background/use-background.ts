/**
 * A whole-post result computed in the background worker once the open draft's text has been still for
 * `delayMs` (at once when another draft opens; a moment after start-up, so the first paint of the editor and
 * the preview does not share the machine with it). The text is followed by a store subscription, so a
 * keystroke re-renders nothing here; the component renders only when a result arrives, and a result for an
 * older text is never shown over a newer one. Jobs render with the site's Markdown settings, and run again at
 * once when one of them changes.
 */
import { useEffect, useState } from 'react';
import { useStores } from '../app/stores-context';
import type { JobName, JobResult } from './background-jobs';
import { runInBackground } from './background-client';
import { renderOptionsKey, renderOptionsOf } from '../../state/settings-store';

/** How long after start-up the first job waits (the editor and the preview come first). */
export const START_DELAY_MS = 1000;
const started = Date.now();

/** The latest result of `job` for the open draft's text (null until the first arrives, or when it failed). */
export function useBackground<K extends JobName>(job: K, delayMs: number): JobResult<K> | null {
  const stores = useStores();
  const [result, setResult] = useState<JobResult<K> | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let asked = 0;
    const run = () => {
      timer = null;
      const ticket = ++asked;
      const options = renderOptionsOf(stores.settings.getState());
      void runInBackground(job, stores.document.getState().text, options).then((value) => {
        if (ticket === asked) setResult(value);
      });
    };
    const schedule = (ms: number) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, ms);
    };
    schedule(Math.max(0, started + START_DELAY_MS - Date.now()));
    const unsubscribe = stores.document.subscribe((s, prev) => {
      if (s.text !== prev.text) schedule(s.id !== prev.id ? 0 : delayMs);
    });
    const unsubscribeSettings = stores.settings.subscribe((s, prev) => {
      if (renderOptionsKey(s) !== renderOptionsKey(prev)) schedule(0);
    });
    return () => {
      unsubscribe();
      unsubscribeSettings();
      if (timer) clearTimeout(timer);
      asked = -1;
    };
  }, [stores, job, delayMs]);
  return result;
}
