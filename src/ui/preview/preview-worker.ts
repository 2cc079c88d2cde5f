/**
 * The preview's render worker: the whole Markdown pipeline runs here, off the page's main thread, so typing
 * never waits for it (and the pipeline is not part of the page's first download).
 */
import type { PreviewRequest } from './preview-protocol';
import { createRenderLoop } from './render-loop';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<PreviewRequest>) => void) | null;
};

const loop = createRenderLoop({
  post: (reply) => scope.postMessage(reply),
  later: (task) => setTimeout(task, 0),
  now: () => performance.now(),
});

scope.onmessage = (event) => loop.receive(event.data);
loop.warm();
