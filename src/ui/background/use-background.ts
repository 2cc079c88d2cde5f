/**
 * A whole-post result computed in the background worker once the open draft's text has been still for
 * `delayMs`, or for as long as the job last ran when that is longer, up to 2 s (see background-channels'
 * MAX_PAUSE_MS) (at once when another draft opens; a moment after start-up, so the first paint of the editor and
 * the preview does not share the machine with it). The text is followed by a store subscription, so a
 * keystroke re-renders nothing here; the component renders only when a result arrives, and a result for an
 * older text is never shown over a newer one. Jobs render with the site's Markdown settings, and run again at
 * once when one of them changes.
 *
 * Every component that wants the same job shares one request per text and one result (see
 * background-channels); when they pass different delays, the shortest is used.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useStores } from '../app/stores-context';
import type { JobName, JobResult } from './background-jobs';
import { latestResult, subscribeToJob } from './background-channels';

export { START_DELAY_MS } from './background-channels';

/** The latest result of `job` for the open draft's text (null until the first arrives, or when it failed). */
export function useBackground<K extends JobName>(job: K, delayMs: number): JobResult<K> | null {
  const stores = useStores();
  const subscribe = useCallback(
    (listener: () => void) => subscribeToJob(stores, job, delayMs, listener),
    [stores, job, delayMs],
  );
  return useSyncExternalStore(subscribe, () => latestResult(stores, job));
}
