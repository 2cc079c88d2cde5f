import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SNAPSHOT_MAX_CHARS, textHash } from '../core/markdown/preview-snapshot';
import { createMemoryDraftStore } from '../storage/memory-drafts';
import { createPreviewSnapshots, KEEP_AFTER_MS, PREVIEW_SNAPSHOT_KEY } from './preview-snapshots';
import { globalTimers as timers } from './timers';

const render = (text: string, blocks = ['<p>a</p>']) => ({
  draftId: 'd1',
  text,
  key: 'k',
  blocks,
  starts: blocks.map((_, i) => i * 3),
  ends: blocks.map((_, i) => i * 3 + 1),
});
const advance = (ms: number) => vi.advanceTimersByTime(ms);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('preview snapshots', () => {
  it('writes the last render a while after the last one of a burst, and the next visit takes it', async () => {
    const drafts = createMemoryDraftStore();
    const snapshots = createPreviewSnapshots({ drafts, timers });
    await snapshots.load();
    const asked = vi.fn(() => render('a'));
    snapshots.keep(() => render('first'));
    advance(KEEP_AFTER_MS - 1);
    snapshots.keep(asked);
    advance(KEEP_AFTER_MS - 1);
    expect(asked).not.toHaveBeenCalled();
    expect(await drafts.getSetting(PREVIEW_SNAPSHOT_KEY)).toEqual({ ok: true, value: undefined });
    advance(1);
    expect(asked).toHaveBeenCalledTimes(1);

    const next = createPreviewSnapshots({ drafts, timers });
    await next.load();
    expect(next.take('d1', 'a', 'k')).toEqual({
      draftId: 'd1',
      hash: textHash('a'),
      key: 'k',
      blocks: ['<p>a</p>'],
      starts: [0],
      ends: [1],
    });
    expect(next.take('d1', 'b', 'k')).toBeNull();
    expect(next.take('d2', 'a', 'k')).toBeNull();
    expect(next.take('d1', 'a', 'other settings')).toBeNull();
    // Once the preview has rendered for itself, what was read is let go.
    next.keep(() => null);
    expect(next.take('d1', 'a', 'k')).toBeNull();
  });

  it('does not write the same render again, nor one too long, nor nothing', async () => {
    const drafts = createMemoryDraftStore();
    const set = vi.spyOn(drafts, 'setSetting');
    const snapshots = createPreviewSnapshots({ drafts, timers });
    await snapshots.load();
    snapshots.keep(() => render('a'));
    advance(KEEP_AFTER_MS);
    snapshots.keep(() => render('a'));
    advance(KEEP_AFTER_MS);
    expect(set).toHaveBeenCalledTimes(1);
    snapshots.keep(() => render('b', ['x'.repeat(SNAPSHOT_MAX_CHARS + 1)]));
    advance(KEEP_AFTER_MS);
    snapshots.keep(() => null);
    advance(KEEP_AFTER_MS);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('ignores junk in storage and a failed read', async () => {
    const junk = createMemoryDraftStore({
      settings: { [PREVIEW_SNAPSHOT_KEY]: { draftId: 'd1', blocks: 3 } },
    });
    const a = createPreviewSnapshots({ drafts: junk, timers });
    await a.load();
    expect(a.take('d1', '', '')).toBeNull();
    const failing = createMemoryDraftStore();
    vi.spyOn(failing, 'getSetting').mockResolvedValue({
      ok: false,
      error: { kind: 'unavailable', message: 'gone' },
    } as never);
    const b = createPreviewSnapshots({ drafts: failing, timers });
    await b.load();
    expect(b.take('d1', '', '')).toBeNull();
  });
});
