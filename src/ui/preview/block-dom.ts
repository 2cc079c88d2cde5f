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
 * the block and are made absolute here; when blocks shift (text typed above them) they are fixed up in idle
 * time, a slice at a time, so typing never waits for that either.
 */
import { isDangerousUrl } from '../../core/markdown/url-transform';
import type { PreviewPatch } from '../../core/markdown/incremental/engine';

/** Resolves a post's relative image path to an object URL held until released (null: the draft has none). */
export interface ImageResolver {
  hold(src: string): { url: string; release(): void } | null;
}

interface LocalImage {
  original: HTMLImageElement;
  current: Element;
  release: (() => void) | null;
}

interface Group {
  id: number;
  sep: Text;
  nodes: Node[];
  /** The offset the group's source positions currently count from (0 until placed). */
  base: number;
  target: number;
  images: LocalImage[];
}

const LOADABLE = /^(https?:|data:image\/|blob:)/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background'];
const POSITIONS = ['data-source-start', 'data-source-end'];
const SHIFT_SLICE_MS = 4;

function elementsIn(nodes: readonly Node[], selector: string): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.matches(selector)) out.push(el);
    out.push(...Array.from(el.querySelectorAll(selector)));
  }
  return out;
}

/** Drop event handlers and dangerous URLs (the pipeline never emits them; this is the second wall). */
function disarm(nodes: readonly Node[]): void {
  for (const el of elementsIn(nodes, '*')) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || (URL_ATTRIBUTES.includes(name) && isDangerousUrl(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
    if (el.localName === 'script') el.remove();
  }
}

function placeholder(doc: Document, src: string, alt: string): Element {
  const box = doc.createElement('span');
  box.className = 'missing-image';
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', `Missing image: ${src}`);
  if (alt) box.title = alt;
  const part = (className: string, text: string, hidden = false) => {
    const span = doc.createElement('span');
    span.className = className;
    if (hidden) span.setAttribute('aria-hidden', 'true');
    span.textContent = text;
    box.append(span);
  };
  part('missing-image__icon', '▧', true);
  part('missing-image__path', src);
  part('missing-image__note', 'not in this draft');
  return box;
}

/** Keeps a container's children equal to a block list from the render worker. */
export class BlockDom {
  private order: Group[] = [];
  private readonly byId = new Map<number, Group>();
  private readonly doc: Document;
  private images: ImageResolver | null = null;
  private shiftQueued = false;
  private disposed = false;

  constructor(private readonly root: HTMLElement) {
    this.doc = root.ownerDocument;
  }

  /** Apply a patch from the worker. */
  apply(patch: PreviewPatch): void {
    const made = new Map<number, Group>();
    for (const [id, html] of patch.added) made.set(id, this.build(id, html));
    if (patch.ids) this.reorder(patch.ids, made);
    if (patch.starts) {
      let shifted = false;
      patch.starts.forEach((start, i) => {
        const group = this.order[i];
        if (!group || start < 0) return;
        group.target = start;
        if (made.has(group.id)) this.shift(group);
        else if (group.base !== start) shifted = true;
      });
      if (shifted) this.queueShifts();
    }
  }

  /** Use `images` for the draft's own images (again for every image shown, when the draft's images change). */
  setImages(images: ImageResolver | null): void {
    this.images = images;
    for (const group of this.order) for (const image of group.images) this.placeImage(group, image);
  }

  /** Forget everything (release held image URLs). */
  dispose(): void {
    this.disposed = true;
    for (const group of this.order) this.drop(group);
    this.order = [];
    this.byId.clear();
  }

  private build(id: number, html: string): Group {
    const template = this.doc.createElement('template');
    template.innerHTML = html;
    const nodes = Array.from(template.content.childNodes);
    disarm(nodes);
    const group: Group = { id, sep: this.doc.createTextNode('\n'), nodes, base: 0, target: 0, images: [] };
    for (const img of elementsIn(nodes, 'img') as HTMLImageElement[]) {
      const src = img.getAttribute('src') ?? '';
      if (src && !LOADABLE.test(src)) {
        const image: LocalImage = { original: img, current: img, release: null };
        group.images.push(image);
        this.placeImage(group, image);
      } else img.setAttribute('loading', 'lazy');
    }
    return group;
  }

  private placeImage(group: Group, image: LocalImage): void {
    image.release?.();
    image.release = null;
    const src = image.original.getAttribute('src') ?? '';
    const held = this.images?.hold(src) ?? null;
    let next: Element;
    if (held) {
      const img = image.original.cloneNode(true) as HTMLImageElement;
      img.setAttribute('src', held.url);
      img.setAttribute('data-asset', src);
      image.release = held.release;
      next = img;
    } else next = placeholder(this.doc, src, image.original.getAttribute('alt') ?? '');
    if (image.current !== next) {
      const at = group.nodes.indexOf(image.current);
      if (at >= 0) group.nodes[at] = next;
      image.current.replaceWith(next);
      image.current = next;
    }
  }

  private head(from: number): Node | null {
    for (let i = from; i < this.order.length; i++) {
      const group = this.order[i] as Group;
      if (group.sep.parentNode) return group.sep;
      if (group.nodes[0]) return group.nodes[0];
    }
    return null;
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
      // New (or, never in practice, moved): put it before the rest of the old list.
      const group = existing ?? made.get(id) ?? this.build(id, '');
      if (existing) this.detach(existing);
      this.root.insertBefore(this.fragment(group), this.head(p));
      this.byId.set(id, group);
      next.push(group);
    }
    this.order = next;
    // Only the first group goes without the line break that joins it to the one before.
    const now = next[0];
    if (now?.sep.parentNode) now.sep.remove();
    if (first && first !== now && this.byId.get(first.id) === first && !first.sep.parentNode) {
      const at = first.nodes.find((n) => n.parentNode === this.root) ?? this.head(next.indexOf(first) + 1);
      this.root.insertBefore(first.sep, at);
    }
  }

  private fragment(group: Group): DocumentFragment {
    const fragment = this.doc.createDocumentFragment();
    fragment.append(group.sep, ...group.nodes);
    return fragment;
  }

  private detach(group: Group): void {
    group.sep.remove();
    for (const node of group.nodes) node.parentNode?.removeChild(node);
  }

  private drop(group: Group): void {
    this.detach(group);
    for (const image of group.images) image.release?.();
  }

  /** Make the group's source positions count from its target offset. */
  private shift(group: Group): void {
    const delta = group.target - group.base;
    if (delta === 0) return;
    for (const el of elementsIn(group.nodes, '[data-source-start],[data-source-end]')) {
      for (const name of POSITIONS) {
        const value = el.getAttribute(name);
        if (value !== null) el.setAttribute(name, String(Number(value) + delta));
      }
    }
    group.base = group.target;
  }

  private queueShifts(): void {
    if (this.shiftQueued) return;
    this.shiftQueued = true;
    const run = (deadline?: { timeRemaining(): number }) => {
      this.shiftQueued = false;
      if (this.disposed) return;
      const end = performance.now() + Math.min(SHIFT_SLICE_MS, deadline?.timeRemaining() ?? SHIFT_SLICE_MS);
      for (const group of this.order) {
        if (group.base === group.target) continue;
        if (performance.now() > end) {
          this.queueShifts();
          return;
        }
        this.shift(group);
      }
    };
    const idle = (globalThis as { requestIdleCallback?: (cb: typeof run, o: object) => void })
      .requestIdleCallback;
    if (idle) idle(run, { timeout: 1000 });
    else setTimeout(run, 50);
  }
}
