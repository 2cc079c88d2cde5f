/**
 * Pure: links and images that point nowhere: an empty target, a `#fragment` no heading or footnote of the post
 * has, or a reference (`[text][name]`) with no `[name]: url` definition. Targets made by shortcodes
 * (`{{< ref >}}`) are Hugo's to resolve and are left alone.
 */
import type { FootnoteDefinition, Image, Link, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Check, Problem } from './types';

const UNDEFINED_REFERENCE = /(!?)\[([^\]\n]+)\]\[([^\]\n]*)\]/g;

/** Empty targets, unknown fragments, undefined references. */
export const linkTargetsCheck: Check = (post) => {
  const problems: Problem[] = [];
  const ids = new Set(post.headings.map((h) => h.id));
  visit(post.tree, 'footnoteDefinition', (node: FootnoteDefinition) => {
    ids.add(`fn:${node.identifier.toLowerCase()}`);
  });
  const at = (node: { position?: Link['position'] }) => ({
    from: post.bodyStart + (node.position?.start.offset ?? 0),
    to: post.bodyStart + (node.position?.end.offset ?? 0),
  });
  visit(post.tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image') return;
    const target = node as Link | Image;
    if (!target.position) return;
    const url = target.url.trim();
    const what = node.type === 'image' ? 'This image' : 'This link';
    if (url.includes('{{')) return;
    if (url === '' || url === '#') {
      problems.push({
        check: 'link-targets',
        severity: 'error',
        message: `${what} points nowhere (no target).`,
        ...at(target),
      });
      return;
    }
    if (url.startsWith('#') && !ids.has(decodeFragment(url.slice(1)))) {
      problems.push({
        check: 'link-targets',
        severity: 'error',
        message: `${what} points to ${url}, but no heading of this post has that id.`,
        ...at(target),
      });
    }
  });
  visit(post.tree, 'text', (node: Text) => {
    if (!node.position) return;
    for (const m of node.value.matchAll(UNDEFINED_REFERENCE)) {
      const name = m[3] || m[2] || '';
      const start = post.bodyStart + (node.position.start.offset ?? 0) + (m.index ?? 0);
      problems.push({
        check: 'link-targets',
        severity: 'error',
        message: `The ${m[1] ? 'image' : 'link'} reference [${name}] has no definition ([${name}]: url).`,
        from: start,
        to: start + m[0].length,
      });
    }
  });
  return problems;
};

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
