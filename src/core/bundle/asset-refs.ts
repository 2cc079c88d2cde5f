/**
 * Pure: every place a post refers to a file: Markdown images and links (inline and by reference), `<img src>`
 * in raw HTML, `src="..."` in shortcodes such as `{{< figure >}}`, and the front matter's `image` and `images`.
 * Code spans and fenced code are skipped (an example of Markdown in a code block is not a reference). Each
 * reference carries its URL's exact span in the post, so a rename replaces just those characters.
 */
import { readFrontMatterCached } from '../front-matter/read-front-matter';
import { splitPost } from '../post/split-post';
import { bundleTarget } from './asset-paths';
import type { RefTarget } from './asset-paths';
import { scanBody } from './scan-body';

/** Where a reference was written. */
export type RefSource = 'image' | 'link' | 'html' | 'shortcode' | 'front-matter';

/** One reference to a file. */
export interface AssetRef {
  source: RefSource;
  /** True for images (everything but Markdown links). */
  image: boolean;
  /** The URL as the renderer sees it (escapes resolved). */
  url: string;
  target: RefTarget;
  /** The URL's characters in the whole post (for a rename); null for front matter values (edited by key). */
  span: { from: number; to: number } | null;
  /** For front matter references: the key (as written) and, for lists, the item's index. */
  key?: string;
  index?: number;
  /** 1-based line in the whole post. */
  line: number;
  /** Offset in the whole post where the reference is written (its URL, or its front matter key). */
  at: number;
}

/** Front matter keys whose values are images of the bundle (compared case-insensitively, as Hugo does). */
export const IMAGE_KEYS = ['image', 'images'] as const;

/** A function giving the 1-based line of an offset in `text` (line starts indexed once, then binary search). */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Every file reference in `text` (the whole post), in source order, front matter first. */
export function findAssetRefs(text: string): AssetRef[] {
  const lineAt = lineIndex(text);
  const refs: AssetRef[] = [...frontMatterRefs(text, lineAt)];
  const split = splitPost(text);
  const offset = split.unclosed ? 0 : split.bodyStart;
  const body = split.unclosed ? text : split.body;
  for (const found of scanBody(body)) {
    const from = found.from + offset;
    refs.push({
      source: found.source,
      image: found.source !== 'link',
      url: found.url,
      target: bundleTarget(found.url),
      span: { from, to: found.to + offset },
      line: lineAt(from),
      at: from,
    });
  }
  return refs.sort((a, b) => (a.span?.from ?? -1) - (b.span?.from ?? -1));
}

function frontMatterRefs(text: string, lineAt: (offset: number) => number): AssetRef[] {
  const read = readFrontMatterCached(text);
  if (!read.ok) return [];
  const out: AssetRef[] = [];
  const split = splitPost(text);
  for (const [key, value] of Object.entries(read.data)) {
    if (!(IMAGE_KEYS as readonly string[]).includes(key.toLowerCase())) continue;
    const at = split.innerStart + keyOffset(split.inner, key);
    const line = lineAt(at);
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) => {
      if (typeof item !== 'string' || !item.trim()) return;
      const ref: AssetRef = {
        source: 'front-matter',
        image: true,
        url: item,
        target: bundleTarget(item),
        span: null,
        key,
        line,
        at,
      };
      if (Array.isArray(value)) ref.index = index;
      out.push(ref);
    });
  }
  return out;
}

function keyOffset(inner: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[:=]`, 'm').exec(inner);
  return match ? match.index + (/^[ \t]*/.exec(match[0])?.[0].length ?? 0) : 0;
}

/** The bundle paths `refs` use, each once (for "used"/"unused" and for the bundle export). */
export function referencedPaths(refs: readonly AssetRef[]): Set<string> {
  const paths = new Set<string>();
  for (const ref of refs) if (ref.target.kind === 'bundle') paths.add(ref.target.path);
  return paths;
}
