/**
 * Pure: what a reference in a post points to, as a path inside its page bundle.
 *
 * Hugo publishes a leaf bundle's files beside the page, so `![](istio.jpg)` and `image: images/a.jpg` mean the
 * bundle's `istio.jpg` and `images/a.jpg`. Remote URLs, `data:`/`blob:` URLs, site-root paths (`/img/a.png`,
 * served from `static/`) and fragments are not bundle paths. `./a.png`, `a%20b.png` and `a.png?v=2` all name
 * the files `a.png` and `a b.png`.
 */

/** How a reference's URL relates to the bundle. */
export type RefTarget =
  /** A path inside the bundle (normalised: no `./`, no query or fragment, percent-decoded). */
  | { kind: 'bundle'; path: string }
  /** Relative, but climbs out of the bundle (`../other/a.png`): the draft can never hold it. */
  | { kind: 'outside'; path: string }
  /** Remote, data:, blob:, site-root or a bare fragment: not the draft's business. */
  | { kind: 'external' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Classify `url` as written in a post (see `RefTarget`). */
export function bundleTarget(url: string): RefTarget {
  const trimmed = url.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('/') || trimmed.startsWith('\\'))
    return { kind: 'external' };
  if (SCHEME.test(trimmed)) return { kind: 'external' };
  const bare = trimmed.replace(/[?#].*$/s, '');
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A stray `%` is a literal character in the file name.
  }
  const segments: string[] = [];
  let outside = false;
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) outside = true;
      else segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const path = segments.join('/');
  if (outside) return { kind: 'outside', path: decoded };
  if (!path) return { kind: 'external' };
  return { kind: 'bundle', path };
}

/** The bundle path `url` names, or null when it names none (see `bundleTarget`). */
export function bundlePath(url: string): string | null {
  const target = bundleTarget(url);
  return target.kind === 'bundle' ? target.path : null;
}

/** Join a folder and a bundle-relative path with `/` (either may be empty). */
export function joinPath(dir: string, path: string): string {
  if (!dir) return path;
  if (!path) return dir;
  return `${dir.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
