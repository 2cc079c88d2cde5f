/**
 * Marking a duplicated (or recovered) post by appending " (copy)" to its front matter title, only where that is a
 * safe one-line edit (plain or quoted YAML, basic or literal TOML, JSON strings). Anything else (block
 * scalars, multi-line strings, no title) leaves the text unchanged: a duplicate must never break the post.
 */
import { splitPost } from '../core/post/split-post';

/** The suffix added to a duplicate's title. */
export const COPY_SUFFIX = ' (copy)';

const YAML_TITLE = /^title[ \t]*:[ \t]*(.*?)[ \t]*$/dm;
const TOML_TITLE = /^title[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*"|'[^'\n]*')[ \t]*(?:#.*)?$/dm;
const JSON_TITLE = /"title"\s*:\s*("(?:[^"\\\n]|\\.)*")/d;

/** Offset in `value` where the suffix goes, or null when the YAML scalar is not a safe one-liner. */
function yamlInsertAt(value: string): number | null {
  if (!value) return null;
  const first = value[0];
  if (first === '"' || first === "'") {
    return value.length >= 2 && value.endsWith(first) ? value.length - 1 : null;
  }
  if (/^[|>&*!%@`[{#]/.test(value) || /\s#/.test(value)) return null;
  return value.length;
}

/** `text` with " (copy)" appended to its title, or unchanged when that is not a safe edit. */
export function withCopyTitle(text: string): string {
  return withTitleSuffix(text, COPY_SUFFIX);
}

/** `text` with `suffix` (no quotes or backslashes in it) appended to its title where that is a safe edit. */
export function withTitleSuffix(text: string, suffix: string): string {
  const split = splitPost(text);
  if (split.format === null) return text;
  const inner = split.inner;
  let at: number | null = null;
  if (split.format === 'yaml') {
    const m = YAML_TITLE.exec(inner);
    const start = m?.indices?.[1]?.[0];
    const offset = m?.[1] === undefined ? null : yamlInsertAt(m[1]);
    if (start !== undefined && offset !== null) at = start + offset;
  } else {
    const m = (split.format === 'toml' ? TOML_TITLE : JSON_TITLE).exec(inner);
    const end = m?.indices?.[1]?.[1];
    if (end !== undefined) at = end - 1;
  }
  if (at === null) return text;
  const pos = split.innerStart + at;
  return text.slice(0, pos) + suffix + text.slice(pos);
}
