/**
 * What the library shows for a draft, read from its front matter the way Hugo would: a missing or unreadable
 * front matter gives an untitled, non-draft post (Hugo's `draft` defaults to false).
 */
import type { DraftMeta } from '../storage/drafts';
import { readFrontMatter } from '../core/front-matter/read-front-matter';

function lookup(data: Record<string, unknown>, key: string): unknown {
  if (key in data) return data[key];
  // Hugo's front matter keys are case-insensitive (`Title` works too).
  const found = Object.keys(data).find((k) => k.toLowerCase() === key);
  return found === undefined ? undefined : data[found];
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  // smol-toml's dates keep their written form in toISOString(); plain Dates print as ISO.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return null;
}

function toBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim().toLowerCase() === 'true';
  if (typeof value === 'number') return value !== 0;
  return false;
}

/** Hugo takes a single string as a one-term list; other scalars are printed; empties are dropped. */
function toList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items
    .map((item) => scalarText(item) ?? (typeof item === 'boolean' ? String(item) : null))
    .filter((item): item is string => item !== null && item.trim() !== '');
}

/**
 * Derive a draft's `DraftMeta` from its text. Pure and never throws; called when saving and loading, never on
 * a keystroke. An unreadable front matter gives empty meta (the editor shows the parse error itself).
 */
export function deriveMeta(text: string): DraftMeta {
  const read = readFrontMatter(text);
  if (!read.ok) return { title: '', date: null, draft: false, tags: [], categories: [] };
  const data = read.data;
  return {
    title: scalarText(lookup(data, 'title')) ?? '',
    date: scalarText(lookup(data, 'date')),
    draft: toBool(lookup(data, 'draft')),
    tags: toList(lookup(data, 'tags')),
    categories: toList(lookup(data, 'categories')),
  };
}
