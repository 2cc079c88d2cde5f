/**
 * A small Vite plugin that makes the build an installable, offline-capable PWA: it writes the web app manifest
 * and its icons, links the manifest from index.html, and writes `sw.js` listing every file of the build (and of
 * public/) to precache, versioned by a hash of their contents. Our own ~100 lines instead of vite-plugin-pwa,
 * which brings the whole Workbox build toolchain for what is here a list of files and a fetch handler.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { drawIcon } from './png';
import { serviceWorkerSource } from './service-worker';

/** The manifest, as JSON. */
export function webManifest(): Record<string, unknown> {
  return {
    name: 'Postwright',
    short_name: 'Postwright',
    description: 'Write static-site (Hugo) blog posts in the browser.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f7f7f5',
    theme_color: '#2457a6',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

function listFiles(dir: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(listFiles(path));
    else out.push(path);
  }
  return out;
}

/** The plugin (build only). */
export function precachePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'postwright-precache',
    apply: 'build',
    // After Vite's own plugins, so index.html is in the bundle when the file list is made.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml() {
      return [
        { tag: 'link', attrs: { rel: 'manifest', href: 'manifest.webmanifest' }, injectTo: 'head' },
        { tag: 'meta', attrs: { name: 'theme-color', content: '#2457a6' }, injectTo: 'head' },
        { tag: 'link', attrs: { rel: 'apple-touch-icon', href: 'icons/icon-192.png' }, injectTo: 'head' },
      ];
    },
    generateBundle(_options, bundle) {
      const icon512 = drawIcon(512);
      const emitted: [string, string | Uint8Array][] = [
        ['manifest.webmanifest', JSON.stringify(webManifest(), null, 2)],
        ['icons/icon-192.png', drawIcon(192)],
        ['icons/icon-512.png', icon512],
        ['icons/maskable-512.png', icon512],
      ];
      for (const [fileName, source] of emitted) this.emitFile({ type: 'asset', fileName, source });
      const hash = createHash('sha256');
      const files = new Set<string>(['./', 'index.html']);
      for (const [fileName, item] of Object.entries(bundle)) {
        files.add(fileName);
        hash.update(fileName);
        hash.update(item.type === 'chunk' ? item.code : item.source);
      }
      for (const [fileName, source] of emitted) {
        files.add(fileName);
        hash.update(source);
      }
      if (config.publicDir) {
        for (const path of listFiles(config.publicDir)) {
          const name = relative(config.publicDir, path).split('\\').join('/');
          files.add(name);
          hash.update(name);
          hash.update(readFileSync(path));
        }
      }
      files.delete('sw.js');
      const version = hash.digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource([...files].sort(), version),
      });
    },
  };
}
