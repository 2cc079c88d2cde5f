/**
 * Pure: what may stay of a post's raw HTML in unsafe mode, for rehype-sanitize. GitHub's schema (the
 * default of hast-util-sanitize) widened for what blogs write and Hugo emits: `style` (unless it could load
 * or run something), classes, ids, `data-*`, `figure`, media, and iframes from an allow-list of video hosts.
 * Never: script, event handlers, `javascript:`/`vbscript:` URLs, `data:` except in image sources, forms,
 * meta, base, object, embed, or any other frame.
 */
import type { Element, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { defaultSchema } from 'rehype-sanitize';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A `style` value that can neither fetch (`url(`, `image-set`, `@import`) nor run script (`expression`). CSS
 * escapes (`\`) and comments are refused too (a comment between `url` and `(` is still `url(` to a browser).
 */
export const SAFE_STYLE =
  /^(?![\s\S]*(?:url\s*\(|image-set|@import|expression\s*\(|javascript:|\\|\/\*|behavior\s*:|-moz-binding))[\s\S]*$/i;

/** Frame sources that may stay: privacy-enhanced YouTube and Vimeo's player. */
export const EMBED_SRC =
  /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)[\w\-?=&%./]*$/;

const base = defaultSchema.attributes ?? {};
const common = ['className', 'id', 'title', 'lang', 'dir', 'role', 'data*', ['style', SAFE_STYLE]] as const;
// `name` on img, iframe, embed, object or form becomes a property of `document` that shadows its methods
// (`<img name="getElementById">` breaks the app); only links keep it (old `<a name>` anchors).
const baseAll = (base['*'] ?? []).filter((attribute) => attribute !== 'name');

/** The schema. Ids are kept as written (no `user-content-` prefix), so heading and footnote links work. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'figure',
    'figcaption',
    'mark',
    'small',
    'abbr',
    'cite',
    'u',
    'video',
    'audio',
    'source',
    'track',
    'picture',
    'iframe',
    'center',
    'font',
    'span',
    'time',
    'aside',
    'nav',
    'header',
    'footer',
    'article',
    'main',
    'colgroup',
    'col',
    'caption',
  ],
  attributes: {
    ...base,
    '*': [...baseAll, ...common],
    a: [
      'ariaDescribedBy',
      'ariaLabel',
      'ariaLabelledBy',
      'href',
      'className',
      'target',
      'rel',
      'role',
      'name',
    ],
    code: ['className', 'dataLang'],
    // Hugo puts a fence's attributes (```go {file="x" copy=true}) on the highlight wrapper.
    div: ['file', 'copy', 'name'],
    pre: ['tabIndex'],
    li: ['className'],
    ol: ['className', 'start', 'type', 'reversed'],
    ul: ['className'],
    section: ['className'],
    h2: ['className'],
    img: [...(base.img ?? []), 'loading', 'decoding', 'srcSet', 'sizes'],
    video: [
      'src',
      'poster',
      'controls',
      'loop',
      'muted',
      'playsInline',
      'preload',
      'width',
      'height',
      'autoPlay',
    ],
    audio: ['src', 'controls', 'loop', 'muted', 'preload'],
    source: ['src', 'srcSet', 'type', 'media', 'sizes'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    iframe: [
      ['src', EMBED_SRC],
      'width',
      'height',
      'allow',
      'allowFullScreen',
      'frameBorder',
      'loading',
      'referrerPolicy',
    ],
    font: ['color', 'face', 'size'],
    time: ['dateTime'],
  } as Schema['attributes'],
  protocols: {
    ...defaultSchema.protocols,
    // blob: is an object URL this app made (a draft's image); it can only point at data already here.
    src: ['http', 'https', 'data', 'blob'],
    srcSet: ['http', 'https'],
    poster: ['http', 'https'],
  },
  strip: ['script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp'],
};

/**
 * A rehype plugin to run after sanitizing: removes every iframe left without a source. The schema drops a
 * frame's `src` when it is not on the embed allow-list (and `srcdoc` always), which would leave an empty
 * same-origin frame behind; no frame at all is what the allow-list means.
 */
export function rehypeDropBareFrames() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || typeof node.properties.src === 'string' || !parent) return;
      if (index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
