/**
 * Pure: slug-safe file names for a draft's images. A name keeps its meaning (`Team Photo.JPG` becomes
 * `team-photo.jpg`) but only characters that survive every file system, URL and Markdown link unescaped, and it
 * never collides with another asset of the draft, case-insensitively (macOS and Windows checkouts would merge
 * `a.png` and `A.png`).
 */
import { slugify } from './slug';
import { IMAGE_EXTENSIONS } from './image-type';
import type { ImageKind } from './image-type';

/** The base used when a name gives nothing usable (a pasted screenshot is often just `image.png`). */
export const FALLBACK_IMAGE_BASE = 'image';

/** Names a bundle reserves for itself: an asset may not take them. */
const RESERVED = new Set(['index.md', '_index.md', 'index.html', 'index.xml']);

function splitExtension(name: string): { base: string; ext: string } {
  const file = name.split(/[\\/]/).pop() ?? '';
  const dot = file.lastIndexOf('.');
  if (dot < 0) return { base: file, ext: '' };
  return { base: file.slice(0, dot), ext: file.slice(dot + 1).toLowerCase() };
}

/**
 * One safe path segment: Hugo's `urlize` slug of the base name (letters and digits of any script, `. _ - + ~`),
 * with the runs of dashes that urlize keeps collapsed, then the extension in lower case. When `kind` is given
 * and the extension does not belong to it (a JPEG named `.png`), the kind's own extension is used.
 */
export function safeAssetName(name: string, kind?: ImageKind): string {
  const { base, ext } = splitExtension(name);
  const slug = slugify(base.replace(/[+~]/g, '-'))
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
  let extension = ext.replace(/[^a-z0-9]/g, '');
  if (kind && !IMAGE_EXTENSIONS[kind].includes(extension)) extension = IMAGE_EXTENSIONS[kind][0] ?? kind;
  const stem = slug || FALLBACK_IMAGE_BASE;
  return extension ? `${stem}.${extension}` : stem;
}

/**
 * `wanted` made unique among `taken` (compared case-insensitively): `photo.png`, then `photo-2.png`,
 * `photo-3.png`, ... Reserved bundle names (`index.md`) are never returned.
 */
export function uniqueAssetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  for (const reserved of RESERVED) used.add(reserved);
  if (!used.has(wanted.toLowerCase())) return wanted;
  const slash = wanted.lastIndexOf('/');
  const dir = wanted.slice(0, slash + 1);
  const { base, ext } = splitExtension(wanted.slice(slash + 1));
  for (let n = 2; ; n++) {
    const candidate = `${dir}${base}-${n}${ext ? `.${ext}` : ''}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * A safe relative path for a rename typed by a person: each `/`-separated segment made safe (the last keeps
 * its extension), empty and `.`/`..` segments dropped. Returns null when nothing usable is left.
 */
export function safeAssetPath(typed: string): string | null {
  const segments = typed
    .trim()
    .split(/[\\/]+/)
    .filter((s) => s && s !== '.' && s !== '..');
  if (segments.length === 0) return null;
  const last = segments.pop() ?? '';
  const dirs = segments.map((s) => slugify(s).replace(/^[-._]+|[-._]+$/g, '')).filter(Boolean);
  const file = safeAssetName(last);
  return [...dirs, file].join('/');
}

/** The alt text a newly inserted image gets: its name's words (`team-photo.jpg` gives `team photo`). */
export function altFromName(path: string): string {
  const { base } = splitExtension(path);
  return base.replace(/[-_]+/g, ' ').trim();
}
