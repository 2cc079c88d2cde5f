/**
 * Timer injection for the stores: tests pass fake timers, the app passes nothing and gets the page's. The
 * defaults look the globals up at call time, so Vitest's `vi.useFakeTimers()` also works without injection.
 */

/** The timer functions the stores use. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds on the timers' own clock (only differences matter); defaults to `Date.now`. */
  now(): number;
}

/** The page's (or Node's) timers, looked up on every call. */
export const globalTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

/** A trailing throttle: `request()` runs `fn` once, `ms` after the first request of a burst. */
export interface Throttle {
  request(): void;
  /** Run now if a run is pending (or `always`), cancelling the pending timer. */
  runNow(always?: boolean): void;
  cancel(): void;
}

/** Create a trailing throttle over `timers`: at most one `fn` per `ms` while requests keep coming. */
export function createThrottle(timers: Timers, ms: number, fn: () => void): Throttle {
  let handle: unknown = null;
  const fire = (): void => {
    handle = null;
    fn();
  };
  return {
    request() {
      if (handle === null) handle = timers.setTimeout(fire, ms);
    },
    runNow(always = false) {
      const pending = handle !== null;
      if (pending) timers.clearTimeout(handle);
      handle = null;
      if (pending || always) fn();
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
