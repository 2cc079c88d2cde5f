/**
 * Pure: the description (what search engines and link previews show) must be there, and not longer than they
 * show (about 160 characters).
 */
import { fieldRange, fieldValue } from './front-matter-fields';
import type { Check } from './types';

/** Characters a search result shows of a description. */
export const DESCRIPTION_MAX = 160;

/** Empty or missing description; a description over DESCRIPTION_MAX characters. */
export const descriptionCheck: Check = (post) => {
  if (!post.front.ok) return [];
  const value = fieldValue(post, 'description');
  const text = typeof value === 'string' ? value.trim() : '';
  const at = fieldRange(post, 'description');
  if (!text) {
    return [
      {
        check: 'description',
        severity: 'warning',
        message: 'The post has no description: search engines and link previews will pick some text.',
        ...at,
      },
    ];
  }
  const length = [...text].length;
  if (length <= DESCRIPTION_MAX) return [];
  return [
    {
      check: 'description',
      severity: 'warning',
      message: `The description has ${length} characters; search results show about ${DESCRIPTION_MAX}.`,
      ...at,
    },
  ];
};
