/**
 * Start-up recovery: every unsaved crash-journal entry that is newer than its stored draft is saved as a new
 * revision before anything is shown. When another tab changed the draft meanwhile, the journal's text is saved
 * as a separate recovered draft instead, so neither version is overwritten.
 */
import type { Draft, DraftStore } from '../storage/drafts';
import type { CrashJournal, JournalEntry } from './crash-journal';
import { withTitleSuffix } from './copy-title';
import { deriveMeta } from './derive-meta';

/** Added to the title of a draft recovered beside a version another tab saved. */
export const RECOVERED_SUFFIX = ' (recovered)';

/** What replaying did. */
export interface ReplayOutcome {
  /** Drafts written from the journal. */
  saved: Draft[];
  /** Draft id -> id of the recovered copy made for it (open the copy instead). */
  redirects: Map<string, string>;
  /** Entries that could not be stored yet (storage failing): show their text, autosave retries. */
  pending: Map<string, JournalEntry>;
  /** Caret positions from entries whose text needed no replay. */
  carets: Map<string, number>;
}

/** Replay the crash journal into `drafts`, removing each entry once it is stored or known to be stale. */
export async function replayJournal(deps: {
  drafts: DraftStore;
  crash: CrashJournal;
  newId: () => string;
}): Promise<ReplayOutcome> {
  const { drafts, crash, newId } = deps;
  const outcome: ReplayOutcome = { saved: [], redirects: new Map(), pending: new Map(), carets: new Map() };
  for (const entry of crash.entries()) {
    if (!entry.unsaved) {
      outcome.carets.set(entry.id, entry.caret);
      crash.remove(entry.id);
      continue;
    }
    const got = await drafts.get(entry.id);
    if (!got.ok) {
      outcome.pending.set(entry.id, entry);
      continue;
    }
    const stored = got.value;
    const fresh = (id: string, text: string): Draft => ({
      id,
      text,
      revision: 0,
      createdAt: entry.at,
      updatedAt: entry.at,
      caret: entry.caret,
      meta: deriveMeta(text),
      ...(stored?.sourceName === undefined ? {} : { sourceName: stored.sourceName }),
    });
    let saved;
    if (!stored) {
      // Deleted elsewhere (or never stored): the unsaved text comes back under its own id.
      saved = await drafts.save(fresh(entry.id, entry.text), null);
    } else if (stored.text === entry.text) {
      outcome.carets.set(entry.id, entry.caret);
      crash.remove(entry.id);
      continue;
    } else if (entry.at <= stored.updatedAt) {
      crash.remove(entry.id);
      continue;
    } else if (entry.baseRevision === stored.revision) {
      const next = {
        ...stored,
        text: entry.text,
        caret: entry.caret,
        updatedAt: entry.at,
        meta: deriveMeta(entry.text),
      };
      saved = await drafts.save(next, stored.revision);
    } else {
      saved = await drafts.save(fresh(newId(), withTitleSuffix(entry.text, RECOVERED_SUFFIX)), null);
      if (saved.ok) outcome.redirects.set(entry.id, saved.value.id);
    }
    if (saved.ok) {
      outcome.saved.push(saved.value);
      crash.remove(entry.id);
    } else {
      outcome.pending.set(entry.id, entry);
    }
  }
  return outcome;
}
