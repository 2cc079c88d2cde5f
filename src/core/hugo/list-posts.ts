/**
 * Pure: the posts under a Hugo site's content folder, as Hugo sees them.
 *
 * A folder with `index.md` is a leaf bundle: that file is the page and everything below it (images, other
 * Markdown) belongs to it. A folder with `_index.md` is a branch bundle (a section's list page) and its own
 * files are its resources. Any other Markdown file is a single page. Hidden files and folders are ignored.
 */
import { joinPath } from '../bundle/asset-paths';

/** The three shapes a Hugo page takes on disk. */
export type PostKind = 'leaf' | 'branch' | 'single';

/** One page of the site. Paths are relative to the site's root and use `/`. */
export interface SitePost {
  /** The Markdown file (`content/posts/my-post/index.md`). */
  path: string;
  kind: PostKind;
  /** The folder whose files are this page's resources (the bundle); null for a single file. */
  bundleDir: string | null;
  /** The first folder under the content folder (`posts`), '' for pages at its root. */
  section: string;
  /** The bundle's folder name or the file's base name (`my-post`); for a branch, its folder's name. */
  name: string;
}

const MARKDOWN = /\.(md|markdown)$/i;
const hidden = (path: string): boolean => path.split('/').some((s) => s.startsWith('.'));

/**
 * The posts among `files` (every file path under `contentDir`, relative to it), sorted by path. Returned
 * paths are prefixed with `contentDir`.
 */
export function listPosts(files: readonly string[], contentDir = 'content'): SitePost[] {
  const visible = files.filter((f) => !hidden(f));
  const leafDirs = visible
    .filter((f) => /(^|\/)index\.(md|markdown)$/i.test(f))
    .map((f) => f.slice(0, f.lastIndexOf('/') + 1));
  const insideLeaf = (f: string, own: string): boolean =>
    leafDirs.some((dir) => dir !== own && f.startsWith(dir) && dir !== '');
  const posts: SitePost[] = [];
  for (const file of visible) {
    if (!MARKDOWN.test(file)) continue;
    const slash = file.lastIndexOf('/');
    const dir = file.slice(0, slash + 1);
    const base = file.slice(slash + 1);
    const lower = base.toLowerCase();
    const section = file.includes('/') ? (file.split('/')[0] ?? '') : '';
    const folderName = dir.replace(/\/$/, '').split('/').pop() ?? '';
    if (/^index\.(md|markdown)$/.test(lower)) {
      // An index.md inside another leaf bundle is that bundle's resource, not a page.
      if (insideLeaf(file, dir)) continue;
      const bundleDir = dir.replace(/\/$/, '');
      posts.push({
        path: joinPath(contentDir, file),
        kind: 'leaf',
        bundleDir: joinPath(contentDir, bundleDir),
        // A leaf bundle directly under content/ is a page of the home section, not a section itself.
        section: file.split('/').length > 2 ? section : '',
        name: folderName,
      });
    } else if (/^_index\.(md|markdown)$/.test(lower)) {
      if (insideLeaf(file, '')) continue;
      posts.push({
        path: joinPath(contentDir, file),
        kind: 'branch',
        bundleDir: joinPath(contentDir, dir.replace(/\/$/, '')),
        section,
        name: folderName,
      });
    } else {
      if (insideLeaf(file, '')) continue;
      posts.push({
        path: joinPath(contentDir, file),
        kind: 'single',
        bundleDir: null,
        section,
        name: base.replace(MARKDOWN, ''),
      });
    }
  }
  return posts.sort((a, b) => a.path.localeCompare(b.path));
}

/** The sections (first-level folders) of `posts`, for "where should a new post go". */
export function sectionsOf(posts: readonly SitePost[]): string[] {
  return [...new Set(posts.map((p) => p.section).filter(Boolean))].sort();
}
