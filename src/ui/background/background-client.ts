/**
 * The page's side of the background worker: one shared worker, started on first use; each job name keeps only
 * its latest request (older ones are answered but dropped). When no worker can start, jobs run on the page in a
 * later task, loaded on demand.
 */
import type { RenderOptions } from '../../core/markdown/options';
import type { JobName, JobReply, JobRequest, JobResult } from './background-jobs';

type Waiter = (reply: JobReply) => void;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiter>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./background-worker.ts', import.meta.url), {
      type: 'module',
      name: 'background',
    });
    worker.onmessage = (event: MessageEvent<JobReply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      // Answer what was sent to the dead worker on the page instead.
      const stuck = [...waiting.keys()];
      for (const id of stuck) waiting.get(id)?.({ id, result: null, error: 'worker failed' });
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Run `job` on `text` (rendered with `options`) off the page; resolves with its result (null when it failed). */
export function runInBackground<K extends JobName>(
  job: K,
  text: string,
  options?: RenderOptions,
): Promise<JobResult<K> | null> {
  const request: JobRequest = { id: nextId++, job, text, now: Date.now() };
  if (options) request.options = options;
  return new Promise((resolve) => {
    const done: Waiter = (reply) => resolve(reply.error ? null : (reply.result as JobResult<K>));
    const target = start();
    if (target) {
      waiting.set(request.id, done);
      target.postMessage(request);
      return;
    }
    setTimeout(() => {
      void import('./background-jobs').then(({ runJob }) => done(runJob(request)));
    }, 0);
  });
}
