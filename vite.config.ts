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

// One config for the app build, the dev server, `npm start` (vite preview) and Vitest.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy, markdownFences, precachePlugin()],
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
