/**
 * Pure: a post dated in the future (`date` or `publishDate`) is left out when Hugo builds the site before then
 * (unless built with --buildFuture). Dates without an offset are UTC, as Hugo reads them.
 */
import { dateToInstant } from '../front-matter/hugo-date';
import { fieldRange, fieldValue } from './front-matter-fields';
import type { Check, Problem } from './types';

function instantOf(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'string') return dateToInstant(value);
  return null;
}

/** `date` or `publishDate` after now. */
export const futureDateCheck: Check = (post, { now }) => {
  const problems: Problem[] = [];
  for (const key of ['publishDate', 'date']) {
    const value = fieldValue(post, key);
    const at = instantOf(value);
    if (at === null || at <= now) continue;
    problems.push({
      check: 'future-date',
      severity: 'warning',
      message: `The ${key} ${String(value instanceof Date ? value.toISOString() : value)} is in the future: Hugo leaves the post out until then (unless built with --buildFuture).`,
      ...fieldRange(post, key),
    });
    break;
  }
  return problems;
};
