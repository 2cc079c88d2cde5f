/**
 * Hugo's `.TableOfContents` in the sidebar, as its nested lists in `<nav id="TableOfContents">`, virtualised: a
 * long post's table of contents has thousands of links, and only those in view (plus a few either side) are in
 * the DOM, nested as Hugo nests them (see toc-tree). Each link is one line (cut with an ellipsis), so the nav is
 * as tall as all links together and the window sits at its place in it. The HTML is parsed once per table of
 * contents, in an inert `<template>` and made safe as the preview's blocks are (`safeNodes`); the links keep
 * their content and href.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useVirtualRows } from '../common/use-virtual-rows';
import { tocParents, tocTree, type TocNode } from './toc-tree';

/** A link of the table of contents. */
interface TocLink {
  href: string | null;
  /** Its content, made safe (cloned into the link each time it is drawn). */
  content: Node[];
  /** 1 for the outermost list. */
  depth: number;
}

/** The links of a table of contents given as safe nodes (Hugo's `nav#TableOfContents` and its lists). */
function linksOf(nodes: Node[]): TocLink[] {
  const links: TocLink[] = [];
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    for (const a of Array.from((node as Element).querySelectorAll('a'))) {
      let depth = 0;
      for (let el = a.parentElement; el && el !== node; el = el.parentElement)
        if (el.localName === 'ul') depth++;
      links.push({
        href: a.getAttribute('href'),
        content: Array.from(a.childNodes),
        depth: Math.max(1, depth),
      });
    }
  }
  return links;
}

/** The table of contents in `html` (Hugo's), drawn a window at a time; `safeNodes` parses and disarms HTML. */
export function TocList({ html, safeNodes }: { html: string; safeNodes(html: string): Node[] }) {
  const links = useMemo(() => linksOf(safeNodes(html)), [html, safeNodes]);
  const depths = useMemo(() => links.map((l) => l.depth), [links]);
  const parents = useMemo(() => tocParents(depths), [depths]);
  const toc = useVirtualRows({
    count: links.length,
    keyAt: (i) => (i < links.length ? `r${i}` : undefined),
    rowGuess: 22,
    rowSelector: '[data-index] > a',
  });
  // One window of links: a link that holds focus is kept in view by the browser, so it stays drawn; one the
  // person scrolls away from is dropped (the hook adds it to the rows, but a nested list has one place for it).
  let win = toc.rows;
  if (win.length > 1 && win[win.length - 1]! - win[0]! + 1 !== win.length) {
    win = win[1] === win[0]! + 1 ? win.slice(0, -1) : win.slice(1);
  }
  const from = win[0] ?? 0;
  const tree = tocTree(depths, parents, from, from + win.length);
  return (
    <div className="doc-panel__scroller" {...toc.scrollerProps}>
      <nav
        id="TableOfContents"
        {...toc.listProps}
        style={{ ...toc.listProps.style, paddingTop: from * toc.rowHeight }}
      >
        {tree.length > 0 && <TocLists nodes={tree} links={links} />}
      </nav>
    </div>
  );
}

function TocLists({ nodes, links }: { nodes: TocNode[]; links: TocLink[] }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li
          key={node.key}
          data-index={node.row ?? undefined}
          data-row-key={node.row === null ? undefined : node.key}
        >
          {node.row !== null && <TocAnchor link={links[node.row]!} />}
          {node.children.length > 0 && <TocLists nodes={node.children} links={links} />}
        </li>
      ))}
    </ul>
  );
}

function TocAnchor({ link }: { link: TocLink }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    const a = ref.current;
    if (!a) return;
    a.replaceChildren(...link.content.map((n) => n.cloneNode(true)));
    // The whole text, for a link cut with an ellipsis.
    a.title = a.textContent ?? '';
  }, [link]);
  return <a ref={ref} href={link.href ?? undefined} />;
}
