/**
 * The background worker: whole-post counts and analysis (see background-jobs), off the page's main thread.
 */
import { runJob, type JobRequest } from './background-jobs';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
};

scope.onmessage = (event) => scope.postMessage(runJob(event.data));
