/**
 * An in-memory `DraftStore` with the same behaviour as the IndexedDB one (it passes the same contract suite),
 * for tests and as a fallback when the browser offers no storage. Failures can be injected.
 */
import type {
  Draft,
  DraftStore,
  Result,
  Revision,
  StorageError,
  StorageErrorKind,
  TrashEntry,
} from './drafts';
import { storageError } from './errors';
import { byNewestDeletion, byNewestRevision } from './history-records';
import { normalizeDraft, summaryOf } from './schema';

/** Which calls an injected failure hits: writes (save, remove, setSetting) or every call. */
export type FailureTarget = 'write' | 'any';

/** The memory store plus test hooks. */
export interface MemoryDraftStore extends DraftStore {
  /** The next `count` calls of `target` fail with `kind` (nothing is written). */
  failNextWith(kind: StorageErrorKind, count?: number, target?: FailureTarget): void;
  /** Every call of `target` fails with `kind` until called again with null. */
  failAlwaysWith(kind: StorageErrorKind | null, target?: FailureTarget): void;
  /** The stored record right now (a copy), without going through a failure hook. */
  peek(id: string): Draft | undefined;
  /** How many writes (save, remove, setSetting) succeeded so far. */
  writeCount(): number;
  /** Characters of text stored (drafts, history and trash), what `quotaChars` limits. */
  usedChars(): number;
}

/** Start contents: current drafts, or records as schema version 1 stored them (upgraded like IndexedDB). */
export interface MemoryDraftStoreOptions {
  drafts?: Draft[];
  revisions?: Revision[];
  trash?: TrashEntry[];
  v1Records?: unknown[];
  settings?: Record<string, unknown>;
  /**
   * A quota in characters of text over drafts, history and trash: a save or revision that would go past it is
   * refused with `storage-full`, as a browser refuses past its quota (and deleting frees the space again).
   */
  quotaChars?: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/** Thrown inside an operation to refuse it with an expected error (caught by `run`). */
class Refusal {
  constructor(readonly error: StorageError) {}
}

/** Create an empty (or seeded) memory store. */
export function createMemoryDraftStore(opts: MemoryDraftStoreOptions = {}): MemoryDraftStore {
  const drafts = new Map<string, Draft>();
  const settings = new Map<string, unknown>(
    Object.entries(opts.settings ?? {}).map(([k, v]) => [k, copy(v)]),
  );
  for (const record of [...(opts.v1Records ?? []), ...(opts.drafts ?? [])]) {
    const draft = normalizeDraft(record);
    if (draft) drafts.set(draft.id, copy(draft));
  }
  const revisions = new Map<string, Revision>((opts.revisions ?? []).map((r) => [r.id, copy(r)]));
  const trashed = new Map<string, TrashEntry>((opts.trash ?? []).map((e) => [e.draft.id, copy(e)]));
  const usedChars = (): number =>
    [...drafts.values()].reduce((n, d) => n + d.text.length, 0) +
    [...revisions.values()].reduce((n, r) => n + r.text.length, 0) +
    [...trashed.values()].reduce((n, e) => n + e.draft.text.length, 0);
  /** Refuse a write that would add `added` characters (replacing `replaced`) past the quota. */
  const checkQuota = (added: number, replaced: number): void => {
    if (opts.quotaChars !== undefined && usedChars() - replaced + added > opts.quotaChars)
      throw new Refusal(storageError('storage-full'));
  };
  const dropHistory = (draftId: string): void => {
    for (const [key, rev] of revisions) if (rev.draftId === draftId) revisions.delete(key);
  };
  let queued: { error: StorageError; target: FailureTarget }[] = [];
  let always: { error: StorageError; target: FailureTarget } | null = null;
  let writes = 0;

  /**
   * Run `op` as a read or a write. A journal copy (`background`) is a write that neither uses up a
   * `failNextWith` failure nor counts in `writeCount`: tests aim those at saves; `failAlwaysWith` still hits it.
   */
  async function run<T>(isWrite: boolean, op: () => T, background = false): Promise<Result<T>> {
    await Promise.resolve();
    const hits = (target: FailureTarget): boolean => target === 'any' || isWrite;
    if (always && hits(always.target)) return { ok: false, error: always.error };
    const index = background ? -1 : queued.findIndex((f) => hits(f.target));
    if (index >= 0) {
      const [failure] = queued.splice(index, 1);
      if (failure) return { ok: false, error: failure.error };
    }
    try {
      const value = op();
      if (isWrite && !background) writes += 1;
      return { ok: true, value };
    } catch (e) {
      if (e instanceof Refusal) return { ok: false, error: e.error };
      throw e;
    }
  }

  return {
    list: () =>
      run(false, () =>
        [...drafts.values()].map(copy).sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)),
      ),
    get: (id) => run(false, () => copy(drafts.get(id))),
    listSummaries: () =>
      run(false, () =>
        [...drafts.values()]
          .map((d) => summaryOf(copy(d)))
          .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id)),
      ),
    listNewestSummaries: (limit) =>
      run(false, () =>
        [...drafts.values()]
          .map((d) => summaryOf(copy(d)))
          .sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))
          .slice(0, Math.max(0, limit)),
      ),
    listPage: (after, limit) =>
      run(false, () =>
        [...drafts.keys()]
          .filter((id) => after === null || id > after)
          .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
          .slice(0, limit)
          .map((id) => copy(drafts.get(id)!)),
      ),
    save: (draft, baseRevision) =>
      run(true, () => {
        const current = drafts.get(draft.id);
        if ((current?.revision ?? null) !== baseRevision) throw new Refusal(storageError('conflict'));
        checkQuota(draft.text.length, current?.text.length ?? 0);
        const stored: Draft = { ...copy(draft), revision: (baseRevision ?? 0) + 1 };
        drafts.set(stored.id, stored);
        return copy(stored);
      }),
    remove: (id) =>
      run(true, () => {
        drafts.delete(id);
        dropHistory(id);
      }),
    addRevision: (revision) =>
      run(true, () => {
        checkQuota(revision.text.length, revisions.get(revision.id)?.text.length ?? 0);
        revisions.set(revision.id, copy(revision));
      }),
    listRevisions: (draftId) =>
      run(false, () =>
        [...revisions.values()]
          .filter((r) => draftId === undefined || r.draftId === draftId)
          .map(copy)
          .sort(byNewestRevision),
      ),
    removeRevisions: (ids) => run(true, () => ids.forEach((id) => revisions.delete(id))),
    trash: (id, deletedAt) =>
      run(true, () => {
        const draft = drafts.get(id);
        if (!draft) throw new Refusal(storageError('not-found'));
        const entry: TrashEntry = { draft: copy(draft), deletedAt };
        trashed.set(id, entry);
        drafts.delete(id);
        return copy(entry);
      }),
    listTrash: () => run(false, () => [...trashed.values()].map(copy).sort(byNewestDeletion)),
    restore: (id) =>
      run(true, () => {
        const entry = trashed.get(id);
        if (!entry) throw new Refusal(storageError('not-found'));
        if (drafts.has(id)) throw new Refusal(storageError('conflict'));
        const draft: Draft = { ...copy(entry.draft), revision: entry.draft.revision + 1 };
        drafts.set(id, draft);
        trashed.delete(id);
        return copy(draft);
      }),
    purge: (ids) =>
      run(true, () =>
        ids.forEach((id) => {
          trashed.delete(id);
          dropHistory(id);
        }),
      ),
    putJournal: (key, value) => run(true, () => void settings.set(`journal:${key}`, value), true),
    listJournals: () =>
      run(false, () =>
        [...settings.entries()]
          .filter(([k, v]) => k.startsWith('journal:') && typeof v === 'string')
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => ({ key: k.slice('journal:'.length), value: v as string })),
      ),
    removeJournal: (key) => run(true, () => void settings.delete(`journal:${key}`), true),
    getSetting: <T>(key: string) => run(false, () => copy(settings.get(key)) as T | undefined),
    setSetting: (key, value) => run(true, () => void settings.set(key, copy(value))),
    failNextWith(kind, count = 1, target = 'write') {
      for (let i = 0; i < count; i++) queued.push({ error: storageError(kind), target });
    },
    failAlwaysWith(kind, target = 'write') {
      always = kind ? { error: storageError(kind), target } : null;
      if (!kind) queued = [];
    },
    peek: (id) => copy(drafts.get(id)),
    writeCount: () => writes,
    usedChars,
  };
}
