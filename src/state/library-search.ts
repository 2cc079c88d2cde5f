/**
 * Searching and summarising the library: case- and accent-insensitive filtering over title, tags, categories
 * and body, and tag/category suggestions from every draft.
 *
 * Each draft's folded search text is computed once per library record (records are immutable: a save makes a
 * new one) and kept beside it, so a filter keystroke is one `includes` per word over the drafts it can still
 * match: a query that only adds to the previous one searches the previous matches, not the whole library.
 *
 * The library lists drafts from their summaries (no text); a record's text comes with it (a draft this tab
 * saved) or is handed over later with `setSearchBody` as the texts are read in the background. Until then a
 * record is searched by its title, tags and categories only.
 */
import type { DraftSummary } from '../storage/drafts';

/** A library record: a draft's summary, with its text when this tab has it. */
export type Searchable = DraftSummary & { text?: string };

// Plain ASCII needs no decomposition: NFKD leaves it as it is and it has no marks to drop.
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Fold text for matching: compatibility-decomposed, marks removed, lower-cased ("Café" matches "cafe"). */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const haystacks = new WeakMap<DraftSummary, string>();
/** Records without their text yet: the folded title, tags and categories. */
const partial = new WeakMap<DraftSummary, string>();

const fold = (draft: DraftSummary, text: string): string => {
  const { title, tags, categories } = draft.meta;
  return foldText([title, ...tags, ...categories, text].join('\n'));
};

/**
 * The folded text a filter searches in `draft` (title, tags, categories, then the whole text); cached. Without
 * its text (not read yet) only title, tags and categories.
 */
export function searchText(draft: Searchable): string {
  let folded = haystacks.get(draft);
  if (folded !== undefined) return folded;
  if (typeof draft.text === 'string') {
    folded = fold(draft, draft.text);
    haystacks.set(draft, folded);
    return folded;
  }
  folded = partial.get(draft);
  if (folded === undefined) partial.set(draft, (folded = fold(draft, '')));
  return folded;
}

/** Give `draft` (a record listed without its text) its text, read later: it is searched in from now on. */
export function setSearchBody(draft: DraftSummary, text: string): void {
  haystacks.set(draft, fold(draft, text));
  partial.delete(draft);
}

/** Whether `draft`'s whole search text is known (its text given or computed). */
export function hasSearchText(draft: Searchable): boolean {
  return haystacks.has(draft);
}

/** A filter as the words it needs, folded; `key` is the words joined by single spaces. */
export interface FilterQuery {
  words: string[];
  key: string;
}

/** Parse `filter` into the folded words every match must contain. */
export function parseFilter(filter: string): FilterQuery {
  const words = foldText(filter).split(/\s+/).filter(Boolean);
  return { words, key: words.join(' ') };
}

/**
 * True when everything matching `next` also matches `previous`, so `next` can search `previous`'s matches
 * only: `next` is `previous` with more typed at the end (each earlier word kept, the last one maybe longer,
 * maybe more words after it). A longer word contains the shorter one, so it can only match fewer drafts.
 */
export function narrows(previous: FilterQuery, next: FilterQuery): boolean {
  if (previous.words.length === 0) return true;
  if (next.words.length < previous.words.length) return false;
  const last = previous.words.length - 1;
  for (let i = 0; i < last; i++) if (previous.words[i] !== next.words[i]) return false;
  return next.words[last]!.startsWith(previous.words[last]!);
}

/**
 * The drafts matching `filter`: every whitespace-separated word must occur in the title, a tag, a category or
 * the text. An empty filter keeps everything. Order is kept.
 */
export function filterDrafts<T extends Searchable>(drafts: readonly T[], filter: string | FilterQuery): T[] {
  const { words } = typeof filter === 'string' ? parseFilter(filter) : filter;
  if (words.length === 0) return [...drafts];
  if (words.length === 1) {
    const word = words[0]!;
    return drafts.filter((draft) => searchText(draft).includes(word));
  }
  return drafts.filter((draft) => {
    const hay = searchText(draft);
    return words.every((word) => hay.includes(word));
  });
}

/**
 * Every distinct term `pick` gives over `drafts`, most used first, then alphabetically. Terms differing only in
 * case or accents count as one and keep the spelling seen first (drafts are newest first, so the latest).
 */
export function collectTerms<T extends DraftSummary>(
  drafts: readonly T[],
  pick: (draft: T) => readonly string[],
): string[] {
  const counts = new Map<string, { term: string; count: number }>();
  const folded = new Map<string, string>();
  for (const draft of drafts) {
    for (const raw of new Set(pick(draft))) {
      const term = raw.trim();
      if (!term) continue;
      // The same few tags recur across thousands of drafts: fold each spelling once.
      let key = folded.get(term);
      if (key === undefined) folded.set(term, (key = foldText(term)));
      const seen = counts.get(key);
      if (seen) seen.count += 1;
      else counts.set(key, { term, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .map((entry) => entry.term);
}
