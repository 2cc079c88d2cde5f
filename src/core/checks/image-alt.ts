/**
 * Pure: images need alt text, for readers who cannot see them and for search engines.
 */
import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Check, Problem } from './types';

/** Images (inline or by reference) with empty alt text. */
export const imageAltCheck: Check = (post) => {
  const problems: Problem[] = [];
  visit(post.tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const image = node as Image | ImageReference;
    if ((image.alt ?? '').trim() !== '' || !image.position) return;
    problems.push({
      check: 'image-alt',
      severity: 'warning',
      message: 'This image has no alt text.',
      from: post.bodyStart + (image.position.start.offset ?? 0),
      to: post.bodyStart + (image.position.end.offset ?? 0),
    });
  });
  return problems;
};
