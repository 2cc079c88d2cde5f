/**
 * Pure: what the blocks of a post share, computed from every block's `BlockInfo` in one pass: the first
 * definition of each link label and footnote label, the heading ids the whole post hands out (Hugo numbers
 * repeats `-1`, `-2` across the page), and each footnote reference's number. Also the labels a block's text
 * mentions, so it gets just the definitions it may need.
 */
import { HeadingIdRegistry } from '../heading-id';
import type { HeadingIdStyle } from '../options';
import type { BlockInfo, FootnoteNumber, FootnoteRef, HeadingRequest } from './block-render';

/** The post-wide picture. Arrays are indexed like the `infos` they were computed from. */
export interface PostContext {
  /** Normalized link identifier → its first definition, written out. */
  linkDefs: Map<string, string>;
  /** Footnote identifier (upper case) → its first definition. */
  footnoteDefs: Map<string, { label: string; raw: string }>;
  /** Per block: the ids of its headings. */
  headingIds: string[][];
  /** Per block: the number of each footnote reference (null: no definition anywhere). */
  footnotes: (FootnoteNumber | null)[][];
  /** Referenced footnotes in order of first reference, with how often each is referenced. */
  footnoteOrder: { id: string; label: string; count: number }[];
}

/** Footnote references counted so far, by identifier: number, references seen, label as first written. */
export type FootnoteCounts = Map<string, { n: number; count: number; label: string }>;

/** Compute the context from the blocks' infos (null: a block not rendered yet, which adds nothing). */
export function computePostContext(infos: readonly (BlockInfo | null)[], style: HeadingIdStyle): PostContext {
  const linkDefs = new Map<string, string>();
  const footnoteDefs = new Map<string, { label: string; raw: string }>();
  for (const info of infos) {
    if (!info) continue;
    for (const def of info.linkDefs) if (!linkDefs.has(def.id)) linkDefs.set(def.id, def.line);
    for (const def of info.footnoteDefs) {
      if (!footnoteDefs.has(def.id)) footnoteDefs.set(def.id, { label: def.label, raw: def.raw });
    }
  }
  const registry = new HeadingIdRegistry(style);
  const counts: FootnoteCounts = new Map();
  const headingIds = infos.map((info) => (info ? assignIds(registry, info.headings) : []));
  const footnotes = infos.map((info) => (info ? numberRefs(counts, footnoteDefs, info.footnoteRefs) : []));
  const footnoteOrder = [...counts.entries()]
    .sort((a, b) => a[1].n - b[1].n)
    .map(([id, c]) => ({ id, label: c.label, count: c.count }));
  return { linkDefs, footnoteDefs, headingIds, footnotes, footnoteOrder };
}

/** Hand out ids for `requests` from `registry`, as the pipeline's heading-id plugin does. */
export function assignIds(registry: HeadingIdRegistry, requests: readonly HeadingRequest[]): string[] {
  return requests.map((request) => {
    if ('explicit' in request) {
      registry.put(request.explicit);
      return request.explicit;
    }
    return registry.generate(request.text);
  });
}

/** Number `refs` given the references counted so far (updated), as the pipeline's footnote plugin does. */
export function numberRefs(
  counts: FootnoteCounts,
  defined: { has(id: string): boolean },
  refs: readonly FootnoteRef[],
): (FootnoteNumber | null)[] {
  return refs.map((ref) => {
    if (!defined.has(ref.id)) return null;
    let seen = counts.get(ref.id);
    if (!seen) {
      seen = { n: counts.size + 1, count: 0, label: ref.label };
      counts.set(ref.id, seen);
    }
    const number = { n: seen.n, r: seen.count };
    seen.count += 1;
    return number;
  });
}

/** A definition that renders nothing and takes no continuation lines (its label is never used). */
const PREFIX_END = '[pw-prefix-end]: <>';

const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** A label as the Markdown parser compares labels (whitespace collapsed, case folded). */
export function normalizeLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/**
 * Every label `text` may use (the contents of each `[...]`, normalized; a footnote's `^` dropped). A superset:
 * a definition put before a block that does not use it changes nothing.
 */
export function mentionedLabels(text: string): string[] {
  if (!text.includes(']')) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const inner = m[1] ?? '';
    found.add(normalizeLabel(inner.startsWith('^') ? inner.slice(1) : inner));
  }
  return [...found];
}

/**
 * The definitions a block mentioning `labels` needs before it, ending with a blank line ('' for none): link
 * definitions, and (with `footnotes`) a stand-in definition per footnote label so its references parse as
 * references (their numbers and the notes themselves come from elsewhere).
 */
export function definitionPrefix(
  labels: readonly string[],
  context: Pick<PostContext, 'linkDefs' | 'footnoteDefs'>,
  footnotes: boolean,
): string {
  const notes: string[] = [];
  const links: string[] = [];
  for (const label of [...labels].sort()) {
    const link = context.linkDefs.get(label);
    if (link !== undefined) links.push(link);
    const note = footnotes ? context.footnoteDefs.get(label.toUpperCase()) : undefined;
    if (note) notes.push(`[^${note.label}]: x`);
  }
  // A footnote definition takes indented lines after it as its own: end the stand-ins with a link definition.
  if (notes.length && !links.length) links.push(PREFIX_END);
  const lines = [...notes, ...links];
  return lines.length ? `${lines.join('\n\n')}\n\n` : '';
}
