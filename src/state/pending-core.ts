/**
 * TEMPORARY stand-ins for two core functions another engineer is writing (`readFrontMatter` in
 * core/front-matter/read-front-matter.ts, `newPostTemplate` in core/post/new-post.ts), with the same
 * signatures. Delete this file and import the real ones once they land.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { FrontMatterRead } from '../core/front-matter/types';
import { splitPost } from '../core/post/split-post';

/** Stand-in for core's `readFrontMatter`: parses the block, never throws. */
export function readFrontMatter(text: string): FrontMatterRead {
  const split = splitPost(text);
  if (split.format === null) return { ok: true, format: null, data: {}, warnings: [] };
  try {
    const parsed: unknown =
      split.format === 'yaml'
        ? parseYaml(split.inner)
        : split.format === 'toml'
          ? parseToml(split.inner)
          : JSON.parse(split.inner);
    const data = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    return { ok: true, format: split.format, data, warnings: [] };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, format: split.format, error: { message, line: 1, column: 1 }, warnings: [] };
  }
}

/** Stand-in for core's `newPostTemplate`: a YAML post dated `now` at UTC offset `offsetMinutes`. */
export function newPostTemplate(now: Date, offsetMinutes: number): string {
  const local = new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `---\ntitle: ""\ndate: ${local}${offset}\ndraft: true\ntags: []\ncategories: []\n---\n\n`;
}
