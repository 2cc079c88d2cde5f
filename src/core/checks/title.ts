/**
 * Pure: the title must be there, and not longer than search results show (about 60 characters).
 */
import { fieldRange, fieldValue } from './front-matter-fields';
import type { Check } from './types';

/** Characters a search result shows of a title. */
export const TITLE_MAX = 60;

/** Empty or missing title; a title over TITLE_MAX characters. */
export const titleCheck: Check = (post) => {
  if (!post.front.ok) return [];
  const value = fieldValue(post, 'title');
  const title = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  const at = fieldRange(post, 'title');
  if (!title) return [{ check: 'title', severity: 'warning', message: 'The post has no title.', ...at }];
  const length = [...title].length;
  if (length <= TITLE_MAX) return [];
  return [
    {
      check: 'title',
      severity: 'warning',
      message: `The title has ${length} characters; search results show about ${TITLE_MAX}.`,
      ...at,
    },
  ];
};
