/**
 * Bundle sizes of a production build: every JS and CSS file under assets/ with its gzip size, and which of
 * them the page loads before it runs anything (the entry script and its modulepreload links in index.html).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes for the build in `outDir`: `{ chunks: [{ file, bytes, gzip, initial }], initialJsGzip, ... }`. */
export async function bundleSizes(outDir) {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const initial = new Set();
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\/?([^"]+\.(?:js|css))"/g)) {
    initial.add(m[1]);
  }
  const chunks = [];
  for (const name of await readdir(join(outDir, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = await readFile(join(outDir, 'assets', name));
    const file = `assets/${name}`;
    chunks.push({
      file,
      kind: name.endsWith('.css') ? 'css' : 'js',
      bytes: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      initial: initial.has(file),
    });
  }
  chunks.sort((a, b) => b.gzip - a.gzip);
  const sum = (list) => list.reduce((n, c) => n + c.gzip, 0);
  const js = chunks.filter((c) => c.kind === 'js');
  return {
    chunks,
    initialJsGzip: sum(js.filter((c) => c.initial)),
    initialCssGzip: sum(chunks.filter((c) => c.kind === 'css' && c.initial)),
    totalJsGzip: sum(js),
    jsChunkCount: js.length,
  };
}
