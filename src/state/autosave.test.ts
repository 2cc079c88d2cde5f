import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';
import type { SaveOutcome } from './autosave';
import { globalTimers } from './timers';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function scheduler(outcomes: SaveOutcome[] = []) {
  const run = vi.fn(async (): Promise<SaveOutcome> => outcomes.shift() ?? 'saved');
  return { run, autosave: createAutosave({ timers: globalTimers, run }) };
}

describe('createAutosave', () => {
  it('runs once, 400 ms after the last of a burst of changes', async () => {
    const { run, autosave } = scheduler();
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(300);
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(399);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('saves during continuous typing once the burst is 3 s old, then waits for the next burst', async () => {
    const { run, autosave } = scheduler();
    for (let t = 0; t < 2_900; t += 100) {
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).not.toHaveBeenCalled();
    autosave.schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    for (let t = 0; t < 2_000; t += 100) {
      autosave.schedule();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(400);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('never runs two saves at once; a request during a save runs right after it', async () => {
    let release: () => void = () => undefined;
    let active = 0;
    let maxActive = 0;
    const run = vi.fn(async (): Promise<SaveOutcome> => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((r) => (release = r));
      active -= 1;
      return 'saved';
    });
    const autosave = createAutosave({ timers: globalTimers, run });
    const first = autosave.now();
    const second = autosave.now();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second]);
    expect(run).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
  });

  it('retries failures with growing delays and resets after a success', async () => {
    const { run, autosave } = scheduler(['retry', 'retry', 'retry', 'saved']);
    await autosave.now();
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(run).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(4);
  });

  it('does not retry after stop, and a thrown run counts as a retryable failure', async () => {
    const stop = scheduler(['stop']);
    await stop.autosave.now();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(stop.run).toHaveBeenCalledTimes(1);

    const run = vi.fn().mockRejectedValueOnce(new Error('bug')).mockResolvedValue('saved');
    const autosave = createAutosave({ timers: globalTimers, run });
    await autosave.now();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('cancel drops a pending debounce', async () => {
    const { run, autosave } = scheduler();
    autosave.schedule();
    autosave.cancel();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(run).not.toHaveBeenCalled();
  });
});
