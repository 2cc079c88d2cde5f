/**
 * The source positions of the blocks after an edit, brought up to date off the typing path. Each keystroke
 * moves every later block, and a pass rewrites their `data-source-*` attributes (at 800 KB ~40 000 elements,
 * ~9 ms): the pass waits for typing to pause, then runs in idle time a slice at a time. Until then those
 * positions lag by what was just typed (scroll sync's anchors, a click to the source: a few characters).
 */
import { shiftGroup, type Group } from './block-group';
import { whenIdle } from '../common/when-idle';

/** How long edits must pause before the pass... */
const PAUSE_MS = 250;
/** ...but no longer than this after the first edit waiting (typing on, or a long post still filling in). */
const MAX_WAIT_MS = 1000;
/** The most one idle callback spends shifting. */
const SLICE_MS = 4;

/** Shifts the groups `groups()` lists, once edits pause (see the module comment). */
export class ShiftQueue {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When the shifts now waiting were first asked for (null: none waiting). */
  private since: number | null = null;
  private queued = false;
  private disposed = false;

  constructor(private readonly groups: () => readonly Group[]) {}

  /** Blocks moved: shift them once edits pause. */
  request(): void {
    const now = performance.now();
    this.since ??= now;
    if (this.timer !== null) clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(PAUSE_MS, this.since + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.since = null;
      this.run();
    }, wait);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }

  private run(): void {
    if (this.queued) return;
    this.queued = true;
    whenIdle(() => {
      this.queued = false;
      if (this.disposed) return;
      const end = performance.now() + SLICE_MS;
      for (const group of this.groups()) {
        if (group.base === group.target) continue;
        if (performance.now() > end) return this.run();
        shiftGroup(group);
      }
    }, 1000);
  }
}
