/**
 * The crash journal: the open draft's latest text, written synchronously to a `SyncJournal` (localStorage) so
 * a reload, a crash or a closed tab never loses what IndexedDB had not stored yet. Each tab writes its own key
 * (`postwright.journal.<tab id>`), so tabs never overwrite or replay each other's entries while alive; entries
 * are kept per draft within a key.
 */
import type { SyncJournal } from '../storage/drafts';

/** The key every tab shared before journals were per tab (still read, and replayed, at start-up). */
export const JOURNAL_KEY = 'postwright.journal';
/** A tab's journal key is this prefix and its tab id. */
export const JOURNAL_PREFIX = `${JOURNAL_KEY}.`;

/** The journal key of tab `tabId`. */
export function journalKeyFor(tabId: string): string {
  return JOURNAL_PREFIX + tabId;
}

/** The journal keys among `keys` (sorted, once each) and the tab that wrote each (null for the old shared key). */
export function journalKeysOf(keys: Iterable<string>): { key: string; tabId: string | null }[] {
  return [...new Set(keys)]
    .filter(
      (key) => key === JOURNAL_KEY || (key.startsWith(JOURNAL_PREFIX) && key.length > JOURNAL_PREFIX.length),
    )
    .sort()
    .map((key) => ({ key, tabId: key === JOURNAL_KEY ? null : key.slice(JOURNAL_PREFIX.length) }));
}

/** Every journal in `journal`: its key and the tab that wrote it (null for the old shared key). */
export function listJournals(journal: SyncJournal): { key: string; tabId: string | null }[] {
  return journalKeysOf(journal.keys());
}

/** One draft's entry. */
export interface JournalEntry {
  id: string;
  /**
   * The draft's text when `unsaved`; empty otherwise. An entry of stored text only keeps the caret for the next
   * start, and its text would be dead weight: an 800 KB post's written at every page exit (1.6 MB of the
   * origin's ~5 MB localStorage), then read and parsed at the next start.
   */
  text: string;
  caret: number;
  /** The stored revision the text was based on (null: the draft had never been stored). */
  baseRevision: number | null;
  /** When it was written (ms since the epoch). */
  at: number;
  /** True when `text` differed from what was stored at `baseRevision`: only such entries are replayed. */
  unsaved: boolean;
}

/** Reading and writing entries; never throws. */
export interface CrashJournal {
  entries(): JournalEntry[];
  get(id: string): JournalEntry | undefined;
  /** Write synchronously; false when the browser refused (quota, no storage). */
  write(entry: JournalEntry): boolean;
  remove(id: string): void;
  /** Remove `id`'s entry only if it holds exactly `text` (a newer keystroke's entry is kept). */
  removeIfText(id: string, text: string): void;
  /**
   * Copy the journal as last written into the durable store (IndexedDB), which outlives a browser-process
   * kill; asynchronous, so it is called at a throttled pace rather than on every keystroke.
   */
  persist(): void;
}

/** Where the journal's durable copy goes (the DraftStore's journal copies). */
export interface DurableJournal {
  putJournal(key: string, value: string): Promise<unknown>;
  removeJournal(key: string): Promise<unknown>;
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.id === 'string' &&
    typeof e.text === 'string' &&
    typeof e.caret === 'number' &&
    (e.baseRevision === null || typeof e.baseRevision === 'number') &&
    typeof e.at === 'number' &&
    typeof e.unsaved === 'boolean'
  );
}

/** A journal's stored value read as entries by draft id (a damaged value reads as none). */
export function parseJournal(raw: string | null | undefined): Map<string, JournalEntry> {
  const entries = new Map<string, JournalEntry>();
  if (raw === null || raw === undefined) return entries;
  try {
    const parsed = JSON.parse(raw) as { entries?: unknown };
    const values = typeof parsed.entries === 'object' && parsed.entries ? Object.values(parsed.entries) : [];
    for (const value of values) if (isEntry(value)) entries.set(value.id, value);
  } catch {
    // A damaged journal is ignored (and replaced by the next write).
  }
  return entries;
}

/** Entries of two copies of one journal, the later (`at`) of each draft's entry winning. */
export function mergeJournals(...copies: Map<string, JournalEntry>[]): JournalEntry[] {
  const merged = new Map<string, JournalEntry>();
  for (const copy of copies)
    for (const entry of copy.values()) {
      const known = merged.get(entry.id);
      if (!known || entry.at > known.at) merged.set(entry.id, entry);
    }
  return [...merged.values()];
}

/**
 * Create the crash journal over `journal` under `key`, copied into `durable` when `persist()` is called. A
 * damaged value reads as an empty journal.
 */
export function createCrashJournal(
  journal: SyncJournal,
  key: string = JOURNAL_KEY,
  durable?: DurableJournal,
): CrashJournal {
  /** What was last meant to be stored (even if localStorage refused it), null when empty. */
  let latest: string | null = null;
  let persisted: string | null = null;
  /**
   * The journal as this tab last wrote or read it, parsed. A long text's keystroke writes it every 100 ms, and
   * parsing the whole stored value again each time (as long as the text, 800 KB and more) takes the typing
   * path milliseconds: when the stored value is still that one, its entries are reused.
   */
  let known: { raw: string; entries: Map<string, JournalEntry> } | null = null;
  const readAll = (): Map<string, JournalEntry> => {
    const raw = journal.read(key);
    if (raw !== null && known?.raw === raw) return new Map(known.entries);
    const entries = parseJournal(raw);
    known = raw ? { raw, entries: new Map(entries) } : null;
    return entries;
  };

  function persist(): void {
    if (!durable || latest === persisted) return;
    persisted = latest;
    const done = latest === null ? durable.removeJournal(key) : durable.putJournal(key, latest);
    void done.catch(() => undefined);
  }

  function writeAll(entries: Map<string, JournalEntry>): boolean {
    if (entries.size === 0) {
      latest = null;
      known = null;
      journal.remove(key);
      // Nothing unsaved any more: the durable copy goes at once (a stale copy would be replayed later).
      persist();
      return true;
    }
    latest = JSON.stringify({ v: 1, entries: Object.fromEntries(entries) });
    const written = journal.write(key, latest);
    known = written ? { raw: latest, entries: new Map(entries) } : null;
    return written;
  }

  return {
    entries: () => [...readAll().values()],
    get: (id) => readAll().get(id),
    write(entry) {
      const all = readAll();
      all.set(entry.id, entry);
      if (writeAll(all)) return true;
      // Out of room: this draft's text matters most right now; drop the other entries and try again.
      return all.size > 1 && writeAll(new Map([[entry.id, entry]]));
    },
    remove(id) {
      const all = readAll();
      if (all.delete(id)) writeAll(all);
    },
    removeIfText(id, text) {
      const all = readAll();
      if (all.get(id)?.text === text && all.delete(id)) writeAll(all);
    },
    persist,
  };
}
