/**
 * The person's site folder as the rest of the app sees it: list a folder, read a file, write a file, by
 * `/`-separated paths relative to the folder's root. No handles leak out of here: `site-folder.ts` implements it
 * over the File System Access API, and `createMemorySiteDirectory` over a map of Blobs (tests, and the
 * read-only copy a folder chosen through a file input gives in browsers without that API).
 */
import type { Result } from './drafts';

/** One entry of a folder listing. */
export interface SiteEntry {
  name: string;
  kind: 'file' | 'directory';
}

/** A site folder the person chose. */
export interface SiteDirectory {
  /** The folder's own name (what the person picked). */
  readonly name: string;
  /** False for a read-only copy: saving then goes to a zip instead. */
  readonly writable: boolean;
  /** The entries of folder `dir` ('' for the root); `not-found` when it does not exist. */
  list(dir: string): Promise<Result<SiteEntry[]>>;
  /** The file at `path`, or null when there is none. */
  read(path: string): Promise<Result<Blob | null>>;
  /** Write (create or replace) the file at `path`, creating folders as needed. */
  write(path: string, data: Blob): Promise<Result<void>>;
}

/** Whether the browser lets this page write into a remembered folder without asking again. */
export type SitePermission = 'granted' | 'prompt' | 'denied';

/** Choosing, remembering and reconnecting the site folder. */
export interface SiteAccess {
  /** True when the browser can open folders for writing (the File System Access API, Chromium). */
  readonly canWrite: boolean;
  /** Ask the person for a folder; null when they cancelled. Needs a user gesture. */
  pick(): Promise<Result<SiteDirectory | null>>;
  /** The folder remembered from an earlier visit and whether it may be used without asking, or null. */
  remembered(): Promise<{ name: string; permission: SitePermission } | null>;
  /** Use the remembered folder, asking for permission if needed (needs a user gesture); null when refused. */
  reconnect(): Promise<Result<SiteDirectory | null>>;
  /** Stop remembering the folder. */
  forget(): Promise<void>;
}

const split = (path: string): string[] => path.split('/').filter(Boolean);

/** A memory directory plus what tests want to look at. */
export interface MemorySiteDirectory extends SiteDirectory {
  /** Every file by path. */
  readonly files: Map<string, Blob>;
  /** Paths written, in order. */
  readonly writes: string[];
}

/** A site folder held in memory: `files` maps paths to contents. */
export function createMemorySiteDirectory(
  name: string,
  files: Record<string, Blob | string | Uint8Array> | Map<string, Blob>,
  writable = true,
): MemorySiteDirectory {
  const map = new Map<string, Blob>();
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [path, data] of entries) {
    map.set(split(path).join('/'), data instanceof Blob ? data : new Blob([data as BlobPart]));
  }
  const writes: string[] = [];
  return {
    name,
    writable,
    files: map,
    writes,
    async list(dir) {
      const prefix = split(dir).join('/');
      const seen = new Map<string, SiteEntry['kind']>();
      for (const path of map.keys()) {
        if (prefix && !path.startsWith(`${prefix}/`)) continue;
        const rest = prefix ? path.slice(prefix.length + 1) : path;
        const [head, ...tail] = rest.split('/');
        if (head) seen.set(head, tail.length ? 'directory' : 'file');
      }
      if (prefix && seen.size === 0) {
        return { ok: false, error: { kind: 'not-found', message: `There is no folder “${prefix}”.` } };
      }
      return { ok: true, value: [...seen].map(([n, kind]) => ({ name: n, kind })) };
    },
    async read(path) {
      return { ok: true, value: map.get(split(path).join('/')) ?? null };
    },
    async write(path, data) {
      if (!writable)
        return { ok: false, error: { kind: 'unavailable', message: 'This folder is read-only.' } };
      const clean = split(path).join('/');
      map.set(clean, data);
      writes.push(clean);
      return { ok: true, value: undefined };
    },
  };
}
