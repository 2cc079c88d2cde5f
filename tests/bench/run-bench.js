/**
 * `npm run bench`: builds the production app, serves it, and drives it in headless Chromium (playwright-core,
 * the browser tests' executable and flags) the way a person uses it. For posts of 8 KB, 80 KB and 800 KB made
 * from the team's sample post it measures: keystroke to preview (keydown to the frame after the preview DOM
 * shows the character) and the longest main-thread task while typing, evenly and then in bursts of five keys with
 * a pause after each (see typing-run.js), import to preview (shown, then fully rendered), the status bar's counts
 * (the background worker's whole-post render: after the import, and from the last typed key to the counts that
 * include it), load to editor and preview shown (the browser's second load of the app, and a returning visit),
 * and the JS heap with the 800 KB post open (1 s after the reload, and 1 s after opening it from a blank page: see
 * typing-run.js). Then the floor: the same typing, a returning visit's load and the heap on a page with
 * CodeMirror alone (floor-run.js), what the fixed editor costs on this machine. Then a library of 10 000 drafts:
 * start to list shown and filter keystrokes. Also the bundle, per chunk (gzip). Prints its tables (median / p95
 * over every round) and writes tests/.output/bench.json.
 * Each round is a fresh browser that loads the app for each size in turn: only the first size's first load is
 * the browser's second of the app.
 *
 *   npm run bench                      # 3 rounds, every size, 10 000 drafts
 *   npm run bench -- --rounds=5 --sizes=8,800 --drafts=2000
 *   npm run bench -- --smoke           # one short round: checks the bench itself works (~1 min)
 *   npm run bench -- --bundle-only     # build and bundle sizes only
 *   npm run bench -- --app=../other    # bench another checkout of the app (same posts), e.g. a baseline
 *   npm run bench -- --no-floor        # without the floor run (CodeMirror alone)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { bundleSizes } from './bundle.js';
import { findOrInstallChromium } from './chromium.js';
import { launchBrowser, openApp } from './drive.js';
import { floorRun } from './floor-run.js';
import { libraryRun } from './library-run.js';
import { loadSamplePost, makePost } from './posts.js';
import { printReport } from './report.js';
import { typingRun } from './typing-run.js';

const ROOT = new URL('../../', import.meta.url);

function parseArgs(argv) {
  const opts = {
    rounds: 3,
    sizes: [8, 80, 800],
    keys: 40,
    drafts: 10_000,
    filterRounds: 3,
    bundleOnly: false,
    floor: true,
    app: null,
    out: 'tests/.output/bench.json',
  };
  for (const arg of argv) {
    const [name, value] = arg.replace(/^--/, '').split('=');
    if (name === 'rounds') opts.rounds = Number(value);
    else if (name === 'sizes') opts.sizes = value.split(',').map(Number);
    else if (name === 'keys') opts.keys = Number(value);
    else if (name === 'drafts') opts.drafts = Number(value);
    else if (name === 'bundle-only') opts.bundleOnly = true;
    else if (name === 'no-floor') opts.floor = false;
    else if (name === 'app') opts.app = value;
    else if (name === 'out') opts.out = value;
    else if (name === 'smoke')
      Object.assign(opts, { rounds: 1, sizes: [8], keys: 10, drafts: 300, filterRounds: 1 });
    else throw new Error(`Unknown option ${arg}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const root = fileURLToPath(ROOT);
  process.chdir(opts.app ? resolve(root, opts.app) : root);
  const outDir = mkdtempSync(join(tmpdir(), 'postwright-bench-build-'));
  const results = {
    startedAt: new Date().toISOString(),
    options: opts,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  };
  let server;
  try {
    console.log('[bench] building the production app ...');
    await build({ logLevel: 'warn', configFile: 'vite.config.ts', build: { outDir, emptyOutDir: true } });
    results.bundle = await bundleSizes(outDir);
    if (!opts.bundleOnly) {
      server = await preview({
        configFile: 'vite.config.ts',
        logLevel: 'warn',
        build: { outDir },
        preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
      });
      const address = server.httpServer.address();
      const baseURL = `http://127.0.0.1:${address.port}/`;
      const executablePath = findOrInstallChromium();
      const sample = await loadSamplePost(ROOT);
      const posts = Object.fromEntries(opts.sizes.map((kb) => [kb, makePost(sample, kb * 1024)]));
      results.sizes = Object.fromEntries(opts.sizes.map((kb) => [kb, []]));
      for (let round = 0; round < opts.rounds; round++) {
        const browser = await launchBrowser(executablePath, baseURL);
        try {
          await openApp(browser.page);
          for (const kb of opts.sizes) {
            console.log(`[bench] round ${round + 1}/${opts.rounds}: ${kb} KB post`);
            try {
              results.sizes[kb].push(await typingRun(browser.page, posts[kb], kb, opts));
            } catch (error) {
              // Keep what the other runs measured; a failed run is reported, not fatal.
              console.error(`[bench] ${kb} KB run failed: ${error.message.split('\n')[0]}`);
              results.sizes[kb].push({ error: error.message.split('\n')[0] });
              break;
            }
          }
        } finally {
          await browser.close();
        }
      }
      if (opts.floor) {
        console.log('[bench] the floor: CodeMirror alone');
        try {
          results.floor = await floorRun(executablePath, posts, opts);
        } catch (error) {
          // The app's figures above are kept; the floor is reported as failed.
          console.error(`[bench] floor run failed: ${error.message.split('\n')[0]}`);
          results.floorError = error.message.split('\n')[0];
        }
      }
      if (opts.drafts > 0) {
        console.log(`[bench] library of ${opts.drafts} drafts`);
        results.library = await libraryRun(executablePath, baseURL, sample, opts);
        results.library.drafts = opts.drafts;
      }
    }
  } finally {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  results.seconds = (Date.now() - started) / 1000;
  results.app = opts.app ?? '.';
  printReport(results);
  const file = resolve(root, opts.out);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`[bench] ${results.seconds.toFixed(0)} s; results in ${opts.out}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
