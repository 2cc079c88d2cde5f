/**
 * Pure: headings that want the same id. An id set twice with `{#id}` makes two targets of one name (links go
 * to the first); a repeated heading text makes Hugo number the later ones (`intro-1`), which links written by
 * hand to `#intro` do not reach.
 */
import type { Check, Problem } from './types';

/** Repeated explicit ids (error) and automatically renumbered ids (warning). */
export const duplicateHeadingIdsCheck: Check = (post) => {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const h of post.headings) {
    if (h.explicitId && seen.has(h.id)) {
      problems.push({
        check: 'duplicate-heading-ids',
        severity: 'error',
        message: `Another heading already has the id “${h.id}”: links to #${h.id} go to the first one.`,
        from: h.from,
        to: h.to,
      });
    } else if (!h.explicitId && h.id !== h.baseId) {
      problems.push({
        check: 'duplicate-heading-ids',
        severity: 'warning',
        message: `An earlier heading already makes the id “${h.baseId}”; Hugo gives this one “${h.id}”.`,
        from: h.from,
        to: h.to,
      });
    }
    seen.add(h.id);
  }
  return problems;
};
