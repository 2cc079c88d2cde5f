/**
 * Pure: Hugo's own shortcodes, as mdast nodes that render the way Hugo 0.111's embedded templates do, except
 * that nothing from a third party loads: YouTube, Vimeo, gists and posts on X or Instagram become a card
 * with a link, so the preview never fetches a frame or a script.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { ShortcodeCall } from './scan-shortcodes';
import { element, h, hastElement, t } from './hast-nodes';

/** How a built-in needs inline Markdown (captions) rendered. */
export type InlineParser = (markdown: string) => PhrasingContent[];

function arg(call: ShortcodeCall, name: string, index?: number): string | undefined {
  const named = call.named[name];
  if (named !== undefined) return named;
  return index === undefined ? undefined : call.positional[index];
}

function figure(call: ShortcodeCall, inline: InlineParser): RootContent {
  const get = (name: string) => arg(call, name) ?? '';
  const img: Record<string, string> = { src: get('src') };
  const caption = get('caption');
  if (get('alt') || caption) img.alt = get('alt') || plainText(inline(caption));
  if (get('width')) img.width = get('width');
  if (get('height')) img.height = get('height');
  if (get('loading')) img.loading = get('loading');
  let picture: RootContent = hastElement('img', img);
  if (get('link')) {
    const props: Record<string, string> = { href: get('link') };
    if (get('target')) props.target = get('target');
    if (get('rel')) props.rel = get('rel');
    picture = element('a', props, [picture]);
  }
  const children: RootContent[] = [picture];
  if (get('title') || caption || get('attr')) {
    const parts: RootContent[] = [];
    if (get('title')) parts.push(hastElement('h4', {}, [t(get('title'))]));
    if (caption || get('attr')) {
      const p: RootContent[] = [...inline(caption)];
      const attr = inline(get('attr'));
      if (get('attrlink')) p.push(element('a', { href: get('attrlink') }, attr));
      else p.push(...attr);
      parts.push(element('p', {}, p));
    }
    children.push(element('figcaption', {}, parts));
  }
  const props: Record<string, string[]> = {};
  if (get('class')) props.className = get('class').split(/\s+/);
  return element('figure', props, children);
}

function plainText(nodes: PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if ('value' in node) out += node.value;
    else if ('children' in node) out += plainText(node.children as PhrasingContent[]);
  }
  return out;
}

/** A link card standing in for an embed: the provider, a title and the address. */
function card(kind: string, href: string, label: string): RootContent {
  return hastElement('div', { className: ['embed-card', `embed-${kind}`], dataShortcode: kind }, [
    h('a', { href, rel: ['noopener', 'noreferrer'], target: '_blank' }, [t(label)]),
  ]);
}

function youtube(call: ShortcodeCall): RootContent {
  const id = arg(call, 'id', 0) ?? '';
  const title = arg(call, 'title') ?? 'YouTube Video';
  return card('youtube', `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`, `${title} (YouTube)`);
}

function vimeo(call: ShortcodeCall): RootContent {
  const id = arg(call, 'id', 0) ?? '';
  const title = arg(call, 'title') ?? 'Vimeo video';
  return card('vimeo', `https://vimeo.com/${encodeURIComponent(id)}`, `${title} (Vimeo)`);
}

function gist(call: ShortcodeCall): RootContent {
  const user = call.positional[0] ?? '';
  const id = call.positional[1] ?? '';
  const file = call.positional[2];
  const href = `https://gist.github.com/${encodeURIComponent(user)}/${encodeURIComponent(id)}`;
  return card('gist', href, `Gist ${user}/${id}${file ? ` (${file})` : ''}`);
}

function social(call: ShortcodeCall): RootContent {
  const user = arg(call, 'user') ?? '';
  const id = arg(call, 'id', 0) ?? '';
  if (call.name === 'instagram') {
    return card('instagram', `https://www.instagram.com/p/${encodeURIComponent(id)}/`, 'Post on Instagram');
  }
  const href = user
    ? `https://x.com/${encodeURIComponent(user)}/status/${encodeURIComponent(id)}`
    : `https://x.com/i/status/${encodeURIComponent(id)}`;
  return card(call.name, href, 'Post on X');
}

/** The text a shortcode stands for inside an attribute or a link (ref, relref, param); '' for others. */
export function shortcodeAsText(call: ShortcodeCall, params: Record<string, unknown>): string {
  if (call.name === 'param') {
    const key = arg(call, 'name', 0) ?? '';
    const value = lookup(params, key);
    return value === undefined || value === null ? '' : String(value);
  }
  // ref/relref need the site's pages; Hugo gives "" for a page it cannot find. An anchor on this page
  // (`ref "#id"`) needs no lookup.
  const target = arg(call, 'path', 0) ?? '';
  if ((call.name === 'ref' || call.name === 'relref') && target.startsWith('#')) return target;
  return '';
}

function lookup(params: Record<string, unknown>, key: string): unknown {
  let value: unknown = params;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    const entries = Object.entries(value as Record<string, unknown>);
    value = entries.find(([k]) => k.toLowerCase() === part.toLowerCase())?.[1];
  }
  return value;
}

/** Render a built-in as a block or inline node; null when `call` is not one handled here. */
export function renderBuiltin(call: ShortcodeCall, inline: InlineParser): RootContent | null {
  switch (call.name) {
    case 'figure':
      return figure(call, inline);
    case 'youtube':
      return youtube(call);
    case 'vimeo':
    case 'vimeo_simple':
      return vimeo(call);
    case 'gist':
      return gist(call);
    case 'x':
    case 'tweet':
    case 'twitter':
    case 'instagram':
      return social(call);
    default:
      return null;
  }
}
