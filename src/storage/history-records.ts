/**
 * Reading stored history and trash records defensively (the same door as `normalizeDraft` for drafts): a
 * damaged record reads as null and is skipped, never thrown on.
 */
import type { Revision, TrashEntry } from './drafts';
import { normalizeDraft } from './schema';

const finite = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

/** A stored revision as a complete `Revision`, or null when it has no id, draft id or text. */
export function normalizeRevision(record: unknown): Revision | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  if (typeof r.id !== 'string' || typeof r.draftId !== 'string' || typeof r.text !== 'string') return null;
  return {
    id: r.id,
    draftId: r.draftId,
    text: r.text,
    at: finite(r.at, 0),
    reason: typeof r.reason === 'string' ? r.reason : 'edit',
  };
}

/** A stored trash record (`{ id, draft, deletedAt }`) as a `TrashEntry`, or null when its draft is unreadable. */
export function normalizeTrashEntry(record: unknown): TrashEntry | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Record<string, unknown>;
  const draft = normalizeDraft(r.draft);
  if (!draft) return null;
  return { draft, deletedAt: finite(r.deletedAt, draft.updatedAt) };
}

/** Newest first; ties by id so the order never depends on storage. */
export function byNewestRevision(a: Revision, b: Revision): number {
  return b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Most recently deleted first. */
export function byNewestDeletion(a: TrashEntry, b: TrashEntry): number {
  return b.deletedAt - a.deletedAt || a.draft.id.localeCompare(b.draft.id);
}
