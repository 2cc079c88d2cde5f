/**
 * Pure: a post without tags is harder to find on the site (no taxonomy pages list it).
 */
import { fieldRange, fieldValue } from './front-matter-fields';
import type { Check } from './types';

/** No `tags`, or an empty list. */
export const tagsCheck: Check = (post) => {
  if (!post.front.ok) return [];
  const value = fieldValue(post, 'tags');
  const tags = Array.isArray(value)
    ? value.filter((t) => String(t ?? '').trim() !== '')
    : value
      ? [value]
      : [];
  if (tags.length > 0) return [];
  return [{ check: 'tags', severity: 'info', message: 'The post has no tags.', ...fieldRange(post, 'tags') }];
};
