/**
 * The preview's render worker: the whole Markdown pipeline runs here, off the page's main thread, so typing
 * never waits for it (and the pipeline is not part of the page's first download).
 *
 * The pipeline is imported, not bundled into this script: Chromium keeps no compiled code for a worker's own
 * script, but does for the modules it imports. Bundled, each start parsed and compiled ~600 KB again (in a trace:
 * 22 ms compiling and 72 ms evaluating on the worker's thread); imported, ~5 and ~23 ms once the browser has
 * loaded it before. Requests that come before the pipeline wait for it; if it cannot load, the error is thrown
 * where the page sees it (the worker's `error` event), and the page renders the preview itself.
 */
import type { PreviewRequest } from './preview-protocol';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
};

const early: PreviewRequest[] = [];
scope.onmessage = (event) => early.push(event.data);
import('./render-loop').then(
  ({ createRenderLoop }) => {
    const loop = createRenderLoop({
      post: (reply) => scope.postMessage(reply),
      later: (task) => setTimeout(task, 0),
      now: () => performance.now(),
    });
    scope.onmessage = (event) => loop.receive(event.data);
    for (const request of early.splice(0)) loop.receive(request);
    loop.warm();
  },
  (error: unknown) =>
    setTimeout(() => {
      throw error;
    }),
);
