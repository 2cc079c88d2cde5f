/**
 * Pure: a stop-gap front matter reader (YAML, TOML, JSON) for `render` until the shared reader lands.
 * TODO: delete once src/core/front-matter/read-front-matter.ts is committed, and use readFrontMatter.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { SplitPost } from '../post/split-post';

/** The data, or the reason it could not be read. */
export type MinimalRead = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

/** Read the front matter of an already split post. Never throws. */
export function readMinimalFrontMatter(split: SplitPost): MinimalRead {
  if (split.format === null) return { ok: true, data: {} };
  if (split.unclosed) return { ok: false, message: 'front matter is not closed' };
  try {
    const value: unknown =
      split.format === 'yaml'
        ? parseYaml(split.inner, { version: '1.1' })
        : split.format === 'toml'
          ? parseToml(split.inner)
          : JSON.parse(split.inner);
    if (value === null || value === undefined) return { ok: true, data: {} };
    if (typeof value !== 'object' || Array.isArray(value))
      return { ok: false, message: 'front matter is not a map' };
    return { ok: true, data: value as Record<string, unknown> };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
