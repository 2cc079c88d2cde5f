import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precachePlugin } from './src/pwa/precache-plugin';
import { headerPolicy, metaPolicy } from './src/core/security/csp';

// The built app ships its Content-Security-Policy as a meta tag (docs/security.md); `npm start` also sends it
// as a header. Not in `npm run dev`: React refresh needs inline scripts.
const contentSecurityPolicy: Plugin = {
  name: 'postwright-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() },
      injectTo: 'head-prepend',
    },
  ],
};

// `npm start` serves the build. Every file under assets/ has a hash of its content in its name, so browsers may
// keep it for good: a reload then asks for index.html alone, and Chromium reuses the code it compiled for the
// scripts instead of parsing ~1.3 MB again (docs/performance.md, tenth session: the editor showed ~100 ms sooner).
// vite preview's file server marks every file `no-cache` as it writes the response, so the header is set there.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const immutableAssets: Plugin = {
  name: 'postwright-immutable-assets',
  configurePreviewServer(server) {
    const prefix = `${server.config.base}${server.config.build.assetsDir}/`;
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith(prefix)) {
        const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => typeof res;
        res.writeHead = ((status: number, ...rest: unknown[]) => {
          // Not the page served in place of a missing file (the SPA fallback rewrites the URL to index.html).
          if ((status === 200 || status === 304) && req.url?.startsWith(prefix)) {
            for (const part of rest) {
              if (part && typeof part === 'object' && !Array.isArray(part)) {
                const headers = part as Record<string, unknown>;
                for (const name of Object.keys(headers))
                  if (name.toLowerCase() === 'cache-control') delete headers[name];
              }
            }
            res.setHeader('Cache-Control', IMMUTABLE);
          }
          return writeHead(status, ...rest);
        }) as typeof res.writeHead;
      }
      next();
    });
  },
};

// Workers have no DOM: decode-named-character-reference's `browser` build needs `document`, so workers get its
// plain build (the one its `worker` export condition names).
const workerEntities: Plugin = {
  name: 'postwright-worker-entities',
  enforce: 'pre',
  resolveId: (source) =>
    source === 'decode-named-character-reference'
      ? fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url))
      : null,
};

// The editor adds HTML support to Markdown only once a post shows HTML (src/ui/editor/extensions/markdown-support.ts).
// language-data's entry for a ```markdown fence imports lang-markdown's `markdown()`, which would keep the HTML,
// JavaScript and CSS languages in the editor's chunk all the same: on the page, that entry gets ours.
const markdownFences: Plugin = {
  name: 'postwright-markdown-fences',
  enforce: 'pre',
  resolveId: (source, importer) =>
    source === '@codemirror/lang-markdown' &&
    importer &&
    /[\\/]@codemirror[\\/]language-data[\\/]/.test(importer)
      ? fileURLToPath(new URL('./src/ui/editor/extensions/markdown-support.ts', import.meta.url))
      : null,
};

// micromark 4.0.3's edit map copies the whole list of events each time it applies edits, which made parsing a
// long post quadratic; ours leaves the unchanged head alone (src/core/markdown/vendor/micromark-edit-map.ts).
const micromarkEditMap = fileURLToPath(
  new URL('./src/core/markdown/vendor/micromark-edit-map.ts', import.meta.url),
);

// One config for the app build, the dev server, `npm start` (vite preview) and Vitest.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy, markdownFences, precachePlugin(), immutableAssets],
  resolve: { alias: { 'micromark-util-edit-map': micromarkEditMap } },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    headers: { 'Content-Security-Policy': headerPolicy() },
  },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  // The preview's render worker loads code-fence languages on demand, which needs module workers.
  worker: { format: 'es', plugins: () => [workerEntities] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          // Property and fuzz tests run thousands of cases; give them room on a busy two-core machine.
          testTimeout: 30_000,
          // Our posts carry UTC offsets; run the suite in a non-UTC zone so offset bugs show.
          env: { TZ: 'Asia/Shanghai' },
          // The parser through Vite, so the edit map alias above reaches the modules that import it, as in the app.
          server: {
            deps: {
              inline: [/[\\/]node_modules[\\/](micromark[^\\/]*|mdast-util-from-markdown|remark-parse)[\\/]/],
            },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // What a person sees can come a moment later on a busy shared machine: expect.poll waits up to 10 s
          // for it (Vitest's default, 1 s, made tests fail under load that pass alone). Nothing here times.
          expect: { poll: { timeout: 10_000 } },
          // One browser at a time (these machines have two cores): one fork runs the files in turn.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
