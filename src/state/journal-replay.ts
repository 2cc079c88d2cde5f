/**
 * Recovery from crash journals: every unsaved entry of a tab that is gone is stored before anything is shown.
 *
 * - Text based on the stored revision becomes the next revision.
 * - Text based on an older revision (another tab saved meanwhile) becomes a separate "(recovered)" draft, however
 *   old it is: neither version is overwritten and nothing is dropped by comparing clocks.
 * - Text of a draft that is in the trash comes back as a "(recovered)" draft; of a draft that is simply gone,
 *   under its own id.
 * Journals of tabs still alive are left alone (`claimIfGone`), and adopted when those tabs go (`whenGone`).
 * Entries that cannot be stored yet (storage failing) move into this tab's own journal, so they are never
 * replayed twice from two places.
 */
import type { Draft, DraftStore, Result, SyncJournal } from '../storage/drafts';
import type { TabLink } from '../storage/tabs';
import type { CrashJournal, JournalEntry } from './crash-journal';
import { journalKeysOf, mergeJournals, parseJournal } from './crash-journal';
import { withTitleSuffix } from './copy-title';
import { deriveMeta } from './derive-meta';

/** Added to the title of a draft recovered beside a version another tab saved. */
export const RECOVERED_SUFFIX = ' (recovered)';

/** What replaying did. */
export interface ReplayOutcome {
  /** Drafts written from journals. */
  saved: Draft[];
  /** Draft id -> id of the recovered copy made for it (open the copy instead). */
  redirects: Map<string, string>;
  /** Entries that could not be stored yet (storage failing): show their text, autosave retries. */
  pending: Map<string, JournalEntry>;
  /** Caret positions from entries whose text needed no replay. */
  carets: Map<string, number>;
}

/** What replay needs. */
export interface ReplayDeps {
  drafts: DraftStore;
  journal: SyncJournal;
  /** This tab's own journal (never replayed here: it is new with every page load). */
  own: CrashJournal;
  ownKey: string;
  tabs: TabLink;
  newId: () => string;
}

/** An empty outcome. */
export function emptyOutcome(): ReplayOutcome {
  return { saved: [], redirects: new Map(), pending: new Map(), carets: new Map() };
}

async function replayEntry(deps: ReplayDeps, entry: JournalEntry, out: ReplayOutcome): Promise<void> {
  const { drafts, newId } = deps;
  if (!entry.unsaved) {
    out.carets.set(entry.id, entry.caret);
    return;
  }
  const got = await drafts.get(entry.id);
  if (!got.ok) {
    out.pending.set(entry.id, entry);
    return;
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
  const recovered = async () => {
    const saved = await drafts.save(fresh(newId(), withTitleSuffix(entry.text, RECOVERED_SUFFIX)), null);
    if (saved.ok) out.redirects.set(entry.id, saved.value.id);
    return saved;
  };
  let saved;
  if (!stored) {
    const trash = await drafts.listTrash();
    const trashed = trash.ok && trash.value.some((e) => e.draft.id === entry.id);
    saved = trashed ? await recovered() : await drafts.save(fresh(entry.id, entry.text), null);
  } else if (stored.text === entry.text) {
    out.carets.set(entry.id, entry.caret);
    return;
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
    saved = await recovered();
  }
  if (saved.ok) out.saved.push(saved.value);
  else out.pending.set(entry.id, entry);
}

/**
 * Replay the journal under `key` (its tab is gone) into `out`, then remove it. Both copies are read (localStorage
 * and the database's, which survives a browser-process kill); each draft's later entry wins.
 */
export async function replayJournalKey(deps: ReplayDeps, key: string, out: ReplayOutcome): Promise<void> {
  const local = parseJournal(deps.journal.read(key));
  const copies = await deps.drafts.listJournals();
  const durable = parseJournal(copies.ok ? copies.value.find((c) => c.key === key)?.value : null);
  for (const entry of mergeJournals(local, durable)) {
    await replayEntry(deps, entry, out);
    const pending = out.pending.get(entry.id);
    // Not stored yet: this tab takes the entry over (its autosave keeps trying).
    if (pending === entry) {
      deps.own.write(entry);
      deps.own.persist();
    }
  }
  deps.journal.remove(key);
  await deps.drafts.removeJournal(key);
}

/** Every journal key in localStorage or the database, with the tab that wrote it (null: the old shared key). */
async function allJournalKeys(deps: ReplayDeps): Promise<{ key: string; tabId: string | null }[]> {
  const copies = await deps.drafts.listJournals();
  return journalKeysOf([...deps.journal.keys(), ...(copies.ok ? copies.value.map((c) => c.key) : [])]);
}

/**
 * Whether start-up may show the last draft before replaying: true (with the carets the journals hold) when no
 * journal but this tab's own holds an unsaved entry, in either copy; replaying then only moves carets and
 * removes journals, which can follow the first screen. `copies` is `listJournals()`'s answer: when it failed,
 * null (replay first, as always).
 */
export function nothingToReplay(
  journal: SyncJournal,
  copies: Result<{ key: string; value: string }[]>,
  ownKey: string,
): Map<string, number> | null {
  if (!copies.ok) return null;
  const latest = new Map<string, JournalEntry>();
  const durable = new Map(copies.value.map((c) => [c.key, c.value]));
  for (const { key } of journalKeysOf([...journal.keys(), ...durable.keys()])) {
    if (key === ownKey) continue;
    for (const entry of mergeJournals(parseJournal(journal.read(key)), parseJournal(durable.get(key)))) {
      if (entry.unsaved) return null;
      const known = latest.get(entry.id);
      if (!known || entry.at > known.at) latest.set(entry.id, entry);
    }
  }
  return new Map([...latest].map(([id, entry]) => [id, entry.caret]));
}

/**
 * Replay every journal whose tab is gone. Returns the outcome and the ids of tabs still alive, whose journals
 * are left to them (adopt them with `whenGone`).
 */
export async function replayJournals(deps: ReplayDeps): Promise<{ outcome: ReplayOutcome; alive: string[] }> {
  const outcome = emptyOutcome();
  const alive: string[] = [];
  for (const { key, tabId } of await allJournalKeys(deps)) {
    if (key === deps.ownKey) continue;
    if (tabId === null) {
      await replayJournalKey(deps, key, outcome);
      continue;
    }
    const claimed = await deps.tabs.claimIfGone(tabId, () => replayJournalKey(deps, key, outcome));
    if (!claimed) alive.push(tabId);
  }
  return { outcome, alive };
}
