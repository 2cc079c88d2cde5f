/**
 * Which file of the person's site a draft was opened from (or will be saved to), and the file's text as last
 * read or written there, so "Save to site" can tell whether the file changed on disk meanwhile. Stored in the
 * `siteLinks` object store, one record per draft.
 */
import type { IDBPDatabase } from 'idb';
import type { Result } from './drafts';
import { toStorageError } from './errors';
import type { PostwrightDB } from './schema';

/** A draft's link to a site file. Paths are relative to the site folder's root and use `/`. */
export interface SiteLink {
  draftId: string;
  /** The site folder's name, to say which site the draft belongs to. */
  site: string;
  /** The Markdown file (`content/posts/harbour-walk/index.md`). */
  path: string;
  /** The folder the post's images are written to, or null for a single-file post. */
  bundleDir: string | null;
  /** The file's text when Postwright last read or wrote it; null when it has not been written yet. */
  baseText: string | null;
}

/** Where links are kept. */
export interface SiteLinkStore {
  list(): Promise<Result<SiteLink[]>>;
  put(link: SiteLink): Promise<Result<SiteLink>>;
  remove(draftId: string): Promise<Result<void>>;
}

/** A stored record read back as a link, or null when damaged. */
export function normalizeSiteLink(record: unknown): SiteLink | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Partial<Record<keyof SiteLink, unknown>>;
  if (typeof r.draftId !== 'string' || typeof r.path !== 'string') return null;
  return {
    draftId: r.draftId,
    site: typeof r.site === 'string' ? r.site : '',
    path: r.path,
    bundleDir: typeof r.bundleDir === 'string' ? r.bundleDir : null,
    baseText: typeof r.baseText === 'string' ? r.baseText : null,
  };
}

async function run<T>(op: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await op() };
  } catch (e) {
    return { ok: false, error: toStorageError(e) };
  }
}

/** The IndexedDB link store over an open (version 3 or later) database. */
export function createIdbSiteLinkStore(db: IDBPDatabase<PostwrightDB>): SiteLinkStore {
  return {
    list: () =>
      run(async () =>
        (await db.getAll('siteLinks')).map(normalizeSiteLink).filter((l): l is SiteLink => l !== null),
      ),
    put: (link) =>
      run(async () => {
        await db.put('siteLinks', link);
        return link;
      }),
    remove: (draftId) => run(() => db.delete('siteLinks', draftId)),
  };
}

/** An in-memory link store (tests, and the fallback when IndexedDB is unavailable). */
export function createMemorySiteLinkStore(initial: SiteLink[] = []): SiteLinkStore {
  const links = new Map(initial.map((l) => [l.draftId, { ...l }]));
  return {
    list: async () => ({ ok: true, value: [...links.values()].map((l) => ({ ...l })) }),
    put: async (link) => {
      links.set(link.draftId, { ...link });
      return { ok: true, value: link };
    },
    remove: async (draftId) => {
      links.delete(draftId);
      return { ok: true, value: undefined };
    },
  };
}
