import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';
import { until } from '../support/app-driver';

const POST = `---
title: "Code on demand"
---

## What loads

Only what the first screen needs.
`;

/** The app's scripts the page has fetched so far (file names under assets/). */
async function scriptsLoaded(session: Session): Promise<string[]> {
  return session.page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => /\/assets\/[^/]+\.js$/.test(name))
      .map((name) => name.slice(name.lastIndexOf('/') + 1)),
  );
}

// Issue 4: the start loads only what the first screen needs; the rest comes when it is used.
describe('code loaded at start', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('code.md', POST, 'Only what the first screen needs.');
    await app.waitSaved();
  });
  afterAll(async () => session.close());

  it('leaves Export HTML’s code (the whole render pipeline) until the first export', async () => {
    await app.open();
    await expect.poll(() => app.editorText()).toContain('Only what the first screen needs.');
    await expect.poll(() => app.preview.getByRole('heading', { name: 'What loads' }).count()).toBe(1);
    expect((await scriptsLoaded(session)).filter((name) => name.startsWith('export-html-'))).toEqual([]);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.button('Export HTML').click(),
    ]);
    expect(download.suggestedFilename()).toBe('code-on-demand.html');
    expect((await scriptsLoaded(session)).filter((name) => name.startsWith('export-html-'))).toHaveLength(1);
  });

  it('leaves the zip code (fflate) until a bundle or a backup is made or read', async () => {
    await app.open();
    await expect.poll(() => app.editorText()).toContain('Only what the first screen needs.');
    const zipCode = async () =>
      (await scriptsLoaded(session)).filter((name) => /^(zip|backup-zip|read-bundle)-/.test(name));
    expect(await zipCode()).toEqual([]);
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.button('Export bundle').click(),
    ]);
    expect(download.suggestedFilename()).toBe('code-on-demand.zip');
    expect((await zipCode()).map((name) => name.split('-')[0])).toEqual(['zip']);
  });

  it('leaves the Markdown parser until the preview has shown the post (the outline follows the caret without it)', async () => {
    // When the preview first shows the post's heading (the render worker has its own parser).
    await session.page.addInitScript(() => {
      const seen = () => {
        const w = window as unknown as { __previewShownAt?: number };
        if (w.__previewShownAt === undefined && document.querySelector('[aria-label="Preview"] h2'))
          w.__previewShownAt = performance.now();
      };
      new MutationObserver(seen).observe(document, { childList: true, subtree: true });
    });
    await app.open();
    await expect.poll(() => app.editorText()).toContain('Only what the first screen needs.');
    await expect.poll(() => app.preview.getByRole('heading', { name: 'What loads' }).count()).toBe(1);
    // The page loads the parser later, for the preview's echo of typing: when did it ask for it?
    const parserRequests = () =>
      app.page.evaluate(async () => {
        const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          // The page's own code: the workers' scripts (`other`) hold their own parser.
          .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name) && e.initiatorType !== 'other');
        const withParser = await Promise.all(
          scripts.map(async (e) =>
            (await (await fetch(e.name)).text()).includes('thematicBreak') ? e : null,
          ),
        );
        const shownAt = (window as unknown as { __previewShownAt?: number }).__previewShownAt ?? NaN;
        return withParser
          .filter((e) => e !== null)
          .map((e) => ({ name: e.name, early: e.startTime < shownAt }));
      });
    await expect.poll(async () => (await parserRequests()).length).toBeGreaterThan(0);
    expect((await parserRequests()).filter((r) => r.early)).toEqual([]);
    // The outline still follows the caret.
    await app.caretAtEndOf('Only what the first screen needs.');
    await expect
      .poll(() => app.outline.getByRole('button', { name: 'What loads' }).getAttribute('aria-current'))
      .toBe('location');
  });

  it('leaves the HTML language (with JavaScript and CSS) until a post shows HTML, then colours its tags', async () => {
    await app.open();
    await expect.poll(() => app.editorText()).toContain('Only what the first screen needs.');
    const htmlChunks = async () =>
      (await scriptsLoaded(session)).filter((name) => name.startsWith('html-in-markdown-'));
    expect(await htmlChunks()).toEqual([]);
    // Nor is HTML in the code that did load: lang-markdown's own markdown() would bring it along, whichever
    // module imports it (language-data's entry for markdown fences does, redirected in vite.config.ts).
    const loadedCode = await app.page.evaluate(async () => {
      const urls = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => /\/assets\/[^/]+\.js$/.test(name));
      const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
      return texts.join('\n');
    });
    expect(loadedCode.includes('matchClosingTags'), 'HTML support in the code loaded at start').toBe(false);
    // A heading still folds its section without it (markdown()'s fold, kept): the lines with a fold marker.
    const foldable = () =>
      app.page.evaluate(() => {
        const lines = [...document.querySelectorAll('.cm-line')];
        return [...document.querySelectorAll('.cm-gutters [title="Fold line"]')].map((marker) => {
          const top = (marker.closest('.cm-gutterElement') ?? marker).getBoundingClientRect().top;
          const line = lines.find((l) => Math.abs(l.getBoundingClientRect().top - top) < 1);
          return line?.textContent ?? '';
        });
      });
    await expect.poll(foldable).toContain('## What loads');

    await app.load('boxed.md', `${POST}\n<aside class="note">Boxed aside</aside>\n`, 'Boxed aside');
    await expect.poll(htmlChunks).toHaveLength(1);
    // The tag name is coloured apart from the text around it, as a person sees HTML highlighted.
    await expect
      .poll(() =>
        app.editor.locator('.cm-line span').evaluateAll((spans) => {
          const tag = spans.find((s) => s.textContent === 'aside');
          const line = tag?.closest('.cm-line');
          return !!tag && !!line && getComputedStyle(tag).color !== getComputedStyle(line).color;
        }),
      )
      .toBe(true);
  });
});

// Issue 4: a reload asks the server for the page alone; the build's files (their names carry a hash of their
// content) come from the browser's cache, with the code Chromium compiled for them.
describe('how npm start serves the build', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    await new WorkbenchDriver(session.page).open();
  });
  afterAll(async () => session.close());

  it('lets browsers keep every file under assets/ and asks them to check the page each time', async () => {
    const files = await scriptsLoaded(session);
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const response = await session.page.request.get(new URL(`assets/${name}`, session.baseURL).href);
      expect(response.status(), name).toBe(200);
      expect(response.headers()['cache-control'], name).toBe('public, max-age=31536000, immutable');
    }
    const page = await session.page.request.get(session.baseURL);
    expect(page.headers()['cache-control']).toBe('no-cache');
  });

  it('starts each worker from a script of a few hundred bytes that imports its code', async () => {
    // Chromium keeps compiled code for the modules a worker imports, not for the worker's own script: bundled
    // into that script, the preview's ~600 KB pipeline was parsed and compiled again at every start.
    const app = new WorkbenchDriver(session.page);
    await app.load('workers.md', POST, 'Only what the first screen needs.');
    await until(async () => session.page.workers().length >= 2, 'the preview and background workers');
    for (const worker of session.page.workers()) {
      const script = await (await session.page.request.get(worker.url())).text();
      expect(script.length, worker.url()).toBeLessThan(1024);
      expect(script, worker.url()).toMatch(/import\(/);
    }
  });

  it('does not let browsers keep the page served in place of a file that is not there', async () => {
    const missing = await session.page.request.get(
      new URL('assets/not-in-this-build-0000.js', session.baseURL).href,
    );
    expect(missing.headers()['cache-control']).not.toContain('immutable');
  });
});

// The preview falls back to rendering on the page when its worker cannot run (issue 2's preview, kept when the
// worker's code moved into a module it imports).
describe('a preview worker that cannot load its code', () => {
  let session: Session;
  const refused: string[] = [];
  beforeAll(async () => {
    session = await launch({ serviceWorkers: 'block' });
    // Only the worker's: the page's own fallback loads a small file of the same name that imports the pipeline.
    await session.context.route(/\/assets\/render-loop-[^/]+\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (body.length < 100_000) return route.fulfill({ response, body });
      refused.push(route.request().url());
      return route.abort();
    });
  });
  afterAll(async () => session.close());

  it('leaves the preview to the page, which shows the post all the same', async () => {
    const app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('fallback.md', POST, 'Only what the first screen needs.');
    await expect.poll(() => app.preview.getByRole('heading', { name: 'What loads' }).count()).toBe(1);
    await expect.poll(() => app.preview.getByText('Only what the first screen needs.').count()).toBe(1);
    expect(refused.length).toBeGreaterThan(0);
  });
});
