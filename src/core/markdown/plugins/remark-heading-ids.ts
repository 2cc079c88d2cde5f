/**
 * Pure: a remark plugin giving every heading Hugo's automatic id (unless the author set one with `{#id}`).
 * Each shortcode stub renders its inner Markdown on its own in Hugo, so it gets its own registry.
 */
import type { Nodes, Root } from 'mdast';
import type { ResolvedRenderOptions } from '../options';
import { HeadingIdRegistry } from '../heading-id';
import type { HeadingData } from './heading-source';

/** Marks a node whose subtree Hugo renders separately (a shortcode's inner content). */
export interface ScopeData {
  pwIdScope?: boolean;
}

/** The plugin: `[remarkHeadingIds, options]`. */
export function remarkHeadingIds(options: ResolvedRenderOptions) {
  return (tree: Root): void => {
    const walk = (node: Nodes, registry: HeadingIdRegistry): void => {
      if (node.type === 'heading') {
        const data = (node.data ??= {}) as HeadingData;
        const props = (data.hProperties ??= {});
        if (typeof props.id === 'string') registry.put(props.id);
        else props.id = registry.generate(data.hugoIdText ?? '');
      }
      if (!('children' in node)) return;
      for (const child of node.children) {
        const scoped = (child.data as ScopeData | undefined)?.pwIdScope === true;
        walk(child as Nodes, scoped ? new HeadingIdRegistry(options.headingIds) : registry);
      }
    };
    walk(tree, new HeadingIdRegistry(options.headingIds));
  };
}
