/**
 * The caret's blink, driven by a timer instead of CodeMirror's CSS animation.
 *
 * `drawSelection` blinks its cursor layer with an endless CSS animation and restarts it on every selection
 * change. While that animation runs, Chromium produces frames on its own clock, so the frame that shows a
 * keystroke waits for the next tick: on a probe page typed into as `npm run bench` types (headless Chromium,
 * docs/performance.md), CodeMirror alone with a trivial preview took ~10 ms from keydown to the frame with the
 * animation and ~5-6 ms without it. Atom and
 * VS Code left CSS animations for their carets for the same delays and for their CPU cost.
 *
 * Here the layer's own animation has no duration, and a timer hides and shows the layer every half period. The
 * caret stays solid while it moves (each edit or selection change restarts the timer), and it blinks only while
 * the editor has focus, as before.
 */
import { drawSelection, EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';
import type { Extension } from '@codemirror/state';

/** Half of CodeMirror's default 1.2 s blink cycle: shown this long, hidden this long. */
export const CARET_BLINK_HALF_MS = 600;
/** The class that hides the cursor layer in the off half of the blink. */
export const CARET_OFF_CLASS = 'pw-caret-off';

class CaretBlink {
  private timer: ReturnType<typeof setInterval> | undefined;
  private layer: HTMLElement | null = null;

  constructor(private readonly view: EditorView) {
    if (view.hasFocus) this.restart();
  }

  update(update: ViewUpdate): void {
    if (update.focusChanged && !update.view.hasFocus) this.stop();
    else if (update.docChanged || update.selectionSet || update.focusChanged) {
      if (update.view.hasFocus) this.restart();
    }
  }

  destroy(): void {
    this.stop();
  }

  private cursorLayer(): HTMLElement | null {
    if (!this.layer?.isConnected) this.layer = this.view.dom.querySelector<HTMLElement>('.cm-cursorLayer');
    return this.layer;
  }

  private show(on: boolean): void {
    this.cursorLayer()?.classList.toggle(CARET_OFF_CLASS, !on);
  }

  private restart(): void {
    this.stop();
    let on = true;
    this.timer = setInterval(() => {
      on = !on;
      this.show(on);
    }, CARET_BLINK_HALF_MS);
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    this.show(true);
  }
}

/** `drawSelection` with its caret blinking by the timer above (use instead of basicSetup's drawSelection). */
export function caretBlink(): Extension {
  return [
    drawSelection({ cursorBlinkRate: 0 }),
    ViewPlugin.fromClass(CaretBlink),
    EditorView.theme({ [`.cm-cursorLayer.${CARET_OFF_CLASS}`]: { opacity: 0 } }),
  ];
}
