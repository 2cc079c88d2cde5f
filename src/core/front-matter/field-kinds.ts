/**
 * Pure: the front matter form's rows, derived from what the reader gave.
 *
 * Each top-level key becomes one row whose kind picks the control: a text box, a checkbox, a date picker, a
 * number box, chips for a list of strings, or a YAML box for anything else (maps, lists of maps, null).
 */
import { stringify } from 'yaml';
import { isHugoDate } from './hugo-date';
import type { FieldKind, FieldView, FrontMatterRead } from './types';

/** A successful read (what describeFields needs). */
export type FrontMatterReadOk = Extract<FrontMatterRead, { ok: true }>;

/**
 * One FieldView per top-level key, in the order the keys appear (JavaScript puts integer-like keys such as
 * `2024` first). Strings that are Hugo dates (and TOML's native dates, read as their text) are 'date'; a list
 * counts as 'list' only when every item is a string (an empty list included).
 */
export function describeFields(read: FrontMatterReadOk): FieldView[] {
  return Object.keys(read.data).map((key) => describeField(key, read.data[key]));
}

/** The row for one key and its value. */
export function describeField(key: string, value: unknown): FieldView {
  const kind = kindOf(value);
  switch (kind) {
    case 'text':
    case 'date':
      return { key, kind, value: value as string, display: value as string };
    case 'boolean':
    case 'number':
      return { key, kind, value: value as boolean | number, display: String(value) };
    case 'list': {
      const items = value as string[];
      return { key, kind, value: [...items], display: items.join(', ') };
    }
    case 'other':
      return { key, kind, value: null, display: toYaml(value) };
  }
}

/** The kind of control a value gets. */
export function kindOf(value: unknown): FieldKind {
  if (typeof value === 'string') return isHugoDate(value) ? 'date' : 'text';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'other';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'list';
  return 'other';
}

function toYaml(value: unknown): string {
  try {
    return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  } catch {
    return String(value);
  }
}
