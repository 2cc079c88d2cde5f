/**
 * Pure: a remark plugin writing footnotes with goldmark's markup (what Hugo publishes) instead of GitHub's:
 * `<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>` and, at the end,
 * `<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1">…&#160;<a href="#fnref:1"
 * class="footnote-backref" role="doc-backlink">↩︎</a></li></ol></div>`. Footnotes are numbered in order of
 * first reference; unreferenced definitions are dropped; each further reference gets `fnref1:1`, `fnref2:1`.
 */
import type { FootnoteDefinition, Nodes, Parent, Root, RootContent } from 'mdast';
import { element, hastElement, t } from '../shortcodes/hast-nodes';

const BACKLINK = '\u21a9\ufe0e';

/** The plugin. */
export function remarkHugoFootnotes() {
  return (tree: Root): void => {
    const definitions = new Map<string, FootnoteDefinition>();
    const collect = (parent: Parent): void => {
      parent.children = parent.children.filter((child) => {
        if (child.type === 'footnoteDefinition') {
          const key = child.identifier.toUpperCase();
          if (!definitions.has(key)) definitions.set(key, child);
          return false;
        }
        if ('children' in child) collect(child);
        return true;
      }) as Parent['children'];
    };
    collect(tree);
    if (definitions.size === 0) return;

    const order: string[] = [];
    const refCount = new Map<string, number>();
    const replace = (parent: Parent): void => {
      parent.children = parent.children.map((child) => {
        const node = child as Nodes;
        if (node.type !== 'footnoteReference') {
          if ('children' in node) replace(node);
          return child;
        }
        const key = node.identifier.toUpperCase();
        if (!definitions.has(key)) return { type: 'text', value: `[^${node.label ?? node.identifier}]` };
        if (!refCount.has(key)) order.push(key);
        const refIndex = refCount.get(key) ?? 0;
        refCount.set(key, refIndex + 1);
        const n = String(order.indexOf(key) + 1);
        const link = hastElement(
          'a',
          { href: `#fn:${n}`, className: ['footnote-ref'], role: 'doc-noteref' },
          [t(n)],
        );
        return element('sup', { id: `fnref${refIndex > 0 ? refIndex : ''}:${n}` }, [link]);
      }) as Parent['children'];
    };
    replace(tree);
    if (order.length === 0) return;

    const items = order.map((key, i) => {
      const definition = definitions.get(key);
      const n = String(i + 1);
      const children = [...(definition?.children ?? [])] as RootContent[];
      const backlinks: RootContent[] = [];
      for (let r = 0; r < (refCount.get(key) ?? 1); r++) {
        backlinks.push({ type: 'text', value: '\u00a0' });
        backlinks.push(
          hastElement(
            'a',
            { href: `#fnref${r > 0 ? r : ''}:${n}`, className: ['footnote-backref'], role: 'doc-backlink' },
            [t(BACKLINK)],
          ),
        );
      }
      const last = children[children.length - 1];
      if (last && last.type === 'paragraph') {
        children[children.length - 1] = { ...last, children: [...last.children, ...(backlinks as never[])] };
      } else children.push(...backlinks);
      return element('li', { id: `fn:${n}` }, children);
    });
    tree.children.push(
      element('div', { className: ['footnotes'], role: 'doc-endnotes' }, [
        hastElement('hr', {}),
        element('ol', {}, items),
      ]),
    );
  };
}
