/** The library run (see run-bench.js): a library of many drafts, its start and its filter keystrokes. */
import { launchBrowser, loadMarks, openApp, sleep } from './drive.js';
import { armFilter, seedDrafts } from './page-probes.js';

export async function libraryRun(executablePath, baseURL, sample, opts) {
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
