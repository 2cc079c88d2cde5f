/**
 * Pure: a remark plugin for Hugo's default (`unsafe = false`): every raw HTML block or inline tag is left out
 * and replaced by the comment goldmark writes, `<!-- raw HTML omitted -->`. The comments are counted by
 * `render` so the preview can say what it left out.
 */
import type { Parent, Root, RootContent } from 'mdast';

/** The mdast node standing for omitted HTML; the `rawHtmlOmitted` handler makes it a comment. */
export interface RawHtmlOmitted {
  type: 'rawHtmlOmitted';
}

/** The comment text goldmark writes in place of raw HTML. */
export const RAW_HTML_OMITTED = ' raw HTML omitted ';

/** The plugin: replaces `html` nodes (use only when unsafe is off). */
export function remarkRawHtmlOmitted() {
  return (tree: Root): void => {
    const walk = (parent: Parent): void => {
      parent.children = parent.children.map((child) => {
        if (child.type === 'html') return { type: 'rawHtmlOmitted' } as unknown as RootContent;
        if ('children' in child) walk(child);
        return child;
      }) as Parent['children'];
    };
    walk(tree);
  };
}
