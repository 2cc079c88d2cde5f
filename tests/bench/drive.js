/**
 * What the bench's runs share for driving the app in Chromium: launching a fresh browser with the page probes,
 * opening the app, waiting for what the page shows, the load milestones, the JS heap, the caret.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.js';
import { installProbes } from './page-probes.js';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(page, fn, arg, what, timeout = 30_000) {
  try {
    await page.waitForFunction(fn, arg, { timeout, polling: 50 });
  } catch (error) {
    throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: error });
  }
}

/** Wait until the preview has rendered the whole post (its body is no longer busy). */
export async function wholePostRendered(page, what) {
  await waitFor(
    page,
    () => document.querySelector('[aria-label="Preview"] .post-body')?.getAttribute('aria-busy') !== 'true',
    null,
    what,
    120_000,
  );
}

export async function launchBrowser(executablePath, baseURL) {
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

export async function openApp(page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'New post', exact: true }).waitFor();
  await page.getByText('Opening your drafts…').waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * Wait for the load milestones of the current page and return them (ms since navigation). Polled over a bare
 * DevTools session with a one-line expression: Playwright's own waiting (waitForFunction) first injects its
 * script into the new page, 7-16 ms of the page's main thread in traces, which landed inside the load it
 * was timing.
 */
export async function loadMarks(page, names, timeout = 60_000) {
  const cdp = await page.context().newCDPSession(page);
  const expression = `JSON.stringify(window.__bench ? window.__bench.marks : null)`;
  const end = Date.now() + timeout;
  try {
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
      const marks = typeof result.value === 'string' ? JSON.parse(result.value) : null;
      if (marks && names.every((n) => typeof marks[n] === 'number')) return marks;
      if (Date.now() > end)
        throw new Error(`Timed out after ${timeout} ms waiting for load milestones ${names.join(', ')}`);
      await sleep(50);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

/** Place the caret in the editor at `offset` (CodeMirror's view, found from its DOM) and focus it. */
export async function placeCaret(page, offset) {
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
