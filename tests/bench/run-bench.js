/**
 * `npm run bench`: builds the production app, serves it, and drives it in headless Chromium (playwright-core,
 * the browser tests' executable and flags) the way a person uses it. For posts of 8 KB, 80 KB and 800 KB made
 * from the team's sample post it measures: keystroke to preview (keydown to the frame after the preview DOM
 * shows the character), the longest main-thread task while typing, import to preview (shown, then fully
 * rendered), the status bar's counts (the background worker's whole-post render: after the import, and from the
 * last typed key to the counts that include it), load to editor and preview shown (the browser's second load of the app, and a returning visit),
 * and the JS heap with the 800 KB post open (1 s after the reload, and 1 s after opening it from a blank page:
 * see typingRun). Then a library of 10 000 drafts: start to list shown and filter keystrokes. Also the
 * bundle, per chunk (gzip). Prints one table (median / p95 over every round) and writes tests/.output/bench.json.
 * Each round is a fresh browser that loads the app for each size in turn: only the first size's first load is
 * the browser's second of the app.
 *
 *   npm run bench                      # 3 rounds, every size, 10 000 drafts
 *   npm run bench -- --rounds=5 --sizes=8,800 --drafts=2000
 *   npm run bench -- --smoke           # one short round: checks the bench itself works (~1 min)
 *   npm run bench -- --bundle-only     # build and bundle sizes only
 *   npm run bench -- --app=../other    # bench another checkout of the app (same posts), e.g. a baseline
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { bundleSizes } from './bundle.js';
import { CHROMIUM_FLAGS, findOrInstallChromium } from './chromium.js';
import { armCounts, armFilter, armTyping, installProbes, seedDrafts } from './page-probes.js';
import { MARKER, loadSamplePost, makePost } from './posts.js';
import { printReport } from './report.js';

const ROOT = new URL('../../', import.meta.url);
const KEYS = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';

function parseArgs(argv) {
  const opts = {
    rounds: 3,
    sizes: [8, 80, 800],
    keys: 40,
    drafts: 10_000,
    filterRounds: 3,
    bundleOnly: false,
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
    else if (name === 'app') opts.app = value;
    else if (name === 'out') opts.out = value;
    else if (name === 'smoke')
      Object.assign(opts, { rounds: 1, sizes: [8], keys: 10, drafts: 300, filterRounds: 1 });
    else throw new Error(`Unknown option ${arg}`);
  }
  return opts;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(page, fn, arg, what, timeout = 30_000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: error });
  }
}

/** Wait until the preview has rendered the whole post (its body is no longer busy). */
async function wholePostRendered(page, what) {
  await waitFor(
    page,
    () => document.querySelector('[aria-label="Preview"] .post-body')?.getAttribute('aria-busy') !== 'true',
    null,
    what,
    120_000,
  );
}

async function launchBrowser(executablePath, baseURL) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'postwright-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // --headless=new is in the flags
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 900 },
    baseURL,
  });
  await context.addInitScript(installProbes);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  return {
    page,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function openApp(page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New post', exact: true }).waitFor();
  await page.getByText('Opening your drafts…').waitFor({ state: 'detached', timeout: 60_000 });
}

/** Wait for the load milestones of the current page and return them (ms since navigation). */
async function loadMarks(page, names) {
  await waitFor(
    page,
    (wanted) => wanted.every((n) => typeof window.__bench?.marks[n] === 'number'),
    names,
    `load milestones ${names.join(', ')}`,
    60_000,
  );
  return page.evaluate(() => window.__bench.marks);
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Place the caret in the editor at `offset` (CodeMirror's view, found from its DOM) and focus it. */
async function placeCaret(page, offset) {
  const ok = await page.evaluate((at) => {
    const content = document.querySelector('.cm-content');
    const view = content?.cmTile?.root?.view;
    if (!view) return false;
    view.dispatch({ selection: { anchor: at }, scrollIntoView: true });
    view.focus();
    return view.state.selection.main.head === at;
  }, offset);
  if (!ok) throw new Error('Could not place the caret: CodeMirror view not found from .cm-content');
}

/**
 * When the status bar first showed `characters` characters since `armCounts`, in the page's clock; waits for it
 * up to 2 minutes.
 */
async function countShown(page, characters, what) {
  try {
    await waitFor(
      page,
      (want) => window.__bench.counts.log.some((e) => e.n === want),
      characters,
      what,
      120_000,
    );
  } catch (error) {
    const seen = await page.evaluate(() => window.__bench.counts.log.map((e) => e.n).join(', '));
    throw new Error(`${error.message} (${characters} characters; shown: ${seen})`, { cause: error });
  }
  return page.evaluate((want) => window.__bench.counts.log.find((e) => e.n === want).at, characters);
}

/** The count of characters the status bar shows now. */
async function charactersShown(page) {
  const text = await page.evaluate(
    () => document.querySelector('[data-stat="characters"]')?.textContent ?? '',
  );
  return Number(text.replace(/\D/g, ''));
}

async function typingRun(page, post, sizeKb, opts) {
  await page.evaluate(armCounts);
  const t0Page = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: `bench-${sizeKb}kb.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(post.text, 'utf8'),
  });
  // The post's own title in the preview head (every bench post has the marker, so wait for this one).
  await waitFor(
    page,
    (title) => document.querySelector('[aria-label="Preview"] h1')?.textContent === title,
    post.title,
    `the ${sizeKb} KB post in the preview`,
    120_000,
  );
  await waitFor(
    page,
    (marker) => document.querySelector('[aria-label="Preview"]')?.textContent?.includes(marker),
    MARKER,
    `the marker paragraph of the ${sizeKb} KB post in the preview`,
    120_000,
  );
  const importShownMs = Date.now() - t0;
  // Until the whole post is rendered (the body's aria-busy; a checkout without it showed the title only then).
  await wholePostRendered(page, `the ${sizeKb} KB post to finish rendering`);
  const importMs = Date.now() - t0;
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 90_000 });
  await placeCaret(page, post.caret);
  await sleep(800);
  await page.evaluate(armTyping, MARKER);
  const keys = KEYS.slice(0, opts.keys);
  // The status bar's counts come from the background worker's render of the whole post. Once the post is in
  // and saved, they are this post's (the log may hold others between: the page before, a text on its way in).
  await waitFor(
    page,
    () => window.__bench.counts.log.length > 0 && document.querySelector('[data-stat="characters"]') !== null,
    null,
    `the ${sizeKb} KB post's counts`,
    120_000,
  );
  const counted = await charactersShown(page);
  const importCountedMs = (await countShown(page, counted, `the ${sizeKb} KB post's counts`)) - t0Page;
  await page.evaluate(armCounts);
  for (const ch of keys) {
    const started = Date.now();
    await page.keyboard.press(ch);
    await sleep(Math.max(0, 120 - (Date.now() - started)));
  }
  await waitFor(
    page,
    (n) => window.__bench.typing.done.length >= n,
    keys.length,
    `the preview to show all ${keys.length} typed characters`,
    60_000,
  );
  await sleep(1500); // the autosave after the last key runs in this window
  const run = await page.evaluate(() => {
    const { typing, longtasks } = window.__bench;
    typing.stop();
    window.__bench.typing = null;
    const done = typing.done.sort((a, b) => a.i - b.i);
    const first = done[0].down;
    const last = Math.max(...done.map((d) => d.frame));
    const end = performance.now();
    const within = (from, to) =>
      longtasks.filter((t) => t.start + t.duration >= from && t.start <= to).map((t) => t.duration);
    return {
      lastDown: Math.max(...done.map((d) => d.down)),
      latencies: done.map((d) => d.frame - d.down),
      domLatencies: done.map((d) => d.dom - d.down),
      longestTyping: Math.max(0, ...within(first, last)),
      longestWithSave: Math.max(0, ...within(first, end)),
    };
  });
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 90_000 });
  const countedAfterTyping = await countShown(
    page,
    counted + keys.length,
    `the ${sizeKb} KB post's counts after typing`,
  );
  // Load: reopen the page with this post as the last open draft.
  await page.reload();
  const marks = await loadMarks(page, ['shell', 'editor', 'preview']);
  const result = {
    ...run,
    importMs,
    importShownMs,
    importCountedMs,
    countsAfterTypingMs: countedAfterTyping - run.lastDown,
    loadMs: Math.max(marks.editor, marks.preview),
    loadEditorMs: marks.editor,
    loadPreviewMs: marks.preview,
    shellMs: marks.shell,
  };
  if (sizeKb >= 800) {
    await sleep(1000);
    result.heapMb = await heapMb(page);
    // The figure above also holds the page before the reload whenever one of its workers was busy then (after
    // typing into this post, the background worker's whole-post jobs take seconds): Chromium keeps a closed
    // page's window until its workers have stopped, and stops a busy one by force only after 2 s. So the heap
    // is also taken with the post opened from a blank page that has had time to let the old page go.
    await page.goto('about:blank');
    await sleep(2500);
    await page.goto('/');
    await loadMarks(page, ['editor', 'preview']);
    await sleep(1000);
    result.heapOpenedMb = await heapMb(page);
  }
  // A returning visit. The load above is this browser's second of the app: Chromium compiles a script's code
  // cache on its second load and uses it from the third, so a person who opens Postwright every day sees this one.
  // Once the page before it is done with the post (its workers' whole-post work slows the next page's start).
  await wholePostRendered(page, `the ${sizeKb} KB post to finish rendering before the returning visit`);
  await sleep(2000);
  await page.reload();
  const again = await loadMarks(page, ['shell', 'editor', 'preview']);
  result.loadAgainMs = Math.max(again.editor, again.preview);
  result.loadAgainEditorMs = again.editor;
  return result;
}

async function libraryRun(executablePath, baseURL, sample, opts) {
  const browser = await launchBrowser(executablePath, baseURL);
  const { page } = browser;
  const out = { listMs: [], shellToListMs: [], items: [], filterMs: [] };
  try {
    await openApp(page);
    await page.evaluate(seedDrafts, { count: opts.drafts, sample });
    for (let round = 0; round < opts.rounds; round++) {
      await page.reload();
      const marks = await loadMarks(page, ['shell', 'list']);
      out.listMs.push(marks.list);
      out.shellToListMs.push(marks.list - marks.shell);
      await page.getByText('Opening your drafts…').waitFor({ state: 'detached', timeout: 60_000 });
      out.items.push(await page.getByRole('list', { name: 'Drafts' }).getByRole('listitem').count());
    }
    const filter = page.getByRole('searchbox');
    for (let round = 0; round < opts.filterRounds; round++) {
      await filter.fill('');
      await sleep(500);
      await filter.focus();
      await page.evaluate(armFilter);
      for (const ch of 'post 12') {
        await page.keyboard.press(ch === ' ' ? 'Space' : ch);
        await sleep(300);
      }
      await sleep(500);
      const keys = await page.evaluate(() => window.__bench.filter.keys);
      for (const k of keys) out.filterMs.push(Math.max(k.frame ?? 0, k.lastChangeFrame ?? 0) - k.down);
    }
  } finally {
    await browser.close();
  }
  return out;
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
