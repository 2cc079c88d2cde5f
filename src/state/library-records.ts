/**
 * The library's records: their order (newest change first), putting a saved one in its place, and the
 * background read that hands every draft's text to the search index after the list is shown from summaries.
 */
import type { Draft, DraftStore, DraftSummary } from '../storage/drafts';
import { deriveMeta } from './derive-meta';
import { hasSearchText, setSearchBody, type Searchable } from './library-search';

/** Newest change first; ties by id, so the order is stable. */
export const byNewest = (a: DraftSummary, b: DraftSummary): number =>
  b.updatedAt - a.updatedAt || a.id.localeCompare(b.id);

/** How many drafts' texts one background read brings (a few milliseconds' work; about 1 MB at 5 KB a post). */
const TEXT_PAGE = 200;

/** `drafts` (sorted newest first) with `draft` in its place, replacing the record with its id. */
export function withDraft<T extends Searchable>(drafts: readonly T[], draft: T): T[] {
  const rest = drafts.filter((d) => d.id !== draft.id);
  let lo = 0;
  let hi = rest.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byNewest(rest[mid]!, draft) <= 0) lo = mid + 1;
    else hi = mid;
  }
  rest.splice(lo, 0, draft);
  return rest;
}

function bareMeta(draft: DraftSummary): boolean {
  const m = draft.meta;
  return !m.title && m.date === null && !m.draft && m.tags.length === 0 && m.categories.length === 0;
}

/**
 * Meta as stored is what `deriveMeta` gave when the draft was saved; a record without any (upgraded from
 * schema version 1, or damaged) gets it derived from its text once the text is read.
 */
function withMeta(draft: Draft): Draft {
  return bareMeta(draft) ? { ...draft, meta: deriveMeta(draft.text) } : draft;
}

/** What the background read needs from the library store. */
export interface TextReader {
  storage: Pick<DraftStore, 'listPage'>;
  /** False once a newer load started: this read stops. */
  current(): boolean;
  drafts(): Searchable[];
  /** Whether a filter is set (the visible list is then recomputed as texts come). */
  filtering(): boolean;
  setDrafts(drafts: Searchable[]): void;
  /** Every text has been read. */
  done(): void;
}

/**
 * Read every draft's text a page at a time (in id order) after the list is shown and hand it to the search
 * index; only folded search text is kept. A listed record of another revision is left alone (it was saved
 * since, or another tab's change is on its way), unless storage's is newer. A record without stored meta gets
 * it derived here. The visible list is recomputed as texts come while a filter is set.
 */
export async function readSearchTexts(reader: TextReader): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const page = await reader.storage.listPage(after, TEXT_PAGE);
    if (!reader.current() || !page.ok) return;
    const listed = new Map(reader.drafts().map((d) => [d.id, d]));
    const replaced: Draft[] = [];
    for (const draft of page.value) {
      const entry = listed.get(draft.id);
      if (!entry) continue;
      if (draft.revision > entry.revision || bareMeta(entry)) {
        if (draft.revision >= entry.revision) replaced.push(withMeta(draft));
      } else if (draft.revision === entry.revision && !hasSearchText(entry)) {
        setSearchBody(entry, draft.text);
      }
    }
    let drafts = reader.drafts();
    if (replaced.length > 0) {
      const byId = new Map(replaced.map((d) => [d.id, d]));
      drafts = drafts.map((d) => byId.get(d.id) ?? d).sort(byNewest);
    }
    const last = page.value[page.value.length - 1];
    const done = !last || page.value.length < TEXT_PAGE;
    if (replaced.length > 0 || reader.filtering()) reader.setDrafts(drafts);
    if (done) {
      reader.done();
      return;
    }
    after = last.id;
  }
}
