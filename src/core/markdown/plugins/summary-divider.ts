/**
 * Pure: Hugo's summary divider. The first `<!--more-->` in the body ends the summary; Hugo takes it out of
 * the source before Markdown and splits the rendered HTML there. Here it becomes a marker paragraph while
 * parsing, then a `<!--more-->` comment in the HTML, which `render` splits on (and removes).
 */
import type { Parent, Root, RootContent } from 'mdast';

/** The divider as written in a post. */
export const SUMMARY_DIVIDER = '<!--more-->';

const MARKER = 'PWSUMMARYDIVIDERX';

/** The mdast node left where the divider was; the `summaryDivider` handler makes it a comment. */
export interface SummaryDividerNode {
  type: 'summaryDivider';
}

/** Replace the first divider in `body` by a marker paragraph. */
export function markSummaryDivider(body: string): string {
  const at = body.indexOf(SUMMARY_DIVIDER);
  if (at < 0) return body;
  return `${body.slice(0, at)}\n\n${MARKER}\n\n${body.slice(at + SUMMARY_DIVIDER.length)}`;
}

/** Turn the marker back into a divider node (or drop it where it landed inside other text). */
export function replaceSummaryDivider(tree: Root): void {
  const walk = (parent: Parent): boolean => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i] as RootContent;
      if (child.type === 'paragraph' && child.children.length === 1) {
        const only = child.children[0];
        if (only?.type === 'text' && only.value.trim() === MARKER) {
          parent.children[i] = {
            type: 'summaryDivider',
          } as unknown as RootContent as Parent['children'][number];
          return true;
        }
      }
      if (child.type === 'text' && child.value.includes(MARKER)) {
        child.value = child.value.replace(MARKER, '');
        return true;
      }
      if ('children' in child && walk(child)) return true;
    }
    return false;
  };
  walk(tree);
}
