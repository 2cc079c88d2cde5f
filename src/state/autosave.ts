/**
 * The autosave scheduler: saves a moment after typing stops, one save at a time, retrying with backoff after
 * a failure. What a save does is the caller's `run`; this only decides when.
 */
import type { Timers } from './timers';

/** How long after the last keystroke a save starts (the whole save lands well within 500 ms). */
export const AUTOSAVE_DEBOUNCE_MS = 400;
/** While typing goes on without a pause, a save still starts this long after the first unsaved change. */
export const AUTOSAVE_MAX_WAIT_MS = 3_000;
/** Waits before retrying a failed save; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * What one save attempt gave: `saved`; `idle` (nothing to save); `retry` (failed, try again later);
 * `stop` (failed in a way retrying cannot fix, e.g. a conflict with another tab).
 */
export type SaveOutcome = 'saved' | 'idle' | 'retry' | 'stop';

/** The scheduler. */
export interface Autosave {
  /** Text changed: save `debounceMs` after the last call. */
  schedule(): void;
  /** Save now (Ctrl+S, page hidden). Resolves when this save (and any it had to wait for) finished. */
  now(): Promise<void>;
  /** Drop pending timers (a retry, a debounce); a save already running finishes. */
  cancel(): void;
  /** Resolves once no save is running. */
  idle(): Promise<void>;
}

/** Options; `debounceMs` and `retryDelaysMs` default to the constants above. */
export interface AutosaveOptions {
  timers: Timers;
  run: () => Promise<SaveOutcome>;
  debounceMs?: number;
  maxWaitMs?: number;
  retryDelaysMs?: readonly number[];
}

/**
 * Create an autosave scheduler. It never runs two saves at once: a request during a save runs right after.
 * Continuous typing does not postpone a save forever: `maxWaitMs` after the first change of a burst it runs.
 */
export function createAutosave(opts: AutosaveOptions): Autosave {
  const { timers, run } = opts;
  const debounceMs = opts.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const maxWaitMs = opts.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
  let burstStart: number | null = null;
  const delays = opts.retryDelaysMs ?? RETRY_DELAYS_MS;
  let debounce: unknown = null;
  let retry: unknown = null;
  let failures = 0;
  let running: Promise<void> | null = null;
  let again = false;

  const clear = (): void => {
    if (debounce !== null) timers.clearTimeout(debounce);
    if (retry !== null) timers.clearTimeout(retry);
    debounce = retry = null;
  };

  function now(): Promise<void> {
    clear();
    burstStart = null;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const outcome = await run().catch((): SaveOutcome => 'retry');
          if (outcome === 'retry') {
            const delay = delays[Math.min(failures, delays.length - 1)] ?? 30_000;
            failures += 1;
            if (!again) retry = timers.setTimeout(() => void now(), delay);
          } else if (outcome === 'saved') {
            failures = 0;
          }
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  return {
    schedule() {
      if (debounce !== null) timers.clearTimeout(debounce);
      const at = timers.now();
      burstStart ??= at;
      const wait = Math.max(0, Math.min(debounceMs, burstStart + maxWaitMs - at));
      debounce = timers.setTimeout(() => {
        debounce = null;
        void now();
      }, wait);
    },
    now,
    cancel: clear,
    idle: () => running ?? Promise.resolve(),
  };
}
