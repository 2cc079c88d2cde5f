/**
 * Pure: a post marked `draft: true` is left out when Hugo builds the site (unless built with --buildDrafts).
 * Exports ask about it before writing the file.
 */
import { fieldRange, fieldValue } from './front-matter-fields';
import type { Check } from './types';

/** Whether the post is marked as a draft. */
export function isDraft(value: unknown): boolean {
  return value === true || value === 'true';
}

/** `draft: true`. */
export const draftCheck: Check = (post) => {
  if (!isDraft(fieldValue(post, 'draft'))) return [];
  return [
    {
      check: 'draft',
      severity: 'info',
      message: 'Marked draft: true: Hugo leaves it out of the site unless built with --buildDrafts.',
      ...fieldRange(post, 'draft'),
    },
  ];
};
