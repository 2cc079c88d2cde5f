/**
 * Pure: the URL rule both renderers share. Goldmark blanks link and image URLs it deems dangerous
 * (`javascript:`, `vbscript:`, `file:`, and `data:` except PNG, GIF, JPEG, WebP and SVG images); the preview
 * does the same in every mode, so nothing from a post can run. Pass `urlTransform` to react-markdown so its
 * output agrees with `render`.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|svg\+xml);/i;
const DANGEROUS = /^(?:javascript|vbscript|file|data):/i;

/**
 * True when `url` must not stay: goldmark's dangerous schemes, and a `data:` image anywhere but an image's
 * source (`image` false: a link to an SVG document could run its script once opened). Whitespace and control
 * characters are ignored wherever they are, as browsers ignore them in a scheme.
 */
export function isDangerousUrl(url: string, image = true): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  if (image && SAFE_DATA_IMAGE.test(cleaned)) return false;
  return DANGEROUS.test(cleaned);
}

/**
 * react-markdown's `urlTransform`: `url` unchanged, or '' when it is dangerous. `key` and `node` (the property
 * and element, as react-markdown passes them) tell an image source (`img`/`source` `src`) from a link.
 */
export function urlTransform(url: string, key?: string, node?: Readonly<Element>): string {
  const image =
    key === undefined || (key === 'src' && (node?.tagName === 'img' || node?.tagName === 'source'));
  return isDangerousUrl(url, image) ? '' : url;
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'background', 'longDesc'];

/** A rehype plugin applying `urlTransform` to every URL attribute (so `render` matches react-markdown). */
export function rehypeUrlTransform() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = urlTransform(value, key, node);
      }
    });
  };
}
