/**
 * Marking a duplicated (or recovered) post by appending " (copy)" to its front matter title, through core's
 * `setField` (only the title's bytes change, its quoting kept). When the title cannot be edited safely (no
 * title, a non-text title, invalid front matter) the text is left unchanged: a duplicate must never break a post.
 */
import { applyChanges } from '../core/front-matter/apply-changes';
import { setField } from '../core/front-matter/edit-front-matter';
import { readFrontMatter } from '../core/front-matter/read-front-matter';

/** The suffix added to a duplicate's title. */
export const COPY_SUFFIX = ' (copy)';

/** `text` with " (copy)" appended to its title, or unchanged when that is not a safe edit. */
export function withCopyTitle(text: string): string {
  return withTitleSuffix(text, COPY_SUFFIX);
}

/**
 * `text` with `suffix` appended to its title (an empty title becomes the trimmed suffix), or unchanged when the
 * post has no text title or the edit is refused.
 */
export function withTitleSuffix(text: string, suffix: string): string {
  const read = readFrontMatter(text);
  if (!read.ok || read.format === null) return text;
  // Hugo reads keys case-insensitively: edit the key as the author wrote it.
  const key = Object.keys(read.data).find((k) => k.toLowerCase() === 'title');
  const title = key === undefined ? undefined : read.data[key];
  if (key === undefined || typeof title !== 'string') return text;
  const edit = setField(text, key, { kind: 'text', value: title ? title + suffix : suffix.trim() });
  return edit.ok ? applyChanges(text, edit.changes) : text;
}
