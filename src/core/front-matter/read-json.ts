/**
 * Pure: read JSON front matter (one object at the top of the post), placing any problem exactly.
 */
import type { InnerRead } from './inner-read';
import { positionAt } from './line-ranges';
import { scanJson } from './scan-json';

/** Read JSON front matter (the object's text) into Hugo's `.Params` shape. Never throws. */
export function readJson(inner: string): InnerRead {
  const scan = scanJson(inner);
  if (!scan.ok)
    return { ok: false, error: { message: scan.message, ...positionAt(inner, scan.offset) }, warnings: [] };
  const warnings = scan.duplicates.map((d) => ({
    message: `duplicate key "${d.key}": the last one wins`,
    ...positionAt(inner, d.offset),
  }));
  try {
    return { ok: true, data: JSON.parse(inner) as Record<string, unknown>, warnings };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message, line: 1, column: 1 }, warnings };
  }
}
