/**
 * Pure: read TOML front matter (TOML 1.0, as Hugo's go-toml reads it) with smol-toml.
 *
 * A native TOML date (`date = 2024-03-27T16:54:49+08:00`) becomes the text the author wrote, so the form shows
 * it in its own offset and an edit writes it back in the same shape. Dates inside tables and arrays have no
 * source span here and are written in RFC 3339 by smol-toml instead.
 */
import { parse, TomlDate, TomlError } from 'smol-toml';
import type { InnerRead } from './inner-read';
import { setOwn } from './plain-values';
import { scanTomlTopLevel } from './scan-toml';

/** Read TOML front matter (the text between the `+++` lines) into Hugo's `.Params` shape. Never throws. */
export function readToml(inner: string): InnerRead {
  let parsed: Record<string, unknown>;
  try {
    parsed = parse(inner);
  } catch (e) {
    if (e instanceof TomlError) {
      const message = e.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
      return { ok: false, error: { message, line: e.line, column: e.column }, warnings: [] };
    }
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message, line: 1, column: 1 }, warnings: [] };
  }
  const data = toPlain(parsed) as Record<string, unknown>;
  const scan = scanTomlTopLevel(inner);
  for (const entry of scan.entries) {
    const [key] = entry.path;
    if (entry.path.length === 1 && key !== undefined && parsed[key] instanceof TomlDate) {
      setOwn(data, key, inner.slice(entry.valueStart, entry.valueEnd));
    }
  }
  return { ok: true, data, warnings: [] };
}

/** smol-toml's values as plain ones: objects with a prototype, dates as RFC 3339 text. */
function toPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(out, k, toPlain(v));
    return out;
  }
  return value;
}
