/**
 * Keeps the preview's last render (core/markdown/preview-snapshot) in the DraftStore's settings, one for the
 * draft last rendered, so the preview shows a reopened draft at once (see there). Read with the first screen's
 * other reads; written a while after the render settles (`KEEP_AFTER_MS` after the last one of a burst, and only
 * when it changed), so typing never waits for it. Losing it costs nothing but that head start: failures to
 * read or write are ignored. A draft deleted for good takes its kept render with it.
 */
import {
  readSnapshot,
  SNAPSHOT_MAX_CHARS,
  snapshotFits,
  textHash,
  type PreviewSnapshot,
} from '../core/markdown/preview-snapshot';
import type { DraftStore } from '../storage/drafts';
import type { Timers } from './timers';

/** DraftStore settings key of the snapshot. */
export const PREVIEW_SNAPSHOT_KEY = 'previewSnapshot';
/** A render is written this long after the last one of a burst. */
export const KEEP_AFTER_MS = 1000;

/** A finished render of `text`, to keep. */
export interface PreviewRender {
  draftId: string;
  text: string;
  key: string;
  blocks: string[];
  starts: number[];
  ends: number[];
}

export interface PreviewSnapshots {
  /** Read the kept render (`init()` does, with the first screen's reads). */
  load(): Promise<void>;
  /** The kept render of `text` of draft `draftId` with settings `key` (until `keep` is first called); null when none fits. */
  take(draftId: string, text: string, key: string): PreviewSnapshot | null;
  /**
   * Keep the render `render()` gives when it is written (later; a newer call before then replaces it). It is
   * asked for then, not now, so that nothing is put together on every keystroke; null: nothing to keep.
   */
  keep(render: () => PreviewRender | null): void;
  /** These drafts were deleted for good: a render kept of one of them goes too. */
  forget(draftIds: readonly string[]): Promise<void>;
}

/** Which render a snapshot is: its draft, text and settings. */
const identity = (s: { draftId: string; hash: string; key: string }) =>
  `${s.draftId}\u0000${s.hash}\u0000${s.key}`;

export function createPreviewSnapshots(deps: { drafts: DraftStore; timers: Timers }): PreviewSnapshots {
  const { drafts, timers } = deps;
  let loaded: PreviewSnapshot | null = null;
  /** draftId, hash and key of what storage holds (as far as this tab knows). */
  let stored = '';
  let pending: (() => PreviewRender | null) | null = null;
  let timer: unknown = null;

  function write(): void {
    timer = null;
    const render = pending?.();
    pending = null;
    if (!render) return;
    const chars = render.blocks.reduce((n, b) => n + b.length, 0);
    if (chars > SNAPSHOT_MAX_CHARS) return;
    const { draftId, key, blocks, starts, ends } = render;
    const snapshot: PreviewSnapshot = { draftId, hash: textHash(render.text), key, blocks, starts, ends };
    const id = identity(snapshot);
    if (id === stored) return;
    stored = id;
    void drafts.setSetting(PREVIEW_SNAPSHOT_KEY, snapshot).then((saved) => {
      if (!saved.ok && stored === id) stored = '';
    });
  }

  return {
    async load() {
      const read = await drafts.getSetting<unknown>(PREVIEW_SNAPSHOT_KEY);
      loaded = read.ok ? readSnapshot(read.value) : null;
      if (loaded) stored = identity(loaded);
    },
    take(draftId, text, key) {
      return loaded && snapshotFits(loaded, draftId, text, key) ? loaded : null;
    },
    async forget(draftIds) {
      if (loaded && draftIds.includes(loaded.draftId)) loaded = null;
      const read = await drafts.getSetting<unknown>(PREVIEW_SNAPSHOT_KEY);
      const snapshot = read.ok ? readSnapshot(read.value) : null;
      if (!snapshot || !draftIds.includes(snapshot.draftId)) return;
      stored = '';
      await drafts.setSetting(PREVIEW_SNAPSHOT_KEY, null);
    },
    keep(render) {
      loaded = null; // the preview has rendered for itself: what was read is not needed again
      pending = render;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(write, KEEP_AFTER_MS);
    },
  };
}
