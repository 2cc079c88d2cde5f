import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postPage } from '../../core/analysis/stats';
import { lastRunMs, resetBackgroundClientForTests, runInBackground } from './background-client';
import type { JobReply, JobRequest } from './background-jobs';

/** A worker that records what the page posts and answers only when the test says so. */
class FakeWorker {
  static made: FakeWorker[] = [];
  posted: JobRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<JobReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: JobRequest): void {
    if (!this.terminated) this.posted.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answer `request` with `result` (the job having run `ms`). */
  reply(request: JobRequest | undefined, result: unknown, ms?: number): void {
    if (!request) throw new Error('nothing was posted');
    this.onmessage?.({ data: { id: request.id, result, ms } } as MessageEvent<JobReply>);
  }
  /** Fail as a worker whose script breaks does. */
  fail(): void {
    this.onerror?.({ preventDefault: () => {} } as ErrorEvent);
  }
}

const worker = (): FakeWorker => {
  const made = FakeWorker.made[0];
  if (!made) throw new Error('no worker was started');
  return made;
};

/** What `promise` has come to once pending tasks ran: its value, or 'pending'. */
async function state(promise: Promise<unknown>): Promise<unknown> {
  const pending = new Promise((resolve) => setTimeout(() => resolve('pending'), 0));
  return Promise.race([promise.then((value) => ({ value })), pending]);
}

describe('background client', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
    resetBackgroundClientForTests();
  });
  afterEach(() => {
    resetBackgroundClientForTests();
    vi.unstubAllGlobals();
  });

  it('sends one request per job at a time: the one in flight, then only the latest made meanwhile', async () => {
    const asked = Array.from({ length: 10 }, (_, i) => runInBackground('analysis', `text ${i + 1}`));
    expect(worker().posted.map((r) => r.text)).toEqual(['text 1']);

    // The 8 between the first and the latest never reach the worker, and are answered with null at once.
    for (const promise of asked.slice(1, 9)) expect(await state(promise)).toEqual({ value: null });
    expect(await state(asked[9]!)).toBe('pending');

    worker().reply(worker().posted[0], 'result 1');
    expect(await state(asked[0]!)).toEqual({ value: 'result 1' });
    expect(worker().posted.map((r) => r.text)).toEqual(['text 1', 'text 10']);

    worker().reply(worker().posted[1], 'result 10');
    expect(await state(asked[9]!)).toEqual({ value: 'result 10' });
    expect(worker().posted).toHaveLength(2);

    // The job is idle again: the next request goes straight out.
    void runInBackground('analysis', 'text 11');
    expect(worker().posted.map((r) => r.text)).toEqual(['text 1', 'text 10', 'text 11']);
  });

  it('keeps different jobs apart: one never replaces the request of another', async () => {
    const page = runInBackground('page', 'a');
    const analysis = runInBackground('analysis', 'a');
    const stats = runInBackground('stats', 'a');
    expect(worker().posted.map((r) => r.job)).toEqual(['page', 'analysis', 'stats']);

    const laterPage = runInBackground('page', 'b');
    const laterAnalysis = runInBackground('analysis', 'b');
    expect(worker().posted).toHaveLength(3);

    // The page job's reply sends the page job's queued request, and nothing of the analysis.
    worker().reply(worker().posted[0], 'page a');
    expect(worker().posted.map((r) => `${r.job} ${r.text}`)).toEqual([
      'page a',
      'analysis a',
      'stats a',
      'page b',
    ]);
    worker().reply(worker().posted[2], 'stats a');
    worker().reply(worker().posted[1], 'analysis a');
    expect(
      worker()
        .posted.map((r) => `${r.job} ${r.text}`)
        .slice(4),
    ).toEqual(['analysis b']);
    worker().reply(worker().posted[3], 'page b');
    worker().reply(worker().posted[4], 'analysis b');

    expect(await Promise.all([page, analysis, stats, laterPage, laterAnalysis])).toEqual([
      'page a',
      'analysis a',
      'stats a',
      'page b',
      'analysis b',
    ]);
  });

  it('answers everything outstanding when the worker fails: what it had as failed, the rest on the page', async () => {
    const inFlight = runInBackground('page', 'a');
    const superseded = runInBackground('page', 'b');
    const queued = runInBackground('page', 'Hello *there*.');
    const otherJob = runInBackground('analysis', 'x');
    expect(worker().posted.map((r) => `${r.job} ${r.text}`)).toEqual(['page a', 'analysis x']);

    worker().fail();
    expect(worker().terminated).toBe(true);
    expect(await inFlight).toBeNull();
    expect(await otherJob).toBeNull();
    expect(await superseded).toBeNull();
    // The queued request was never sent to the dead worker: it runs on the page.
    expect(await queued).toEqual(postPage('Hello *there*.'));
    expect(worker().posted).toHaveLength(2);

    // Later requests run on the page too (no second worker is started).
    expect(await runInBackground('page', 'Later.')).toEqual(postPage('Later.'));
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('runs jobs on the page when no worker can start, still only the latest of those made meanwhile', async () => {
    vi.stubGlobal('Worker', undefined);
    const first = runInBackground('page', 'One.');
    const dropped = runInBackground('page', 'Two.');
    const latest = runInBackground('page', 'Three.');
    expect(await dropped).toBeNull();
    expect(await first).toEqual(postPage('One.'));
    expect(await latest).toEqual(postPage('Three.'));
    expect(lastRunMs('page')).toEqual(expect.any(Number));
  });

  it('remembers how long each job last ran, from its replies', async () => {
    expect(lastRunMs('page')).toBeNull();
    const page = runInBackground('page', 'a');
    const analysis = runInBackground('analysis', 'a');
    worker().reply(worker().posted[0], 'page a', 1200);
    worker().reply(worker().posted[1], 'analysis a', 30);
    await Promise.all([page, analysis]);
    expect([lastRunMs('page'), lastRunMs('analysis')]).toEqual([1200, 30]);

    // A reply without a time (a result the worker had already) leaves the job's last time as it was.
    const cached = runInBackground('page', 'a');
    worker().reply(worker().posted[2], 'page a');
    await cached;
    expect(lastRunMs('page')).toBe(1200);
    const again = runInBackground('page', 'b');
    worker().reply(worker().posted[3], 'page b', 700);
    await again;
    expect(lastRunMs('page')).toBe(700);
  });
});
