/**
 * One size's typing run (see run-bench.js): import the post through the UI, time the preview, the status bar's
 * counts, 40 typed characters (evenly, then 40 more in bursts), then the loads and, for the 800 KB post, the heap.
 */
import { armCounts, armTyping, stopTyping } from './page-probes.js';
import { MARKER } from './posts.js';
import { heapMb, loadMarks, placeCaret, sleep, waitFor, wholePostRendered } from './drive.js';

export const KEYS = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz';

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

/** Keys typed in a burst before each pause, and the pause, ms (as words come: a pause between them). */
const BURST = 5;
const BURST_PAUSE_MS = 600;

/**
 * Type `keys` one by one, 120 ms a key, with a pause of `pauseMs` after every `burst` keys (0: none), and wait
 * until the preview shows them all.
 */
export async function typeKeys(page, keys, what, burst = 0, pauseMs = 0) {
  for (const [i, ch] of [...keys].entries()) {
    const started = Date.now();
    await page.keyboard.press(ch);
    await sleep(Math.max(0, 120 - (Date.now() - started)));
    if (burst > 0 && i % burst === burst - 1 && i < keys.length - 1) await sleep(pauseMs);
  }
  await waitFor(
    page,
    (n) => window.__bench.typing.done.length >= n,
    keys.length,
    `the preview to show all ${keys.length} ${what}`,
    60_000,
  );
}

/**
 * Type `keys` in bursts of BURST, a pause after each, timing each key as in the even run (the caret is where the
 * even run left it, after `typedBefore`). Every pause is long enough for the whole-post background jobs to start
 * (they wait 150-300 ms in a short post); in a long one they may then run on while the next burst is typed.
 */
async function typeInBursts(page, typedBefore, keys) {
  await page.evaluate(armTyping, typedBefore);
  await typeKeys(page, keys, 'characters typed in bursts', BURST, BURST_PAUSE_MS);
  const { done, longestTyping } = await page.evaluate(stopTyping);
  return { burstLatencies: done.map((d) => d.frame - d.down), burstLongest: longestTyping };
}

export async function typingRun(page, post, sizeKb, opts) {
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
  await typeKeys(page, keys, 'typed characters');
  await sleep(1500); // the autosave after the last key runs in this window
  const stopped = await page.evaluate(stopTyping);
  const run = {
    lastDown: Math.max(...stopped.done.map((d) => d.down)),
    latencies: stopped.done.map((d) => d.frame - d.down),
    domLatencies: stopped.done.map((d) => d.dom - d.down),
    longestTyping: stopped.longestTyping,
    longestWithSave: stopped.longestUntilNow,
  };
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved/ })
    .waitFor({ timeout: 90_000 });
  const countedAfterTyping = await countShown(
    page,
    counted + keys.length,
    `the ${sizeKb} KB post's counts after typing`,
  );
  const bursts = await typeInBursts(page, MARKER + keys, keys);
  // Load: reopen the page with this post as the last open draft.
  await page.reload();
  const marks = await loadMarks(page, ['shell', 'editor', 'preview']);
  const result = {
    ...run,
    ...bursts,
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
