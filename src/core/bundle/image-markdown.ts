/**
 * Pure: the Markdown inserted for newly added images, and where it goes. A caret inside the front matter (a
 * freshly imported post opens with the caret at 0) would break the post, so the images then go to the start
 * of the body instead.
 */
import { splitPost } from '../post/split-post';

/** `![alt](path)` per image, one per line; brackets and backslashes in the alt text are escaped. */
export function imageMarkdown(added: readonly { path: string; alt: string }[]): string {
  return added.map((a) => `![${a.alt.replace(/[[\]\\]/g, '\\$&')}](${a.path})`).join('\n');
}

/** Where to insert at `caret` in `text`: the caret, unless it is inside the front matter (then the body start). */
export function imageInsertPoint(text: string, caret: number): number {
  const split = splitPost(text);
  if (split.format === null || split.unclosed) return caret;
  return caret < split.bodyStart ? split.bodyStart : caret;
}
