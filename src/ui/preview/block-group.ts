/**
 * One block of the preview body as BlockDom keeps it: the group of nodes built once from its HTML (parsed in
 * an inert `<template>`, disarmed), its images given their preview treatment (the draft's own images through
 * object URLs, a visible placeholder for a path the draft lacks, `loading="lazy"` for the rest), and its source
 * positions, which count from where the block starts in the post.
 */
import { disarm, elementsIn, placeholder } from './block-nodes';

/** Resolves a post's relative image path to an object URL held until released (null: the draft has none). */
export interface ImageResolver {
  hold(src: string): { url: string; release(): void } | null;
}

interface LocalImage {
  original: HTMLImageElement;
  current: Element;
  release: (() => void) | null;
}

export interface Group {
  id: number;
  sep: Text;
  nodes: Node[];
  /** The container it sits in when the body is split into chunks (null: directly in the body). */
  chunk: HTMLElement | null;
  /** The offset the group's source positions currently count from (0 until placed). */
  base: number;
  target: number;
  /** Where the block ends in the post (-1 for the footnotes section). */
  end: number;
  /**
   * While an echo shows (an edit rendered on the page that the worker has not answered yet): its HTML, and the
   * worker's nodes it stands in for, kept aside.
   */
  echoed: { html: string; nodes: Node[]; images: LocalImage[]; base: number } | null;
  images: LocalImage[];
}

const LOADABLE = /^(https?:|data:image\/|blob:)/i;
const POSITIONS = ['data-source-start', 'data-source-end'];

/** Build block `id`'s group from its HTML; the draft's own images are resolved through `images`. */
export function buildGroup(doc: Document, images: ImageResolver | null, id: number, html: string): Group {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const nodes = Array.from(template.content.childNodes);
  disarm(nodes);
  const group: Group = {
    id,
    sep: doc.createTextNode('\n'),
    nodes,
    chunk: null,
    base: 0,
    target: 0,
    end: 0,
    echoed: null,
    images: [],
  };
  for (const img of elementsIn(nodes, 'img') as HTMLImageElement[]) {
    const src = img.getAttribute('src') ?? '';
    if (src && !LOADABLE.test(src)) {
      const image: LocalImage = { original: img, current: img, release: null };
      group.images.push(image);
      placeImage(doc, images, group, image);
    } else img.setAttribute('loading', 'lazy');
  }
  return group;
}

/** Show one of the draft's own images: through an object URL from `images`, or a placeholder without one. */
export function placeImage(
  doc: Document,
  images: ImageResolver | null,
  group: Group,
  image: LocalImage,
): void {
  image.release?.();
  image.release = null;
  const src = image.original.getAttribute('src') ?? '';
  const held = images?.hold(src) ?? null;
  let next: Element;
  if (held) {
    const img = image.original.cloneNode(true) as HTMLImageElement;
    img.setAttribute('src', held.url);
    img.setAttribute('data-asset', src);
    image.release = held.release;
    next = img;
  } else next = placeholder(doc, src, image.original.getAttribute('alt') ?? '');
  if (image.current !== next) {
    const at = group.nodes.indexOf(image.current);
    if (at >= 0) group.nodes[at] = next;
    image.current.replaceWith(next);
    image.current = next;
  }
}

/** Let go of the object URLs `images` hold. */
export function releaseImages(images: readonly LocalImage[]): void {
  for (const image of images) image.release?.();
}

/** Make the group's source positions count from its target offset. */
export function shiftGroup(group: Group): void {
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
