/**
 * Searching and summarising the library: case- and accent-insensitive filtering over title, tags, categories
 * and body, and tag/category suggestions from every draft.
 */
import type { Draft } from '../storage/drafts';

/** Fold text for matching: compatibility-decomposed, marks removed, lower-cased ("Café" matches "cafe"). */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Folding every draft's body on each filter keystroke would be slow; drafts are immutable records.
const haystacks = new WeakMap<Draft, string>();

function haystack(draft: Draft): string {
  let folded = haystacks.get(draft);
  if (folded === undefined) {
    const { title, tags, categories } = draft.meta;
    folded = foldText([title, ...tags, ...categories, draft.text].join('\n'));
    haystacks.set(draft, folded);
  }
  return folded;
}

/**
 * The drafts matching `filter`: every whitespace-separated word must occur in the title, a tag, a category or
 * the text. An empty filter keeps everything. Order is kept.
 */
export function filterDrafts(drafts: readonly Draft[], filter: string): Draft[] {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...drafts];
  return drafts.filter((draft) => {
    const hay = haystack(draft);
    return words.every((word) => hay.includes(word));
  });
}

/**
 * Every distinct term `pick` gives over `drafts`, most used first, then alphabetically. Terms differing only in
 * case or accents count as one and keep the spelling seen first (drafts are newest first, so the latest).
 */
export function collectTerms(drafts: readonly Draft[], pick: (draft: Draft) => readonly string[]): string[] {
  const counts = new Map<string, { term: string; count: number }>();
  for (const draft of drafts) {
    for (const raw of new Set(pick(draft))) {
      const term = raw.trim();
      if (!term) continue;
      const key = foldText(term);
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { term, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .map((entry) => entry.term);
}
