/**
 * The preview body's DOM, kept in step with the render worker's block list without React: each block is a
 * group of nodes built once from its HTML (parsed in an inert `<template>`), joined to the previous block by a
 * line break as the pipeline joins them, so the body's HTML is the render's HTML. A patch removes the groups
 * that went, inserts the new ones in place, and leaves every other node alone (scroll position, selection and
 * find-in-page stay put).
 *
 * Before a group goes in: images get their preview treatment (the draft's own images through object URLs, a
 * visible placeholder for a path the draft lacks, `loading="lazy"` for the rest), and, as a second wall behind
 * the sanitizer, event-handler attributes and dangerous URLs are dropped. Source positions come relative to
 * the block and are made absolute here; when blocks shift (text typed above them) they are fixed up once typing
 * pauses, in idle time (`ShiftQueue`), so typing never waits for that either.
 */
import {
  buildGroup,
  placeImage,
  releaseImages,
  shiftGroup,
  type Group,
  type ImageResolver,
} from './block-group';
import type { PreviewPatch } from '../../core/markdown/incremental/engine';
import type { Echo } from '../../core/markdown/incremental/echo';
import { ShiftQueue } from './block-shifts';
import { BlockChunks } from './block-chunks';

export type { ImageResolver } from './block-group';

/** Keeps a container's children equal to a block list from the render worker. */
export class BlockDom {
  private order: Group[] = [];
  private readonly byId = new Map<number, Group>();
  private readonly doc: Document;
  private images: ImageResolver | null = null;
  private readonly shifts = new ShiftQueue(() => this.order);
  private readonly chunks: BlockChunks;
  private readonly echoes = new Set<Group>();
  /** Blocks of patches held back (see `prebuild`), built ahead of the patch that applies them. */
  private readonly prebuilt = new Map<number, Group>();
  /** The blocks of a kept render (see `showKept`) by their HTML, until a patch with the block order comes. */
  private readonly kept = new Map<string, Group[]>();

  constructor(private readonly root: HTMLElement) {
    this.doc = root.ownerDocument;
    this.chunks = new BlockChunks(root);
  }

  /**
   * Apply a patch from the worker. A block shown from an echo is kept (its nodes, just renamed) when the
   * worker's render of it is the same HTML; otherwise the worker's render replaces it.
   */
  apply(patch: PreviewPatch): void {
    const made = new Map<number, Group>();
    const adopted = this.adoptEchoes(patch);
    this.adoptKept(patch, adopted);
    for (const [id, html] of patch.added) {
      if (adopted.has(id)) continue;
      made.set(id, this.prebuilt.get(id) ?? buildGroup(this.doc, this.images, id, html));
      this.prebuilt.delete(id);
    }
    // What was built ahead and is not in this patch was superseded on the way.
    for (const group of this.prebuilt.values()) releaseImages(group.images);
    this.prebuilt.clear();
    if (patch.ids) this.reorder(patch.ids, made);
    if (patch.starts) {
      let shifted = false;
      patch.starts.forEach((start, i) => {
        const group = this.order[i];
        if (!group || start < 0) return;
        group.target = start;
        group.end = patch.ends?.[i] ?? group.end;
        if (made.has(group.id)) shiftGroup(group);
        else if (group.base !== start) shifted = true;
      });
      if (shifted) this.shifts.request();
    }
    this.settleEchoes();
  }

  /**
   * Build the blocks `patch` adds, now, for a later `apply` that brings them (several held patches merged):
   * the later apply then only places them, and the building is spread over the tasks the patches came in.
   * (A long post's code blocks coloured while a keystroke's echo held their patches back: 630 blocks, 690 KB
   * of HTML, built in one 90 ms task.)
   */
  prebuild(patch: PreviewPatch): void {
    for (const [id, html] of patch.added) {
      if (!this.prebuilt.has(id) && !this.byId.has(id))
        this.prebuilt.set(id, buildGroup(this.doc, this.images, id, html));
    }
  }

  /** The block holding offset `at` of the text the body shows (null: none, or the footnotes section). */
  blockAt(at: number): { id: number; start: number; end: number } | null {
    let lo = 0;
    let hi = this.order.length - 1;
    let found: Group | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const group = this.order[mid] as Group;
      // The footnotes section (target -1) is always last: treat it as past every offset.
      if (group.end >= 0 && group.target <= at) {
        found = group;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ? { id: found.id, start: found.target, end: found.end } : null;
  }

  /**
   * Show `echo` (an edit of one block rendered on the page) at once: the block's nodes are replaced and the
   * blocks after it move by the edit's length. The worker's next patch confirms or replaces it.
   */
  echo(echo: Echo): void {
    const group = this.byId.get(echo.id);
    if (!group) return;
    const fresh = buildGroup(this.doc, this.images, echo.id, echo.html);
    const aside = group.echoed ?? { html: '', nodes: group.nodes, images: group.images, base: group.base };
    // The worker's nodes are kept aside (the worker may yet say they stand); an earlier echo's simply go.
    if (group.echoed) releaseImages(group.images);
    this.swap(group, fresh.nodes, fresh.images, 0);
    group.end = echo.end;
    group.echoed = { ...aside, html: echo.html };
    this.echoes.add(group);
    let moved = false;
    for (let i = this.order.indexOf(group) + 1; i < this.order.length; i++) {
      const next = this.order[i] as Group;
      if (next.end < 0) continue;
      next.target += echo.delta;
      next.end += echo.delta;
      moved = true;
    }
    if (moved) this.shifts.request();
  }

  /** Show `nodes` (positions counting from `base`) in place of the group's, moved to count from its target. */
  private swap(group: Group, nodes: Node[], images: Group['images'], base: number): void {
    const first = group.nodes[0];
    if (first?.parentNode) {
      const fragment = this.doc.createDocumentFragment();
      fragment.append(...nodes);
      first.parentNode.insertBefore(fragment, first);
    }
    for (const node of group.nodes) node.parentNode?.removeChild(node);
    group.nodes = nodes;
    group.images = images;
    group.base = base;
    shiftGroup(group);
  }

  /**
   * Show a kept render of the text (core/markdown/preview-snapshot) while the worker has not answered: its
   * blocks go in under ids the worker never uses (negative). The first patch with the block order keeps the
   * nodes of every block it brings as the same HTML (renamed to the worker's id) and drops the others.
   */
  showKept(blocks: readonly string[], starts: readonly number[], ends: readonly number[]): void {
    if (this.order.length > 0) return;
    const ids = blocks.map((_, i) => -1 - i);
    const made = new Map<number, Group>();
    blocks.forEach((html, i) => {
      const group = buildGroup(this.doc, this.images, -1 - i, html);
      made.set(group.id, group);
      const same = this.kept.get(html);
      if (same) same.push(group);
      else this.kept.set(html, [group]);
    });
    this.reorder(ids, made);
    this.order.forEach((group, i) => {
      const start = starts[i] ?? -1;
      group.end = ends[i] ?? -1;
      if (start < 0) return;
      group.target = start;
      shiftGroup(group);
    });
  }

  /** A kept render's blocks that the patch brings as the same HTML keep their nodes under the worker's id. */
  private adoptKept(patch: PreviewPatch, adopted: Set<number>): void {
    if (this.kept.size === 0 || !patch.ids) return;
    for (const [id, html] of patch.added) {
      if (adopted.has(id)) continue;
      const group = this.kept.get(html)?.shift();
      if (!group || this.byId.get(group.id) !== group) continue;
      this.byId.delete(group.id);
      group.id = id;
      this.byId.set(id, group);
      adopted.add(id);
    }
    this.kept.clear();
  }

  /** Echoed blocks whose new render the patch brings as the same HTML keep their nodes under the new id. */
  private adoptEchoes(patch: PreviewPatch): Set<number> {
    const adopted = new Set<number>();
    if (this.echoes.size === 0 || !patch.ids) return adopted;
    const keep = new Set(patch.ids);
    for (const [id, html] of patch.added) {
      for (const group of this.echoes) {
        const echoed = group.echoed;
        if (echoed?.html !== html || keep.has(group.id) || this.byId.get(group.id) !== group) continue;
        releaseImages(echoed.images);
        this.byId.delete(group.id);
        group.id = id;
        group.echoed = null;
        this.byId.set(id, group);
        this.echoes.delete(group);
        adopted.add(id);
        break;
      }
    }
    return adopted;
  }

  /**
   * After a patch: an echoed block the worker kept under its old id (so with the HTML it had) shows the
   * worker's nodes again. (A block the patch removed was dropped with what it kept aside.)
   */
  private settleEchoes(): void {
    for (const group of this.echoes) {
      const echoed = group.echoed;
      if (!echoed) continue;
      group.echoed = null;
      if (this.byId.get(group.id) !== group) continue;
      releaseImages(group.images);
      this.swap(group, echoed.nodes, echoed.images, echoed.base);
    }
    this.echoes.clear();
  }

  /** Use `images` for the draft's own images (again for every image shown, when the draft's images change). */
  setImages(images: ImageResolver | null): void {
    this.images = images;
    for (const group of this.order)
      for (const image of group.images) placeImage(this.doc, this.images, group, image);
  }

  /** Forget everything (release held image URLs). */
  dispose(): void {
    this.shifts.dispose();
    for (const group of this.order) this.drop(group);
    for (const group of this.prebuilt.values()) releaseImages(group.images);
    this.prebuilt.clear();
    this.kept.clear();
    this.order = [];
    this.byId.clear();
  }

  /** The node after which the group following `prev` goes (null: at the start of its container). */
  private after(prev: Group | undefined): Node | null {
    if (!prev) return null;
    return prev.nodes[prev.nodes.length - 1] ?? (prev.sep.parentNode ? prev.sep : null);
  }

  /** Put `group` right after `prev` (at the very start when there is none), in `prev`'s container. */
  private place(group: Group, prev: Group | undefined): void {
    const container = this.chunks.containerFor(group, prev, this.order);
    const anchor = this.after(prev);
    const before = anchor && anchor.parentNode === container ? anchor.nextSibling : container.firstChild;
    const fragment = this.doc.createDocumentFragment();
    if (prev) fragment.append(group.sep);
    fragment.append(...group.nodes);
    container.insertBefore(fragment, before);
  }

  private reorder(ids: readonly number[], made: Map<number, Group>): void {
    const keep = new Set(ids);
    const first = this.order[0];
    for (const group of this.order) {
      if (keep.has(group.id)) continue;
      this.drop(group);
      this.byId.delete(group.id);
    }
    this.order = this.order.filter((g) => keep.has(g.id));
    const next: Group[] = [];
    let p = 0;
    for (const id of ids) {
      const existing = this.byId.get(id);
      if (existing && this.order[p] === existing) {
        next.push(existing);
        p++;
        continue;
      }
      // New (or, never in practice, moved): right after the group before it.
      const group = existing ?? made.get(id) ?? buildGroup(this.doc, this.images, id, '');
      if (existing) this.drop(existing, false);
      this.place(group, next[next.length - 1]);
      this.byId.set(id, group);
      next.push(group);
    }
    this.order = next;
    // Only the first group goes without the line break that joins it to the one before.
    const now = next[0];
    if (now?.sep.parentNode) now.sep.remove();
    if (first && first !== now && this.byId.get(first.id) === first && !first.sep.parentNode) {
      const at = next.indexOf(first);
      const container = first.chunk ?? this.root;
      const anchor = this.after(next[at - 1]);
      const before = first.nodes[0] ?? (anchor?.parentNode === container ? anchor.nextSibling : null);
      container.insertBefore(first.sep, before);
    }
    this.chunks.update(this.order);
  }

  private detach(group: Group): void {
    group.sep.remove();
    for (const node of group.nodes) node.parentNode?.removeChild(node);
    this.chunks.left(group);
  }

  private drop(group: Group, release = true): void {
    this.detach(group);
    if (!release) return;
    releaseImages(group.images);
    releaseImages(group.echoed?.images ?? []);
    group.echoed = null;
  }
}
