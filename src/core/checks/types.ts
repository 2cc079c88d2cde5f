/**
 * Pure: what a check reports. A problem names its check, says what is wrong in words an author understands,
 * and points at the span of the post's text it is about (offsets into the whole post).
 */
import type { PostAnalysis } from '../analysis/analyze-post';

/** How much it matters: errors break the published page, warnings hurt it, notes are worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** One problem. */
export interface Problem {
  /** The check that found it (its file name). */
  check: string;
  severity: Severity;
  message: string;
  from: number;
  to: number;
}

/** What checks may know besides the post. */
export interface CheckContext {
  /** Now, in ms since the epoch (for dates in the future). */
  now: number;
}

/** A check: a pure function from the read post to its problems. */
export type Check = (post: PostAnalysis, context: CheckContext) => Problem[];
