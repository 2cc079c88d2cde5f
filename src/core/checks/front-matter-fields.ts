/**
 * Pure: where a top-level front matter field is written, so problems about it point at its line, and its value
 * read as Hugo does (keys are case-insensitive). A field that is not there points at the front matter's first
 * line (or the post's start when it has none).
 */
import type { PostAnalysis } from '../analysis/analyze-post';

/** The value of `key` (any case), or undefined. */
export function fieldValue(post: PostAnalysis, key: string): unknown {
  if (!post.front.ok) return undefined;
  const lower = key.toLowerCase();
  const entry = Object.entries(post.front.data).find(([k]) => k.toLowerCase() === lower);
  return entry?.[1];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The span of the line where `key` is set, or of the front matter's opening line when it is not set. */
export function fieldRange(post: PostAnalysis, key: string): { from: number; to: number } {
  const { split, text } = post;
  const k = escapeRegExp(key);
  const patterns: Record<string, RegExp> = {
    yaml: new RegExp(`^(?:${k}|"${k}"|'${k}')[ \\t]*:`, 'im'),
    toml: new RegExp(`^[ \\t]*(?:${k}|"${k}"|'${k}')[ \\t]*=`, 'im'),
    json: new RegExp(`"${k}"\\s*:`, 'i'),
  };
  const pattern = split.format ? patterns[split.format] : undefined;
  let inner = split.inner;
  if (split.format === 'toml') {
    const table = /^[ \t]*\[/m.exec(inner);
    if (table) inner = inner.slice(0, table.index);
  }
  const m = pattern?.exec(inner);
  if (m && !split.unclosed) {
    const from = split.innerStart + m.index + (m[0].length - m[0].trimStart().length);
    const nl = text.indexOf('\n', from);
    return { from, to: nl < 0 ? text.length : nl };
  }
  const nl = text.indexOf('\n');
  return { from: 0, to: nl < 0 ? text.length : nl };
}
