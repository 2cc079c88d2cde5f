/**
 * The floor run (see run-bench.js): the same typing, load and heap measures on a page with CodeMirror alone
 * (floor/), built and served beside the app. Postwright's figures minus these are what the app adds; a target
 * under the floor cannot be met with the fixed editor on this machine.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { heapMb, launchBrowser, loadMarks, sleep, waitFor } from './drive.js';
import { armTyping, stopTyping } from './page-probes.js';
import { MARKER } from './posts.js';
import { typeKeys, KEYS } from './typing-run.js';

const FLOOR_ROOT = fileURLToPath(new URL('./floor/', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serve `dir` on a free port: assets (hashed names) immutable, as `npm start` serves the app's. */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseURL: `http://127.0.0.1:${server.address().port}/` };
}

/** Open the floor page at `path` ('/' or '/?markdown') with `post` in a new editor, nothing left stored. */
async function openOnFloor(page, path, post) {
  await page.goto(path);
  await page.evaluate(() => localStorage.clear());
  await page.evaluate(({ text, caret }) => window.__floor.open(text, caret), post);
  await waitFor(page, () => document.querySelector('.cm-line') !== null, null, 'the floor editor');
}

/** Type the bench's keys into `post` on the floor page at `path` ('/' or '/?markdown'); the latencies, ms. */
async function typeOnFloor(page, path, post, opts) {
  await openOnFloor(page, path, post);
  await sleep(800);
  await page.evaluate(armTyping, MARKER);
  await typeKeys(page, KEYS.slice(0, opts.keys), 'characters typed on the floor page');
  const { done, longestTyping } = await page.evaluate(stopTyping);
  return { latencies: done.map((d) => d.frame - d.down), longestTyping };
}

/** Load the floor page with `post` left in localStorage: its third load (a returning visit), to editor shown. */
async function loadOnFloor(page, post) {
  await page.evaluate(({ text, caret }) => {
    localStorage.setItem('floor-text', text);
    localStorage.setItem('floor-caret', String(caret));
  }, post);
  let marks = null;
  for (let load = 0; load < 3; load++) {
    await page.reload();
    marks = await loadMarks(page, ['editor']);
    await sleep(500);
  }
  await page.evaluate(() => localStorage.clear());
  return marks.editor;
}

/** The JS heap 1 s after opening `post` on the floor page at `path` (as the app's heap is taken), MB. */
async function heapOnFloor(page, path, post) {
  await openOnFloor(page, path, post);
  await sleep(1000);
  return heapMb(page);
}

export async function floorRun(executablePath, posts, opts) {
  const outDir = mkdtempSync(join(tmpdir(), 'postwright-bench-floor-'));
  const out = Object.fromEntries(Object.keys(posts).map((kb) => [kb, []]));
  let server = null;
  try {
    await build({
      configFile: false,
      root: FLOOR_ROOT,
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
    const served = await serve(outDir);
    server = served.server;
    for (let round = 0; round < opts.rounds; round++) {
      const browser = await launchBrowser(executablePath, served.baseURL);
      try {
        for (const [kb, post] of Object.entries(posts)) {
          console.log(`[bench] floor, round ${round + 1}/${opts.rounds}: ${kb} KB post`);
          const run = {};
          const bare = await typeOnFloor(browser.page, '/', post, opts);
          run.latencies = bare.latencies;
          run.longestTyping = bare.longestTyping;
          run.markdownLatencies = (await typeOnFloor(browser.page, '/?markdown', post, opts)).latencies;
          run.loadAgainEditorMs = await loadOnFloor(browser.page, post);
          if (Number(kb) >= 800) {
            run.heapMb = await heapOnFloor(browser.page, '/', post);
            run.markdownHeapMb = await heapOnFloor(browser.page, '/?markdown', post);
          }
          out[kb].push(run);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  return out;
}
