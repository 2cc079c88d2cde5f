/**
 * What the preview body shows, as the worker's HTML per block (BlockDom keeps nodes, not HTML), so the render
 * can be kept for the next visit (core/markdown/preview-snapshot). Applying a reply only records it; the block
 * list is put together when asked (`render`, a while after typing stops). Only short posts are kept: once the
 * body's HTML is over SNAPSHOT_MAX_CHARS, the mirror lets go of it and records nothing more.
 */
import { SNAPSHOT_MAX_CHARS } from '../../core/markdown/preview-snapshot';
import type { PreviewRender } from '../../state/preview-snapshots';
import type { PreviewReply } from './preview-protocol';

export class RenderMirror {
  private html: Map<number, string> | null = new Map();
  /** Characters of HTML in `html` (blocks gone included, until pruned). */
  private chars = 0;
  private ids: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private text: string | null = null;
  private done = false;

  /** The body now shows `reply` (applied, several merged) for `text`. */
  apply(reply: PreviewReply, text: string): void {
    const html = this.html;
    if (!html) return;
    for (const [id, block] of reply.added) {
      this.chars += block.length - (html.get(id)?.length ?? 0);
      html.set(id, block);
    }
    if (reply.ids) this.ids = reply.ids;
    if (reply.starts) {
      this.starts = reply.starts;
      this.ends = reply.ends ?? this.ends;
    }
    this.text = text;
    this.done = reply.done;
    if (this.chars > 2 * SNAPSHOT_MAX_CHARS) this.prune();
  }

  /** The body's blocks when it shows all of `text`; null otherwise, or when the post is too long to keep. */
  render(draftId: string, text: string, key: string): PreviewRender | null {
    if (!this.html || !this.done || this.text !== text) return null;
    this.prune();
    const html = this.html;
    if (!html || this.starts.length !== this.ids.length) return null;
    const blocks: string[] = [];
    for (const id of this.ids) {
      const block = html.get(id);
      if (block === undefined) return null;
      blocks.push(block);
    }
    return { draftId, text, key, blocks, starts: this.starts, ends: this.ends };
  }

  /** Forget blocks no longer shown; let go of everything if what is shown is too long to keep. */
  private prune(): void {
    const html = this.html;
    if (!html) return;
    const next = new Map<number, string>();
    let chars = 0;
    for (const id of this.ids) {
      const block = html.get(id);
      if (block === undefined) continue;
      next.set(id, block);
      chars += block.length;
    }
    this.html = chars > SNAPSHOT_MAX_CHARS ? null : next;
    this.chars = chars;
  }
}
