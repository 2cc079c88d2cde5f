/**
 * Pure: the text changes that make every reference to one bundle file point to its new name, in the body
 * (images, links, raw HTML, shortcodes: only the URL's characters change) and in the front matter (through the
 * byte-keeping front matter editor). A `./` prefix and a `?query`/`#fragment` are kept.
 */
import { setField } from '../front-matter/edit-front-matter';
import { readFrontMatterCached } from '../front-matter/read-front-matter';
import type { EditResult, TextChange } from '../front-matter/types';
import { findAssetRefs } from './asset-refs';

function rewritten(url: string, to: string): string {
  const trimmed = url.trim();
  const prefix = /^(?:\.\/)+/.exec(trimmed)?.[0] ?? '';
  const suffix = /[?#].*$/s.exec(trimmed)?.[0] ?? '';
  return `${prefix}${to}${suffix}`;
}

/**
 * Changes to `text` that rename bundle path `from` to `to` wherever it is referenced. No references give no
 * changes; a front matter edit that cannot be made safely refuses the whole rename (nothing is half-done).
 */
export function renameRefs(text: string, from: string, to: string): EditResult {
  const changes: TextChange[] = [];
  const listEdits = new Map<string, string[]>();
  const read = readFrontMatterCached(text);
  for (const ref of findAssetRefs(text)) {
    if (ref.target.kind !== 'bundle' || ref.target.path !== from) continue;
    if (ref.span) {
      changes.push({ ...ref.span, insert: rewritten(ref.url, to) });
      continue;
    }
    if (!ref.key || !read.ok) continue;
    const value = read.data[ref.key];
    if (ref.index === undefined) {
      const edit = setField(text, ref.key, { kind: 'text', value: rewritten(ref.url, to) });
      if (!edit.ok) return edit;
      changes.push(...edit.changes);
    } else if (Array.isArray(value)) {
      const list = listEdits.get(ref.key) ?? value.map((v) => String(v));
      list[ref.index] = rewritten(ref.url, to);
      listEdits.set(ref.key, list);
    }
  }
  for (const [key, list] of listEdits) {
    const edit = setField(text, key, { kind: 'list', value: list });
    if (!edit.ok) return edit;
    changes.push(...edit.changes);
  }
  return { ok: true, changes };
}
