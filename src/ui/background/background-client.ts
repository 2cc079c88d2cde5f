/**
 * The page's side of the background worker: one shared worker, started on first use. Each job name has at most
 * one request in flight: a request made while one is running waits, and a newer one for the same job replaces
 * it before it is ever sent (only the latest text matters, and a long post typed into would otherwise pile up a
 * copy of its text, a structured clone and a full job per pause). When no worker can start, jobs run on the page
 * in a later task, loaded on demand, one at a time per job in the same way.
 */
import type { RenderOptions } from '../../core/markdown/options';
import type { JobName, JobReply, JobRequest, JobResult } from './background-jobs';

type Waiter = (reply: JobReply) => void;

/** A job's requests: whether one is in flight, and the latest one made since (sent when that one is answered). */
interface Lane {
  busy: boolean;
  queued: { request: JobRequest; settle: Waiter } | null;
}

let worker: Worker | null | undefined;
let nextId = 1;
/** The requests in the worker, by id (only their waiters: the worker has its own copy of the text). */
const waiting = new Map<number, Waiter>();
const lanes = new Map<JobName, Lane>();
/** How long each job last ran, ms (see `lastRunMs`). */
const lastRun = new Map<JobName, number>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const started = new Worker(new URL('./background-worker.ts', import.meta.url), {
      type: 'module',
      name: 'background',
    });
    worker = started;
    started.onmessage = (event: MessageEvent<JobReply>) => {
      const waiter = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      waiter?.(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      if (worker === started) worker = null;
      // What the dead worker had is answered as failed (the job may be what killed it). Answering it lets each
      // job's queued request go next, and with no worker now, that one runs on the page.
      const stuck = [...waiting.entries()];
      waiting.clear();
      for (const [id, waiter] of stuck) waiter({ id, result: null, error: 'worker failed' });
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Hand `request` to the worker (or run it on the page) and call `done` with the reply. */
function dispatch(request: JobRequest, done: Waiter): void {
  const target = start();
  if (target) {
    waiting.set(request.id, done);
    target.postMessage(request);
    return;
  }
  setTimeout(() => {
    void import('./background-jobs').then(({ runJob }) => done(runJob(request)));
  }, 0);
}

/** Send `request` on `lane`; once it is answered, send the lane's queued request, if any. */
function send(lane: Lane, request: JobRequest, settle: Waiter): void {
  lane.busy = true;
  const job = request.job;
  // The reply's callback holds the waiter and the lane, never the request: the text is not kept alive by it.
  dispatch(request, (reply) => {
    lane.busy = false;
    if (typeof reply.ms === 'number') lastRun.set(job, reply.ms);
    settle(reply);
    const next = lane.queued;
    lane.queued = null;
    if (next) send(lane, next.request, next.settle);
  });
}

/**
 * A promise and the function that settles it with a reply, made where no request is in scope: the promise's
 * closures then keep nothing of the text alive while the request waits.
 */
function settleable<K extends JobName>(): { promise: Promise<JobResult<K> | null>; settle: Waiter } {
  let settle: Waiter = () => {};
  const promise = new Promise<JobResult<K> | null>((resolve) => {
    settle = (reply) => resolve(reply.error ? null : (reply.result as JobResult<K>));
  });
  return { promise, settle };
}

/**
 * Run `job` on `text` (rendered with `options`) off the page; resolves with its result (null when it failed).
 *
 * A request still waiting when a newer one for the same job is made is never run, and resolves with null at
 * once (the same value as a failure: "no result for this text"). That is safe for `useBackground`, the one
 * caller: all its users of a job share one channel (background-channels), which shows only the reply to its
 * latest request, and the request that replaces a waiting one is always that channel's newer one. A caller
 * that shows every reply it gets would show that null over a real result.
 */
export function runInBackground<K extends JobName>(
  job: K,
  text: string,
  options?: RenderOptions,
): Promise<JobResult<K> | null> {
  const request: JobRequest = { id: nextId++, job, text, now: Date.now() };
  if (options) request.options = options;
  const { promise, settle } = settleable<K>();
  let lane = lanes.get(job);
  if (!lane) lanes.set(job, (lane = { busy: false, queued: null }));
  if (lane.busy) {
    const dropped = lane.queued;
    lane.queued = { request, settle };
    dropped?.settle({ id: dropped.request.id, result: null, error: 'superseded' });
  } else {
    send(lane, request, settle);
  }
  return promise;
}

/** How long `job` ran the last time it ran, ms (null before it has). */
export function lastRunMs(job: JobName): number | null {
  return lastRun.get(job) ?? null;
}

/** Forget the worker and every request (tests only: each test starts with no worker and nothing waiting). */
export function resetBackgroundClientForTests(): void {
  worker?.terminate();
  worker = undefined;
  waiting.clear();
  lanes.clear();
  lastRun.clear();
  nextId = 1;
}
