/**
 * Pure: what a format's reader gives for the front matter's inner text, before it is placed in the whole post.
 */

/** A problem placed in the inner text (1-based line and column, counted from the inner text's start). */
export interface InnerProblem {
  message: string;
  line: number;
  column: number;
}

/** A reader's answer for the inner text. */
export type InnerRead =
  | { ok: true; data: Record<string, unknown>; warnings: InnerProblem[] }
  | { ok: false; error: InnerProblem; warnings: InnerProblem[] };
