/**
 * The background worker: whole-post counts and analysis (see background-jobs), off the page's main thread.
 *
 * The jobs are imported, not bundled into this script, for the reason preview-worker.ts gives: Chromium keeps
 * compiled code for a worker's imported modules, not for its own script. Requests that come before the jobs
 * wait for them; if they cannot load, the error is thrown where the page sees it (the worker's `error` event).
 */
import type { JobRequest } from './background-jobs';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
};

const early: JobRequest[] = [];
scope.onmessage = (event) => early.push(event.data);
import('./background-jobs').then(
  ({ runJob }) => {
    scope.onmessage = (event) => scope.postMessage(runJob(event.data));
    for (const request of early.splice(0)) scope.postMessage(runJob(request));
  },
  (error: unknown) =>
    setTimeout(() => {
      throw error;
    }),
);
