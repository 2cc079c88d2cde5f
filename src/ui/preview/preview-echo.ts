/**
 * The preview's echo: a typed character shows in the preview in the keystroke's own task. The render worker
 * stays the authority (it renders every change, the whole post and all that spans blocks); this only renders
 * the one edited block on the page, as the worker will (core/markdown/incremental/echo), and puts it in place
 * at once. Worker replies for texts older than the echo are held and applied together with the first reply
 * that has caught up, so the preview never steps back to a text without the typed character.
 */
import type { BlockRenderer } from '../../core/markdown/incremental/block-render';
import type { EchoHint, EngineOptions } from '../../core/markdown/incremental/engine';
import type { BlockDom } from './block-dom';
import type * as EchoRendererModule from './echo-renderer';
import { mergeReplies, type PreviewReply } from './preview-protocol';
import { whenIdle } from '../common/when-idle';

type EchoModule = typeof EchoRendererModule;

export class PreviewEcho {
  private module: EchoModule | null = null;
  private loading = false;
  /** The text (and options) to make a renderer for in idle time; see `prepare`. */
  private wanted: { text: string; options: EngineOptions } | null = null;
  private preparing = false;
  private renderer: { key: string; renderer: BlockRenderer | null } | null = null;
  private readonly hints = new Map<number, EchoHint>();
  private blockCount = 0;
  /** The text the body's blocks (their ranges) currently belong to. */
  private shown: string | null = null;
  private echoVersion = 0;
  private held: PreviewReply[] = [];
  /** A kept render shows (see `showKept`): replies are held until one has rendered the whole text. */
  private keptShown = false;

  constructor(private readonly blocks: BlockDom) {}

  /**
   * The preview shows `text`: load the renderer (once; in idle time) and make the one for this text's front
   * matter and options in idle time too, so the first keystroke into a newly opened post does not pay for it
   * (its front matter parsed, its pipeline built: ~8 ms at 800 KB in a profile).
   */
  prepare(text: string, options: EngineOptions): void {
    this.wanted = { text, options };
    if (!this.module) {
      this.load();
      return;
    }
    if (this.preparing) return;
    this.preparing = true;
    whenIdle(() => {
      this.preparing = false;
      const wanted = this.wanted;
      this.wanted = null;
      if (wanted && this.module) this.rendererFor(this.module, wanted.options, wanted.text);
    });
  }

  private load(): void {
    if (this.module || this.loading) return;
    this.loading = true;
    whenIdle(() => this.importModule(), 1000);
  }

  private importModule(): void {
    import('./echo-renderer').then(
      (module) => {
        this.module = module;
        // The first render through the pipeline compiles its code (tens of ms): do it in idle time, not on the
        // first keystroke.
        const warm = (step: number) => {
          if (module.warmUp(step)) whenIdle(() => warm(step + 1));
          else if (this.wanted) this.prepare(this.wanted.text, this.wanted.options);
        };
        whenIdle(() => warm(0));
      },
      () => {
        this.loading = false; // no echo; the worker alone updates the preview
      },
    );
  }

  /**
   * A reply from the worker, for `text`. Returns the reply to treat as applied (several held ones merged), or
   * null while it is held.
   */
  reply(reply: PreviewReply, text: string): PreviewReply | null {
    if (this.keptShown && !reply.done) {
      // Shown whole already: not replaced by a part of it while the worker fills in.
      this.held.push(reply);
      return null;
    }
    if (reply.version < this.echoVersion) {
      this.held.push(reply);
      this.blocks.prebuild(reply);
      return null;
    }
    const merged = this.held.length ? mergeReplies([...this.held, reply]) : reply;
    this.held = [];
    this.keptShown = false;
    this.blocks.apply(merged);
    for (const [id, hint] of merged.hints) this.hints.set(id, hint);
    if (merged.ids) {
      this.blockCount = merged.ids.length;
      if (this.hints.size > 2 * this.blockCount + 64) {
        const keep = new Set(merged.ids);
        for (const id of this.hints.keys()) if (!keep.has(id)) this.hints.delete(id);
      }
    }
    this.shown = text;
    return merged;
  }

  /**
   * Show a kept render of the text the body is about to get (see BlockDom.showKept) until the worker has
   * rendered all of it.
   */
  showKept(snapshot: { blocks: string[]; starts: number[]; ends: number[] }): void {
    this.blocks.showKept(snapshot.blocks, snapshot.starts, snapshot.ends);
    this.keptShown = true;
  }

  /**
   * The text is now `next`: show the edited block now if it can be rendered alone. The edit is taken against the
   * text the preview shows, not the one before this keystroke: when earlier keystrokes were not echoed (this
   * module still loading), the next one shows them all, if they stay on one line of one block. True when it was
   * echoed; then call `sent` with the version of the request that carries `next` to the worker.
   */
  edit(next: string, options: EngineOptions): boolean {
    const shown = this.shown;
    if (!this.module || shown === null) return false;
    const renderer = this.rendererFor(this.module, options, next);
    if (!renderer) return false;
    const echo = this.module.echoEdit(renderer, shown, next, (at) => {
      const block = this.blocks.blockAt(at);
      return block && { ...block, hint: this.hints.get(block.id) ?? null };
    });
    if (!echo) return false;
    this.blocks.echo(echo);
    this.shown = next;
    return true;
  }

  /** The echoed text went to the worker as request `version`: replies before it are held until it answers. */
  sent(version: number): void {
    this.echoVersion = version;
  }

  private rendererFor(module: EchoModule, options: EngineOptions, text: string): BlockRenderer | null {
    const key = module.rendererKey(options, text);
    if (this.renderer?.key !== key) this.renderer = { key, renderer: module.echoRenderer(options, text) };
    return this.renderer.renderer;
  }
}
