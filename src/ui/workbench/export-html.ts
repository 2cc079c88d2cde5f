/**
 * "Export HTML", "Copy as HTML", "Copy as Markdown". The post is rendered with `render()` (the HTML Hugo would
 * publish), cleaned once more (no scripts, frames, forms, event handlers or script URLs, and a
 * Content-Security-Policy that blocks any that slipped through), its head written from the front matter as
 * text, its styles inlined, and the draft's images embedded as data: URLs: the draft's own files byte for byte,
 * other same-origin images from what the preview shows.
 * Remote (http/https) images stay links; an image the preview cannot show either keeps its path.
 */
import { render, type RenderOptions } from '../../core/render';
import { exportFileName } from '../../core/bundle/slug';
import { formatPostDate } from '../preview/post-head';
import { EXPORT_CSS } from './export-styles';

/** What an export needs. */
export interface ExportInput {
  text: string;
  /** The site's Markdown settings (raw HTML, typographer, heading ids, heading attributes), as the preview has them. */
  options: RenderOptions;
  /** The custom preview stylesheet, already scoped under `.preview` ('' for none). */
  scopedCss: string;
  /** The preview element, to take the images it shows (null when hidden). */
  preview: HTMLElement | null;
  /** The draft's own file an image `src` names (its bytes are embedded as they are), or null. */
  assetBlob?: (src: string) => Blob | null;
}

/** The built export. */
export interface BuiltExport {
  fileName: string;
  /** The standalone document. */
  document: string;
  /** The post (head and body) as an HTML fragment, for the clipboard. */
  fragment: string;
  /** The post as plain text. */
  plain: string;
}

const DROP =
  'script, iframe, frame, frameset, object, embed, form, link, meta, base, style, template, noscript';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster'];

/** Remove anything that could run or load more than images from `root`. */
export function sanitizeTree(root: Element): void {
  root.querySelectorAll(DROP).forEach((el) => el.remove());
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript):/.test(value.replace(/\s+/g, ''))) {
        el.removeAttribute(attr.name);
      } else if (
        URL_ATTRIBUTES.includes(name) &&
        value.startsWith('data:') &&
        !value.startsWith('data:image/')
      ) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

function blobToDataUrl(blob: Blob): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : null);
    reader.onerror = () => resolve(null);
    reader.readAsDataURL(blob);
  });
}

async function toDataUrl(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    const blob = await response.blob();
    return blob.type.startsWith('image/') ? await blobToDataUrl(blob) : null;
  } catch {
    return null;
  }
}

function embeddable(url: string): boolean {
  if (url.startsWith('blob:') || url.startsWith('data:image/')) return true;
  try {
    return new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * The pixels of a loaded image as a PNG data: URL: for images the page may show but not fetch (blob: URLs under
 * the app's Content-Security-Policy, whose connect-src is 'self').
 */
function fromCanvas(img: HTMLImageElement): string | null {
  if (!img.complete || img.naturalWidth === 0) return null;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/** Give each image of `body` the bytes the preview shows for it, as a data: URL. */
async function embedImages(
  body: Element,
  preview: HTMLElement | null,
  assetBlob: ExportInput['assetBlob'],
): Promise<void> {
  const images = Array.from(body.querySelectorAll('img'));
  const shown = preview ? Array.from(preview.querySelectorAll<HTMLImageElement>('.post-body img')) : [];
  const byIndex = shown.length === images.length;
  await Promise.all(
    images.map(async (img, i) => {
      const src = img.getAttribute('src') ?? '';
      const own = assetBlob?.(src);
      if (own) {
        const data = await blobToDataUrl(own);
        if (data) img.setAttribute('src', data);
        return;
      }
      const match = byIndex ? shown[i] : shown.find((s) => s.getAttribute('src') === src);
      const url = match ? match.currentSrc || match.src : src;
      if (!url || !embeddable(url) || url.startsWith('data:')) {
        if (url.startsWith('data:image/')) img.setAttribute('src', url);
        return;
      }
      const data = (await toDataUrl(url)) ?? (match ? fromCanvas(match) : null);
      if (data) img.setAttribute('src', data);
    }),
  );
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return '';
}

function buildHead(doc: Document, data: Record<string, unknown>): HTMLElement {
  const head = doc.createElement('header');
  head.className = 'post-head';
  const h1 = doc.createElement('h1');
  h1.className = 'post-head__title';
  h1.textContent = text(data.title) || 'Untitled';
  head.append(h1);
  const date = text(data.date);
  if (date) {
    const meta = doc.createElement('p');
    meta.className = 'post-head__meta';
    const time = doc.createElement('time');
    time.dateTime = date;
    time.textContent = formatPostDate(date);
    meta.append(time);
    head.append(meta);
  }
  const terms = [
    ...(Array.isArray(data.categories) ? data.categories : []),
    ...(Array.isArray(data.tags) ? data.tags.map((t) => `#${String(t)}`) : []),
  ];
  if (terms.length > 0) {
    const list = doc.createElement('ul');
    list.className = 'post-head__terms';
    for (const term of terms) {
      const li = doc.createElement('li');
      li.textContent = String(term);
      list.append(li);
    }
    head.append(list);
  }
  const description = text(data.description);
  if (description) {
    const p = doc.createElement('p');
    p.className = 'post-head__description';
    p.textContent = description;
    head.append(p);
  }
  return head;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Build the standalone document and the clipboard fragment for the post. */
export async function buildExport(input: ExportInput): Promise<BuiltExport> {
  const result = render(input.text, input.options);
  const doc = document.implementation.createHTMLDocument('');
  const article = doc.createElement('article');
  article.className = 'post';
  const body = doc.createElement('div');
  body.className = 'post-body';
  body.innerHTML = result.html;
  sanitizeTree(body);
  await embedImages(body, input.preview, input.assetBlob);
  article.append(buildHead(doc, result.frontMatter), body);
  const title = text(result.frontMatter.title) || 'Untitled';
  const csp =
    "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; font-src data: https:";
  const page = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${EXPORT_CSS}${input.scopedCss ? `\n/* Custom preview stylesheet */\n${input.scopedCss}` : ''}</style>`,
    '</head>',
    '<body>',
    `<main class="preview">${article.outerHTML}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return {
    fileName: exportFileName(text(result.frontMatter.title)).replace(/\.md$/, '.html'),
    document: page,
    fragment: article.outerHTML,
    plain: (article.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim(),
  };
}
