/**
 * Pure: Hugo's `.TableOfContents` (markup/tableofcontents in Hugo 0.111) with its defaults: levels 2 to 3, an
 * unordered list. Each `h1` starts a new row (so its h2s get their own list); a level that is skipped gets an
 * empty `<li>` wrapper, as Hugo writes it.
 */

/** One heading of the page, in order: its level, id and inner HTML. */
export interface TocHeading {
  level: number;
  id: string;
  html: string;
}

interface Node {
  id: string;
  html: string;
  children: Node[];
  zero: boolean;
}

function blank(): Node {
  return { id: '', html: '', children: [], zero: true };
}

/** Build the `<nav id="TableOfContents">` HTML for `headings`. */
export function tableOfContents(headings: TocHeading[], startLevel = 2, stopLevel = 3): string {
  const rows: Node[] = [];
  let row = -1;
  for (const h of headings) {
    if (h.level === 1 || row === -1) row++;
    while (rows.length <= row) rows.push(blank());
    const node: Node = { id: h.id, html: h.html, children: [], zero: false };
    const depth = h.level - 1;
    if (depth === 0) {
      node.children = rows[row]?.children ?? [];
      rows[row] = node;
      continue;
    }
    let parent = rows[row] as Node;
    for (let i = 1; i < depth; i++) {
      if (parent.children.length === 0) parent.children.push(blank());
      parent = parent.children[parent.children.length - 1] as Node;
    }
    parent.children.push(node);
  }
  let out = '<nav id="TableOfContents">';
  const writeList = (level: number, indent: number, list: Node[]): void => {
    if (level < startLevel) {
      for (const node of list) writeList(level + 1, indent, node.children);
      return;
    }
    if (stopLevel !== -1 && level > stopLevel) return;
    if (list.length > 0) out += `\n${'  '.repeat(indent + 1)}<ul>\n`;
    for (const node of list) {
      out += `${'  '.repeat(indent + 2)}<li>`;
      if (!node.zero) out += `<a href="#${node.id}">${node.html}</a>`;
      writeList(level + 1, indent + 2, node.children);
      if (node.children.length > 0) out += '  '.repeat(indent + 2);
      out += '</li>\n';
    }
    if (list.length > 0) out += `${'  '.repeat(indent + 1)}</ul>\n`;
  };
  writeList(1, 0, rows);
  return `${out}</nav>`;
}
