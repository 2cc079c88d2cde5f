/**
 * The page's side of the render worker: sends each text with a version number and hands every reply back with
 * the text it was rendered from (so the post head can show the front matter of the very text the body shows).
 * If no worker can start, the same render loop runs on the page instead (loaded on demand), in short slices.
 */
import type { EngineOptions } from '../../core/markdown/incremental/engine';
import type { PreviewReply, PreviewRequest } from './preview-protocol';

let spare: Worker | null = null;

function startWorker(): Worker {
  return new Worker(new URL('./preview-worker.ts', import.meta.url), { type: 'module', name: 'preview' });
}

/**
 * Start the render worker now (at start-up), so its code is fetched and compiled while storage opens and the
 * editor loads; the first preview takes it. Never throws.
 */
export function prewarmPreviewWorker(): void {
  try {
    if (spare) return;
    const worker = startWorker();
    // A worker that fails before a preview takes it is dropped (the preview then starts its own, or falls back).
    worker.onerror = () => {
      worker.terminate();
      if (spare === worker) spare = null;
    };
    spare = worker;
  } catch {
    spare = null;
  }
}

/** A connection to the preview's renderer. */
export interface PreviewClient {
  /** Send a text; returns the version number its reply will carry. */
  update(text: string, options: EngineOptions): number;
  dispose(): void;
}

/** Start a renderer; `onReply` gets each patch and the text it belongs to. */
export function createPreviewClient(onReply: (reply: PreviewReply, text: string) => void): PreviewClient {
  let version = 0;
  let last: PreviewRequest | null = null;
  let disposed = false;
  const texts = new Map<number, string>();
  let local: { receive(request: PreviewRequest): void } | null = null;
  let worker: Worker | null = null;

  const handle = (reply: PreviewReply) => {
    if (disposed) return;
    for (const v of texts.keys()) if (v < reply.version) texts.delete(v);
    onReply(reply, texts.get(reply.version) ?? '');
  };
  const send = (request: PreviewRequest) => {
    if (worker) worker.postMessage(request);
    else local?.receive(request);
  };
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    void import('./render-loop').then(({ createRenderLoop }) => {
      if (disposed) return;
      local = createRenderLoop({
        post: handle,
        later: (task) => setTimeout(task, 0),
        now: () => performance.now(),
      });
      if (last) local.receive(last);
    });
  };

  try {
    worker = spare ?? startWorker();
    spare = null;
    worker.onmessage = (event: MessageEvent<PreviewReply>) => handle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack();
    };
  } catch {
    fallBack();
  }

  return {
    update(text, options) {
      version += 1;
      texts.set(version, text);
      last = { type: 'update', version, text, options };
      send(last);
      return version;
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      local = null;
    },
  };
}
