/**
 * In a long post, the preview body's blocks sit in plain `<div class="pw-chunk">` containers of about CHUNK
 * blocks: a change then lays out one container and the list of containers instead of every block of the post
 * (from 40 ms to under 1 ms per keystroke at 800 KB). Margins still collapse across containers, so the page looks
 * the same. BlockDom places and removes groups; this says which container a group goes in and keeps the
 * containers' sizes.
 */
import type { Group } from './block-group';

/** Blocks per container in a long post; a body of CHUNK_FROM blocks or more is split, CHUNK_UNTIL or fewer not. */
const CHUNK = 128;
const CHUNK_FROM = 384;
const CHUNK_UNTIL = 192;

export class BlockChunks {
  private chunked = false;
  private readonly sizes = new Map<HTMLElement, number>();

  constructor(private readonly root: HTMLElement) {}

  /** The container `group`, placed right after `prev` in `order`, goes in (the body itself in a short post). */
  containerFor(group: Group, prev: Group | undefined, order: readonly Group[]): HTMLElement {
    if (!this.chunked) return this.root;
    const container = prev?.chunk ?? this.firstChunk(order);
    group.chunk = container;
    this.sizes.set(container, (this.sizes.get(container) ?? 0) + 1);
    return container;
  }

  /** `group`'s nodes were taken out: its container goes when it is left empty. */
  left(group: Group): void {
    const chunk = group.chunk;
    if (!chunk) return;
    group.chunk = null;
    const size = (this.sizes.get(chunk) ?? 1) - 1;
    if (size > 0) this.sizes.set(chunk, size);
    else {
      this.sizes.delete(chunk);
      chunk.remove();
    }
  }

  /** After a patch: split the body into containers, or back out of them, or split a container grown too big. */
  update(order: readonly Group[]): void {
    const n = order.length;
    if (!this.chunked && n >= CHUNK_FROM) {
      this.chunked = true;
      this.root.textContent = '';
      order.forEach((group, i) => {
        if (i % CHUNK === 0) this.root.append(this.newChunk());
        const chunk = this.root.lastElementChild as HTMLElement;
        group.chunk = chunk;
        this.sizes.set(chunk, (this.sizes.get(chunk) ?? 0) + 1);
        if (i > 0) chunk.append(group.sep);
        chunk.append(...group.nodes);
      });
      return;
    }
    if (this.chunked && n <= CHUNK_UNTIL) {
      this.chunked = false;
      this.root.textContent = '';
      this.sizes.clear();
      order.forEach((group, i) => {
        group.chunk = null;
        if (i > 0) this.root.append(group.sep);
        this.root.append(...group.nodes);
      });
      return;
    }
    if (!this.chunked) return;
    // Split a container that grew too big (blocks typed or pasted into one stretch).
    for (const [chunk, size] of [...this.sizes]) {
      if (size <= CHUNK * 2) continue;
      const members = order.filter((g) => g.chunk === chunk);
      const moving = members.slice(Math.floor(members.length / 2));
      const fresh = this.newChunk();
      chunk.after(fresh);
      for (const group of moving) {
        if (group.sep.parentNode) fresh.append(group.sep);
        fresh.append(...group.nodes);
        group.chunk = fresh;
      }
      this.sizes.set(chunk, members.length - moving.length);
      this.sizes.set(fresh, moving.length);
    }
  }

  private newChunk(): HTMLElement {
    const chunk = this.root.ownerDocument.createElement('div');
    chunk.className = 'pw-chunk';
    return chunk;
  }

  private firstChunk(order: readonly Group[]): HTMLElement {
    const found = order.find((g) => g.chunk)?.chunk;
    if (found) return found;
    const chunk = this.newChunk();
    this.root.prepend(chunk);
    return chunk;
  }
}
