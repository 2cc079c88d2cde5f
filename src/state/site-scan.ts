/**
 * Reading a chosen site folder: is it a Hugo site, where is its content, which posts does it hold, and which
 * images belong to a post's bundle. Pure over the `SiteDirectory` interface (no handles, no DOM).
 */
import type { Result } from '../storage/drafts';
import type { SiteDirectory } from '../storage/site-files';
import { detectSite, parseSiteConfig, readSiteConfig, CONFIG_FILES } from '../core/hugo/detect-site';
import { readSiteMarkdown, type SiteMarkdown } from '../core/hugo/site-markdown';
import { listPosts } from '../core/hugo/list-posts';
import type { SitePost } from '../core/hugo/list-posts';
import { joinPath } from '../core/bundle/asset-paths';
import { checkImage, SNIFF_BYTES } from '../core/bundle/image-type';

/** What a scan found. */
export interface SiteScan {
  title: string;
  contentDir: string;
  posts: SitePost[];
  /** The goldmark switches the configuration sets, and its file (absent when it sets none). */
  markdown?: { file: string; values: SiteMarkdown };
}

/** The most files a scan walks (a content folder is rarely near this; a wrong folder might be). */
export const MAX_SCANNED_FILES = 20_000;

const fail = (message: string) => ({ ok: false as const, error: { kind: 'unknown' as const, message } });

/** Read `blob` as UTF-8 text, keeping a byte-order mark (as the import door does). */
export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

/** Every file path under `dir` (relative to it), skipping hidden entries; stops at `MAX_SCANNED_FILES`. */
export async function walkFiles(
  site: SiteDirectory,
  dir: string,
  recursive = true,
): Promise<Result<string[]>> {
  const out: string[] = [];
  const queue = [''];
  while (queue.length) {
    const rel = queue.shift() ?? '';
    const listed = await site.list(joinPath(dir, rel));
    if (!listed.ok) {
      if (rel === '' && listed.error.kind === 'not-found') return { ok: true, value: [] };
      return listed;
    }
    for (const entry of listed.value) {
      if (entry.name.startsWith('.')) continue;
      const path = joinPath(rel, entry.name);
      if (entry.kind === 'directory') {
        if (recursive) queue.push(path);
      } else {
        out.push(path);
        if (out.length >= MAX_SCANNED_FILES) return { ok: true, value: out };
      }
    }
  }
  return { ok: true, value: out };
}

/** Check the folder is a Hugo site, read its configuration and list its posts. */
export async function scanSite(site: SiteDirectory): Promise<Result<SiteScan>> {
  const root = await site.list('');
  if (!root.ok) return root;
  const files = root.value.filter((e) => e.kind === 'file').map((e) => e.name);
  const folders = root.value.filter((e) => e.kind === 'directory').map((e) => e.name);
  const detected = detectSite({ files, folders }, site.name);
  if (!detected.ok) return fail(detected.message);
  let configPath = detected.configPath;
  let config = { title: '', contentDir: 'content' };
  if (!configPath && detected.hasConfigFolder) {
    for (const name of CONFIG_FILES) {
      const candidate = `config/_default/${name}`;
      const found = await site.read(candidate);
      if (found.ok && found.value) {
        configPath = candidate;
        break;
      }
    }
  }
  let markdown: SiteScan['markdown'];
  if (configPath) {
    const read = await site.read(configPath);
    if (read.ok && read.value) {
      const text = await blobText(read.value);
      config = readSiteConfig(configPath, text);
      const values = readSiteMarkdown(parseSiteConfig(configPath, text));
      if (Object.keys(values).length > 0) markdown = { file: configPath, values };
    }
  }
  const walked = await walkFiles(site, config.contentDir);
  if (!walked.ok) return walked;
  const posts = listPosts(walked.value, config.contentDir);
  return { ok: true, value: { ...config, posts, ...(markdown && { markdown }) } };
}

/** An image of a post's bundle, with the path its Markdown uses. */
export interface FoundImage {
  path: string;
  blob: Blob;
}

/**
 * The images of `post`'s bundle: for a leaf, every image below its folder; for a branch, the images directly
 * in it. Files that are not images (or are over the size limit) stay on disk untouched and are not loaded.
 */
export async function bundleImages(site: SiteDirectory, post: SitePost): Promise<Result<FoundImage[]>> {
  if (!post.bundleDir) return { ok: true, value: [] };
  const walked = await walkFiles(site, post.bundleDir, post.kind === 'leaf');
  if (!walked.ok) return walked;
  const images: FoundImage[] = [];
  for (const path of walked.value) {
    if (/\.(md|markdown)$/i.test(path)) continue;
    const read = await site.read(joinPath(post.bundleDir, path));
    if (!read.ok) return read;
    if (!read.value) continue;
    const head = new Uint8Array(await read.value.slice(0, SNIFF_BYTES).arrayBuffer());
    const check = checkImage(path, read.value.size, head);
    if (!check.ok) continue;
    const blob = read.value.type === check.mime ? read.value : new Blob([read.value], { type: check.mime });
    images.push({ path, blob });
  }
  return { ok: true, value: images };
}
