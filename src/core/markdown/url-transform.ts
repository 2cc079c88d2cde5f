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

/** True when goldmark would blank `url`. Leading whitespace and control characters are ignored, as browsers do. */
export function isDangerousUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  if (SAFE_DATA_IMAGE.test(cleaned)) return false;
  return DANGEROUS.test(cleaned);
}

/** react-markdown's `urlTransform`: `url` unchanged, or '' when it is dangerous. */
export function urlTransform(url: string): string {
  return isDangerousUrl(url) ? '' : url;
}

const URL_PROPERTIES = ['href', 'src', 'cite', 'action', 'formAction', 'poster', 'background', 'longDesc'];

/** A rehype plugin applying `urlTransform` to every URL attribute (so `render` matches react-markdown). */
export function rehypeUrlTransform() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      for (const key of URL_PROPERTIES) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = urlTransform(value);
      }
    });
  };
}
