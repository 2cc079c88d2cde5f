/**
 * Pure: front matter that cannot be read makes Hugo fail the whole build.
 */
import type { Check } from './types';

function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(text.length, at + Math.max(0, column - 1));
}

/** The front matter's parse error. */
export const frontMatterErrorCheck: Check = (post) => {
  if (post.front.ok) return [];
  const { error } = post.front;
  const from = offsetOf(post.text, error.line, error.column);
  const nl = post.text.indexOf('\n', from);
  return [
    {
      check: 'front-matter-error',
      severity: 'error',
      message: `The front matter cannot be read (line ${error.line}): ${error.message}. Hugo would stop building the site.`,
      from,
      to: nl < 0 ? post.text.length : nl,
    },
  ];
};
