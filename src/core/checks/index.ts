/**
 * Pure: every check, and `runChecks`, which runs them all on a read post and lists the problems in the order
 * they appear in the text.
 */
import type { PostAnalysis } from '../analysis/analyze-post';
import { descriptionCheck } from './description';
import { draftCheck } from './draft';
import { duplicateHeadingIdsCheck } from './duplicate-heading-ids';
import { frontMatterErrorCheck } from './front-matter-error';
import { futureDateCheck } from './future-date';
import { imageAltCheck } from './image-alt';
import { linkTargetsCheck } from './link-targets';
import { tagsCheck } from './tags';
import { titleCheck } from './title';
import type { Check, CheckContext, Problem } from './types';

export type { Check, CheckContext, Problem, Severity } from './types';

/** The checks, one per file. */
export const CHECKS: readonly Check[] = [
  frontMatterErrorCheck,
  titleCheck,
  descriptionCheck,
  tagsCheck,
  draftCheck,
  futureDateCheck,
  duplicateHeadingIdsCheck,
  imageAltCheck,
  linkTargetsCheck,
];

/** Run every check; problems sorted by where they are. A check that throws (a bug) is skipped. */
export function runChecks(post: PostAnalysis, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const check of CHECKS) {
    try {
      problems.push(...check(post, context));
    } catch {
      // A broken check must not take the others (or the editor) down.
    }
  }
  return problems.sort((a, b) => a.from - b.from || a.to - b.to);
}
