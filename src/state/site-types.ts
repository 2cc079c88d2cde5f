/**
 * The site folder store's types: its state and verbs, what "Save to site" can answer, and a conflict's two
 * versions. Kept apart from the store so components can import them without the implementation.
 */
import type { Result } from '../storage/drafts';
import type { SiteDirectory } from '../storage/site-files';
import type { SiteLink } from '../storage/site-links';
import type { SitePost } from '../core/hugo/list-posts';
import type { SiteMarkdown } from '../core/hugo/site-markdown';
import type { BundleArchive } from './bundle-actions';
import type { Placement } from './site-new-post';

/** The open site folder. */
export interface SiteFolderInfo {
  name: string;
  writable: boolean;
  title: string;
  contentDir: string;
  /** The goldmark switches its configuration sets (absent when it sets none), offered in Site settings. */
  markdown?: { file: string; values: SiteMarkdown };
}

/** What "Save to site" did. */
export type SiteSaveOutcome =
  | { kind: 'saved'; written: string[]; unchanged: number; notes: string[] }
  | { kind: 'conflict' }
  /** The draft is not linked to a file yet: ask where it goes, then call again with a placement. */
  | { kind: 'needs-placement'; suggested: Placement }
  /** No writable folder: download this zip instead; `reason` says why. */
  | { kind: 'zip'; archive: BundleArchive; reason: string }
  | { kind: 'error'; message: string };

/** Both versions of a file that changed on disk since it was opened. */
export interface SiteConflict {
  draftId: string;
  path: string;
  disk: string;
  mine: string;
}

/** The site folder's state and verbs. */
export interface SiteState {
  /** The browser can open folders for writing. */
  canWrite: boolean;
  folder: SiteFolderInfo | null;
  /** A folder remembered from an earlier visit that needs the person's permission again (its name). */
  reconnectable: string | null;
  posts: SitePost[];
  /** Sections to offer for new posts (`posts` first). */
  sections: string[];
  /** Draft id to its site file. */
  links: Record<string, SiteLink>;
  busy: boolean;
  /** The last failure, in words. */
  error: string | null;
  conflict: SiteConflict | null;
  pick(): Promise<Result<boolean>>;
  /** Use a folder obtained elsewhere (a read-only copy from a folder input). */
  useDirectory(dir: SiteDirectory): Promise<Result<void>>;
  /** Use a folder chosen through a folder input (read-only): its files by path relative to the folder. */
  useFolderFiles(name: string, files: readonly { path: string; blob: Blob }[]): Promise<Result<void>>;
  reconnect(): Promise<Result<boolean>>;
  closeFolder(): Promise<void>;
  refresh(): Promise<Result<void>>;
  openPost(path: string): Promise<Result<void>>;
  newPost(placement: Placement): Promise<Result<void>>;
  saveToSite(placement?: Placement): Promise<SiteSaveOutcome>;
  /** Resolve a conflict by writing the draft's version over the file. */
  overwrite(): Promise<SiteSaveOutcome>;
  /** Resolve a conflict by taking the file's version: returns its text for the editor (the link is updated). */
  takeDiskVersion(): Promise<Result<string>>;
  dismissConflict(): void;
}
