/**
 * A structural audit of rendered HTML: what must never be in a preview, whatever the trap saw. The browser spec
 * snapshots the preview's DOM into `AuditNode`s, the Node test converts `render()`'s HTML parsed by parse5 (the
 * parser browsers use), and both call `auditTree`. Catches what needs a person to act before it would run (a
 * `javascript:` link waiting for a click, an `onmouseover`) as well as what runs at once.
 */

/** An element as the audit sees it: local name, namespace, attributes in source order, element children. */
export interface AuditNode {
  tag: string;
  /** 'html', 'svg', 'math' or the raw namespace URI for anything else. */
  ns: string;
  attrs: Array<[string, string]>;
  children: AuditNode[];
}

/** Elements that must never reach the preview, in any namespace. */
export const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'button',
  'textarea',
  'select',
  'isindex',
  'keygen',
  'base',
  'meta',
  'link',
  'style',
  'template',
  'svg',
  'math',
  'xmp',
  'plaintext',
]);

/** Attributes that load, submit, navigate or run something on their own. */
const FORBIDDEN_ATTRS = new Set([
  'srcdoc',
  'formaction',
  'action',
  'ping',
  'xlink:href',
  'background',
  'dynsrc',
  'lowsrc',
  'data',
  'code',
  'codebase',
  'http-equiv',
]);

const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'longdesc']);

/** Elements whose `name` (and then `id`) become properties of `document`, shadowing the methods apps call. */
const NAMED_ON_DOCUMENT = new Set(['img', 'iframe', 'embed', 'object', 'form']);

/** The embed hosts the sanitizer keeps frames for (must match the schema and the CSP's frame-src). */
export const ALLOWED_EMBED = /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/;

const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|svg\+xml)[;,]/;
const BAD_SCHEME = /^(?:javascript|vbscript|file|data):/;
const BAD_STYLE = /url\s*\(|image-set|@import|expression\s*\(|behavior\s*:|-moz-binding|\\|\/\*/i;

/** What a browser makes of a URL attribute's scheme: ASCII whitespace and controls anywhere are dropped. */
function schemeView(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
}

function auditAttribute(node: AuditNode, name: string, value: string, problems: string[]): void {
  const where = `<${node.tag} ${name}="${value.slice(0, 80)}">`;
  if (name.startsWith('on')) problems.push(`event handler ${where}`);
  else if (FORBIDDEN_ATTRS.has(name)) problems.push(`forbidden attribute ${where}`);
  else if (name === 'name' && NAMED_ON_DOCUMENT.has(node.tag)) problems.push(`clobbering name ${where}`);
  else if (name === 'style' && BAD_STYLE.test(value)) problems.push(`fetching or scripting style ${where}`);
  else if (URL_ATTRS.has(name)) {
    const candidates =
      name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
    for (const candidate of candidates) {
      const url = schemeView(candidate);
      const imageSource =
        (name === 'src' || name === 'srcset') && (node.tag === 'img' || node.tag === 'source');
      if (imageSource && SAFE_DATA_IMAGE.test(url)) continue;
      if (BAD_SCHEME.test(url)) problems.push(`dangerous URL ${where}`);
    }
  }
}

function auditNode(node: AuditNode, problems: string[]): void {
  if (node.ns !== 'html') problems.push(`foreign element <${node.tag}> in ${node.ns}`);
  if (FORBIDDEN_TAGS.has(node.tag)) {
    const src = node.attrs.find(([n]) => n === 'src')?.[1] ?? '';
    if (!(node.tag === 'iframe' && ALLOWED_EMBED.test(src))) problems.push(`forbidden element <${node.tag}>`);
  }
  if (node.tag === 'input') {
    const type = node.attrs.find(([n]) => n === 'type')?.[1];
    const disabled = node.attrs.some(([n]) => n === 'disabled');
    if (type !== 'checkbox' || !disabled) problems.push('an input other than a disabled task-list checkbox');
  }
  for (const [name, value] of node.attrs) auditAttribute(node, name.toLowerCase(), value, problems);
  for (const child of node.children) auditNode(child, problems);
}

/** Every problem found in `roots` and their descendants (empty when the HTML is harmless). */
export function auditTree(roots: readonly AuditNode[]): string[] {
  const problems: string[] = [];
  for (const root of roots) auditNode(root, problems);
  return problems;
}
