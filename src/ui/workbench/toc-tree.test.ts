import { describe, expect, it } from 'vitest';
import { tocParents, tocTree, type TocNode } from './toc-tree';

/** The lists as Hugo writes them, with each link as its number. */
function html(nodes: TocNode[]): string {
  const li = (n: TocNode): string =>
    `<li>${n.row === null ? '' : `<a>${n.row}</a>`}${n.children.length ? html(n.children) : ''}</li>`;
  return `<ul>${nodes.map(li).join('')}</ul>`;
}

const keys = (nodes: TocNode[]): string[] => nodes.flatMap((n) => [n.key, ...keys(n.children)]);

// h2 h3 h3 h2 h4 h3 (depths in Hugo's lists: h2 = 1, h3 = 2, h4 = 3).
const DEPTHS = [1, 2, 2, 1, 3, 2];

describe('tocParents', () => {
  it('gives each link the link whose li holds it', () => {
    expect(tocParents(DEPTHS)).toEqual([-1, 0, 0, -1, 3, 3]);
    expect(tocParents([2, 1, 3, 3])).toEqual([-1, -1, 1, 1]);
  });
});

describe('tocTree', () => {
  const parents = tocParents(DEPTHS);

  it('nests the whole list as Hugo does, an li without a link where a level is skipped', () => {
    expect(html(tocTree(DEPTHS, parents, 0, DEPTHS.length))).toBe(
      '<ul><li><a>0</a><ul><li><a>1</a></li><li><a>2</a></li></ul></li>' +
        '<li><a>3</a><ul><li><ul><li><a>4</a></li></ul></li><li><a>5</a></li></ul></li></ul>',
    );
    const deep = [2, 1, 3];
    expect(html(tocTree(deep, tocParents(deep), 0, 3))).toBe(
      '<ul><li><ul><li><a>0</a></li></ul></li><li><a>1</a><ul><li><ul><li><a>2</a></li></ul></li></ul></li></ul>',
    );
  });

  it('puts a window at its depth: the links above that hold it stay, without their link', () => {
    expect(html(tocTree(DEPTHS, parents, 2, 4))).toBe(
      '<ul><li><ul><li><a>2</a></li></ul></li><li><a>3</a></li></ul>',
    );
    expect(html(tocTree(DEPTHS, parents, 4, 5))).toBe(
      '<ul><li><ul><li><ul><li><a>4</a></li></ul></li></ul></li></ul>',
    );
  });

  it('keeps the key of every li that stays as the window moves', () => {
    const before = keys(tocTree(DEPTHS, parents, 0, 6));
    const after = keys(tocTree(DEPTHS, parents, 4, 6));
    expect(after.every((k) => before.includes(k))).toBe(true);
    expect(new Set(before).size).toBe(before.length);
  });

  it('is empty for an empty window', () => {
    expect(tocTree(DEPTHS, parents, 3, 3)).toEqual([]);
    expect(tocTree([], [], 0, 10)).toEqual([]);
  });
});
