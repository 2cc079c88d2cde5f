/**
 * Pure: a rehype plugin for the small markup differences between remark's output and goldmark's: table
 * alignment as `style="text-align:…"` instead of `align`, and task lists without GitHub's classes
 * (`<li><input checked="" disabled="" type="checkbox"> …`).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function dropClass(node: Element, name: string): void {
  const list = node.properties.className;
  if (!Array.isArray(list)) return;
  const kept = list.filter((c) => c !== name);
  if (kept.length > 0) node.properties.className = kept;
  else delete node.properties.className;
}

/** The plugin. */
export function rehypeGoldmarkMarkup() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'td' || node.tagName === 'th') && typeof node.properties.align === 'string') {
        node.properties.style = `text-align:${node.properties.align}`;
        delete node.properties.align;
      } else if (node.tagName === 'li') dropClass(node, 'task-list-item');
      else if (node.tagName === 'ul' || node.tagName === 'ol') dropClass(node, 'contains-task-list');
    });
  };
}
