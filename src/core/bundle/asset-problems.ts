/**
 * Pure: the image references a draft cannot satisfy, as problems a person can act on. Only relative
 * references count (they must be files of the bundle); remote images and site-root paths are the site's
 * business. A link to a missing file is not flagged here (links often point to pages, not files).
 */
import type { AssetRef } from './asset-refs';

/** One unresolved reference, placed at its line. */
export interface AssetProblem {
  line: number;
  /** Where the reference is written in the post (for moving the caret there). */
  at: number;
  /** The URL as written. */
  url: string;
  /** What is wrong, in words. */
  message: string;
}

const WHERE: Record<AssetRef['source'], string> = {
  image: 'Image',
  link: 'Link',
  html: 'HTML image',
  shortcode: 'Shortcode image',
  'front-matter': 'Front matter',
};

/** The problems of `refs` given the bundle paths the draft holds, in line order. */
export function findAssetProblems(refs: readonly AssetRef[], held: ReadonlySet<string>): AssetProblem[] {
  const problems: AssetProblem[] = [];
  for (const ref of refs) {
    if (!ref.image) continue;
    const where = ref.source === 'front-matter' && ref.key ? `Front matter “${ref.key}”` : WHERE[ref.source];
    if (ref.target.kind === 'outside') {
      problems.push({
        line: ref.line,
        at: ref.at,
        url: ref.url,
        message: `${where} “${ref.url}” points outside the post's bundle.`,
      });
    } else if (ref.target.kind === 'bundle' && !held.has(ref.target.path)) {
      problems.push({
        line: ref.line,
        at: ref.at,
        url: ref.url,
        message: `${where} “${ref.url}” is not in this draft: add the image or fix the path.`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
