import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_SETTINGS, type MarkdownSettings } from '../../state/settings-store';
import {
  latestResult,
  MAX_PAUSE_MS,
  resetBackgroundForTests,
  START_DELAY_MS,
  subscribeToJob,
  type ChannelStores,
} from './background-channels';
import type { JobReply, JobRequest } from './background-jobs';

/** A worker that records what the page posts and answers only when the test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: JobRequest[] = [];
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: JobRequest): void {
    this.posted.push(request);
  }
  terminate(): void {}
  /** Answer the `index`th request posted with "result of" its text (the job having run `ms`). */
  reply(index: number, ms?: number): void {
    const request = this.posted[index];
    if (!request) throw new Error(`request ${index} was not posted`);
    this.onmessage?.({
      data: { id: request.id, result: `result of ${request.text}`, ms },
    } as MessageEvent<JobReply>);
  }
}

const posted = (): string[] => (FakeWorker.made[0]?.posted ?? []).map((r) => `${r.job} ${r.text}`);
const reply = (index: number, ms?: number) => FakeWorker.made[0]?.reply(index, ms);
/** Let timers due by then run, and the promises they settle. */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

function makeStores() {
  const document = createStore(() => ({ id: 'a' as string | null, text: 'first' }));
  const settings = createStore<MarkdownSettings>(() => ({
    unsafeHtml: DEFAULT_SETTINGS.unsafeHtml,
    typographer: DEFAULT_SETTINGS.typographer,
    headingIds: DEFAULT_SETTINGS.headingIds,
    headingAttributes: DEFAULT_SETTINGS.headingAttributes,
  }));
  const stores: ChannelStores = { document, settings };
  return { stores, document, settings };
}

describe('background channels', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    resetBackgroundForTests();
  });
  afterEach(() => {
    resetBackgroundForTests();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('gives every subscriber of a job one shared request per text and the same result', async () => {
    const { stores, document } = makeStores();
    const heard = { stats: 0, panel: 0 };
    subscribeToJob(stores, 'page', 300, () => heard.stats++);
    subscribeToJob(stores, 'page', 300, () => heard.panel++);

    await wait(START_DELAY_MS - 1);
    expect(posted()).toEqual([]);
    await wait(1);
    expect(posted()).toEqual(['page first']);
    reply(0);
    await wait(0);
    expect(heard).toEqual({ stats: 1, panel: 1 });
    expect(latestResult(stores, 'page')).toBe('result of first');

    document.setState({ text: 'second' });
    await wait(300);
    expect(posted()).toEqual(['page first', 'page second']);
    reply(1);
    await wait(0);
    expect(heard).toEqual({ stats: 2, panel: 2 });
    expect(latestResult(stores, 'page')).toBe('result of second');
  });

  it('uses the shortest pause its subscribers asked for; other jobs have their own channel', async () => {
    const { stores, document } = makeStores();
    subscribeToJob(stores, 'page', 300, () => {});
    subscribeToJob(stores, 'page', 100, () => {});
    subscribeToJob(stores, 'analysis', 150, () => {});
    await wait(START_DELAY_MS);
    expect(posted()).toEqual(['page first', 'analysis first']);
    reply(0);
    reply(1);

    document.setState({ text: 'second' });
    await wait(100);
    expect(posted().slice(2)).toEqual(['page second']);
    await wait(50);
    expect(posted().slice(2)).toEqual(['page second', 'analysis second']);
  });

  it('waits for a pause as long as the job last ran, up to MAX_PAUSE_MS', async () => {
    const { stores, document } = makeStores();
    subscribeToJob(stores, 'page', 300, () => {});
    subscribeToJob(stores, 'analysis', 150, () => {});
    await wait(START_DELAY_MS);
    reply(0, 900); // page: 900 ms
    reply(1, 40); // analysis: quicker than its pause
    await wait(0);

    document.setState({ text: 'second' });
    await wait(150);
    expect(posted().slice(2)).toEqual(['analysis second']);
    await wait(899 - 150);
    expect(posted().slice(2)).toEqual(['analysis second']);
    await wait(1);
    expect(posted().slice(2)).toEqual(['analysis second', 'page second']);
    reply(2, 0);
    reply(3, 60_000); // a page job of a minute: the next waits no more than MAX_PAUSE_MS
    await wait(0);

    document.setState({ text: 'third' });
    await wait(MAX_PAUSE_MS - 1);
    expect(posted().slice(4)).toEqual(['analysis third']);
    await wait(1);
    expect(posted().slice(4)).toEqual(['analysis third', 'page third']);
  });

  it('never shows the result of an older text over a newer one', async () => {
    const { stores, document } = makeStores();
    const unsubscribe = subscribeToJob(stores, 'analysis', 150, () => {});
    await wait(START_DELAY_MS);
    document.setState({ text: 'typed' });
    await wait(150);
    document.setState({ text: 'typed more' });
    await wait(150);
    // The first request is in flight; of the two made since, only the latest is kept.
    expect(posted()).toEqual(['analysis first']);

    reply(0);
    await wait(0);
    expect(latestResult(stores, 'analysis')).toBeNull();
    expect(posted()).toEqual(['analysis first', 'analysis typed more']);
    reply(1);
    await wait(0);
    expect(latestResult(stores, 'analysis')).toBe('result of typed more');
    unsubscribe();
  });

  it('asks at once when another draft opens or the Markdown settings change', async () => {
    const { stores, document, settings } = makeStores();
    subscribeToJob(stores, 'page', 300, () => {});
    await wait(START_DELAY_MS);
    reply(0);

    document.setState({ id: 'b', text: 'another draft' });
    await wait(0);
    expect(posted()).toEqual(['page first', 'page another draft']);
    reply(1);

    settings.setState({ typographer: !DEFAULT_SETTINGS.typographer });
    await wait(0);
    expect(posted()).toEqual(['page first', 'page another draft', 'page another draft']);
    expect(FakeWorker.made[0]?.posted[2]?.options?.typographer).toBe(!DEFAULT_SETTINGS.typographer);
  });

  it('stops when the last subscriber leaves, and forgets its result', async () => {
    const { stores, document } = makeStores();
    const first = subscribeToJob(stores, 'page', 300, () => {});
    const second = subscribeToJob(stores, 'page', 300, () => {});
    await wait(START_DELAY_MS);
    reply(0);
    await wait(0);

    first();
    document.setState({ text: 'still followed' });
    await wait(300);
    expect(posted()).toEqual(['page first', 'page still followed']);
    reply(1);
    await wait(0);

    second();
    expect(latestResult(stores, 'page')).toBeNull();
    document.setState({ text: 'no one looks' });
    await wait(START_DELAY_MS);
    expect(posted()).toHaveLength(2);

    // A later subscriber asks again, at once (start-up is over).
    subscribeToJob(stores, 'page', 300, () => {});
    await wait(0);
    expect(posted()).toEqual(['page first', 'page still followed', 'page no one looks']);
  });
});
