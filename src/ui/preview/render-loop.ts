/**
 * The preview's render loop, the same in the worker and (when no worker can start) on the page: each request
 * re-cuts the text at once and renders the changed blocks first; the rest follows in short slices with a yield
 * between them, so a newer request is taken as soon as it arrives. Code languages load when blocks need them.
 */
import { PreviewEngine } from '../../core/markdown/incremental/engine';
import {
  codeLanguagesIn,
  isCodeLanguageMissing,
  loadCodeLanguages,
} from '../../core/markdown/code/highlighter';
import { previewTransforms } from './preview-extras';
import { optionsKey, type PreviewReply, type PreviewRequest } from './preview-protocol';
import { WARM_POST } from './warm-sample';

/** How long one slice of rendering may run before the loop yields. */
export const SLICE_MS = 8;
/** While the rest of a post renders after a change, the page gets its blocks at most this often. */
export const FILL_PATCH_MS = 100;
/**
 * ...or sooner, once this much HTML is waiting: the page builds a patch's blocks in one task (690 KB took 93 ms
 * in a probe), and what a fast worker renders in 100 ms can be several times this.
 */
export const PATCH_CHARS = 96 * 1024;
/** A text whose length differs from the last scanned by more than this is scanned for code languages. */
const SCAN_AGAIN_CHARS = 2000;

/** What the loop needs from where it runs. */
export interface LoopHost {
  post(reply: PreviewReply): void;
  /** Run `task` soon, after pending messages (setTimeout 0 in a worker). */
  later(task: () => void): void;
  now(): number;
}

export interface RenderLoop {
  /**
   * Render a sample post (WARM_POST) in slices while no request has come, and send nothing: the first text's
   * render then finds the pipeline's code compiled (the worker starts well before the page sends its text).
   */
  warm(): void;
  receive(request: PreviewRequest): void;
}

/** A render loop; feed it requests. */
export function createRenderLoop(host: LoopHost): RenderLoop {
  let engine: PreviewEngine | null = null;
  let key = '';
  let version = 0;
  let scheduled = false;
  let loading = false;

  let lastPost = -Infinity;
  /** The length of the last text scanned for code languages (-1: none yet). */
  let scanned = -1;

  /** `urgent`: a new text's changed blocks, shown at once; the rest of the fill is sent in batches. */
  const run = (urgent = false) => {
    scheduled = false;
    if (!engine) return;
    const done = engine.step(SLICE_MS, host.now, PATCH_CHARS);
    // Each patch costs the page a pass over every block (order, positions): while a long post fills in, one
    // patch per FILL_PATCH_MS instead of one per slice (publish() gathers everything since the last one),
    // unless that much would make the page's task long.
    if (
      urgent ||
      done ||
      host.now() - lastPost >= FILL_PATCH_MS ||
      engine.unpublishedChars() >= PATCH_CHARS
    ) {
      const patch = engine.publish();
      if (patch.ids || patch.starts || patch.added.length || done) {
        host.post({ type: 'patch', version, done, ...patch });
        lastPost = host.now();
      }
    }
    if (!done) schedule();
    else loadLanguages(engine);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.later(() => run());
  };
  const loadLanguages = (current: PreviewEngine, missing = current.missingLanguages()) => {
    if (loading || missing.length === 0) return;
    loading = true;
    void loadCodeLanguages(missing).then(() => {
      loading = false;
      current.codeLanguagesLoaded();
      schedule();
    });
  };

  /** Warming up: a throwaway engine rendering WARM_POST a slice at a time, until done or a request comes. */
  let warming: PreviewEngine | null = null;
  const warmStep = () => {
    if (!warming) return;
    if (warming.step(SLICE_MS, host.now)) warming = null;
    else host.later(warmStep);
  };

  return {
    warm() {
      if (engine || warming) return;
      warming = new PreviewEngine({}, previewTransforms);
      warming.update(WARM_POST);
      host.later(warmStep);
    },
    receive(request) {
      warming = null; // the real text now; its render compiles whatever the warm-up had not reached
      const next = optionsKey(request.options);
      if (!engine) {
        key = next;
        engine = new PreviewEngine(request.options, previewTransforms);
      } else if (next !== key) {
        key = next;
        engine.setOptions(request.options);
      }
      version = request.version;
      engine.update(request.text);
      // The changed blocks now, not after a yield: this is the keystroke's latency.
      run(true);
      // A newly opened post (the first text, or one of a length far from the last scanned): the languages its
      // code names start loading now, while its blocks render, not once all of it has (a long post's code was
      // then coloured seconds later, in patches that met the first keystrokes). Typing scans nothing.
      if (engine && (scanned < 0 || Math.abs(request.text.length - scanned) > SCAN_AGAIN_CHARS)) {
        scanned = request.text.length;
        loadLanguages(engine, codeLanguagesIn(request.text).filter(isCodeLanguageMissing));
      }
    },
  };
}
