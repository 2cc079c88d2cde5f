/**
 * The nodes of one preview block, apart from keeping the block list (BlockDom): finding elements among a
 * block's top-level nodes, the second wall behind the sanitizer, and the visible stand-in for an image the draft
 * lacks.
 */
import { isDangerousUrl } from '../../core/markdown/url-transform';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background'];

/** The elements among `nodes` and inside them that match `selector`. */
export function elementsIn(nodes: readonly Node[], selector: string): Element[] {
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
export function disarm(nodes: readonly Node[]): void {
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

export function placeholder(doc: Document, src: string, alt: string): Element {
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
