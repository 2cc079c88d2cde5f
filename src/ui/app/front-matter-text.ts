/**
 * The part of a post the front matter form needs: the front matter block (and, with no front matter, the first
 * line, so a new block gets the post's line ending). Selecting this string instead of the whole text means the
 * form renders again only when the front matter changes, not on every keystroke in the body. Edits the form
 * computes from it have the same offsets as in the whole text, since the block comes first. An unclosed block
 * (the whole text is body then) gives the whole text.
 */
import { splitPost } from '../../core/post/split-post';

/** The front matter block of `text` (see above). */
export function frontMatterText(text: string): string {
  const split = splitPost(text);
  if (split.unclosed) return text;
  if (split.format !== null) return text.slice(0, split.blockEnd);
  const eol = text.indexOf('\n');
  return eol < 0 ? text : text.slice(0, eol + 1);
}
