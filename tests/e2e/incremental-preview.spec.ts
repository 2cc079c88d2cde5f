import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeLanguagesIn, loadCodeLanguages, render } from '../../src/core/render';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { asParsed as asParsedIn, previewHtml as previewHtmlOf } from '../support/preview-html';

// Our own post: footnotes and a link definition used across blocks, a repeated heading, a summary divider, a
// definition list, a table, a task list and code in a language the preview loads on demand.
const POST = `---
title: "Tide tables"
tags: ["sea"]
---

Morning notes on the harbour[^tide] and the [pilot's guide][guide].

<!--more-->

## Low water

The boats sit on the mud -- "patiently", as the harbour master says.

| Hour | Height |
| :--- | ---: |
| 06:10 | 0.4 m |

- [x] check the mooring
- [ ] paint the hull

## Low water

Again, later[^tide] and once more[^swell].

Slack
: The quiet minutes between tides.

\`\`\`go
func tide() int { return 2 }
\`\`\`

[guide]: https://example.org/pilot "Pilot guide"
[^tide]: Twice a day, roughly.
[^swell]: Not today.
`;

const previewHtml = (app: AppDriver) => previewHtmlOf(app.page);

/** Focus the editor with the caret just before `text`. */
async function caretBefore(app: AppDriver, text: string): Promise<void> {
  await app.editor.click();
  await app.page.evaluate((find) => {
    const view = (
      document.querySelector('.cm-content') as unknown as {
        cmTile: { root: { view: { state: { doc: { toString(): string } }; dispatch(t: unknown): void } } };
      }
    ).cmTile.root.view;
    view.dispatch({ selection: { anchor: view.state.doc.toString().indexOf(find) } });
  }, text);
}
const asParsed = (app: AppDriver, html: string) => asParsedIn(app.page, html);

describe('incremental preview', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'tide-tables.md', content: POST }]);
    await until(
      async () => (await app.preview.getByRole('heading', { level: 1 }).textContent()) === 'Tide tables',
      'the post in the preview',
      15_000,
    );
  });
  afterAll(async () => session.close());

  it('renders in a worker, and its body is byte for byte what render() gives', async () => {
    expect(session.page.workers().some((w) => /preview-worker/.test(w.url()))).toBe(true);
    // Code is coloured once its language has loaded (in the worker there, here for render()).
    await expect
      .poll(() => app.preview.locator('code[data-lang="go"] span').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await loadCodeLanguages(codeLanguagesIn(POST));
    const expected = await asParsed(app, render(POST).html);
    await expect.poll(() => previewHtml(app), { timeout: 10_000 }).toBe(expected);
  });

  it('replaces only the block that changed when typing', async () => {
    const marked = await session.page.evaluate(() => {
      const blocks = Array.from(document.querySelectorAll('[aria-label="Preview"] .post-body > *'));
      for (const el of blocks) (el as unknown as { pwMark?: boolean }).pwMark = true;
      return blocks.length;
    });
    await caretBefore(app, 'The boats sit');
    await session.page.keyboard.type('Grey ');
    await expect.poll(() => app.preview.getByText('Grey The boats sit').count(), { timeout: 10_000 }).toBe(1);
    const kept = await session.page.evaluate(
      () =>
        Array.from(document.querySelectorAll('[aria-label="Preview"] .post-body > *')).filter(
          (el) => (el as unknown as { pwMark?: boolean }).pwMark,
        ).length,
    );
    expect(kept).toBe(marked - 1);
    const text = await session.page.evaluate(() =>
      Array.from(document.querySelectorAll('.cm-content .cm-line'))
        .map((l) => l.textContent ?? '')
        .join('\n'),
    );
    await loadCodeLanguages(codeLanguagesIn(text));
    await expect
      .poll(async () => previewHtml(app), { timeout: 10_000 })
      .toBe(await asParsed(app, render(text).html));
  });

  it('keeps source positions right for blocks below the change', async () => {
    const heading = app.preview.locator('.post-body h2').last();
    const editorOffset = () =>
      session.page.evaluate(() => {
        const view = (
          document.querySelector('.cm-content') as unknown as {
            cmTile: { root: { view: { state: { doc: { toString(): string } } } } };
          }
        ).cmTile.root.view;
        const doc = view.state.doc.toString();
        return doc.indexOf('## Low water', doc.indexOf('## Low water') + 1);
      });
    await expect
      .poll(async () => Number(await heading.getAttribute('data-source-start')), { timeout: 10_000 })
      .toBe(await editorOffset());
  });

  it('moves the blocks below an edit once typing pauses, not at every key', async () => {
    const heading = app.preview.locator('.post-body h2').last();
    // Count every change of the last heading's source position while typing above it.
    await heading.evaluate((el) => {
      (window as unknown as { pwShifts: number }).pwShifts = 0;
      new MutationObserver((records) => {
        (window as unknown as { pwShifts: number }).pwShifts += records.length;
      }).observe(el, { attributes: true, attributeFilter: ['data-source-start'] });
    });
    const before = Number(await heading.getAttribute('data-source-start'));
    await caretBefore(app, 'The boats sit');
    await session.page.keyboard.type('Calm ', { delay: 40 });
    await expect
      .poll(async () => Number(await heading.getAttribute('data-source-start')), { timeout: 10_000 })
      .toBe(before + 'Calm '.length);
    // One pass after the pause (two if the machine stalled mid-word), not one per key (5).
    expect(
      await session.page.evaluate(() => (window as unknown as { pwShifts: number }).pwShifts),
    ).toBeLessThanOrEqual(2);
  });

  it('shows the new front matter in the head once the body shows it', async () => {
    await session.page.evaluate(() => {
      const view = (
        document.querySelector('.cm-content') as unknown as {
          cmTile: {
            root: { view: { state: { doc: { toString(): string } }; dispatch(t: unknown): void } };
          };
        }
      ).cmTile.root.view;
      const at = view.state.doc.toString().indexOf('Tide tables');
      view.dispatch({ changes: { from: at, to: at + 'Tide'.length, insert: 'Ebb' } });
    });
    await expect
      .poll(() => app.preview.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Ebb tables');
  });

  it("is still byte for byte what render() gives with the site's Markdown settings changed", async () => {
    await app.page.getByRole('button', { name: 'Site settings', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Site settings' });
    await dialog.getByRole('checkbox', { name: 'Typographer', exact: true }).uncheck();
    await dialog.getByRole('combobox', { name: 'Heading IDs' }).selectOption('blackfriday');
    await dialog.getByRole('checkbox', { name: 'Heading attributes', exact: true }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Render raw HTML in posts', exact: true }).check();
    await dialog.getByRole('button', { name: 'Close' }).click();
    const options = {
      typographer: false,
      headingIds: 'blackfriday',
      attributes: false,
      unsafe: true,
    } as const;
    // Headings the switches change (an attribute list, punctuation, non-ASCII) and raw HTML, typed in.
    await app.typeAtEnd('\n## Über -- "Ebb" {#ebb .low}\n\nA <em>raw</em> tag.\n');
    await expect.poll(() => app.preview.getByText('A raw tag.').count(), { timeout: 10_000 }).toBe(1);
    const text = await app.editorText();
    await loadCodeLanguages(codeLanguagesIn(text));
    const expected = await asParsed(app, render(text, options).html);
    expect(expected).not.toBe(await asParsed(app, render(text).html));
    await expect.poll(() => previewHtml(app), { timeout: 10_000 }).toBe(expected);
  });
});

describe('incremental preview of a long post', () => {
  let session: Session;
  let app: AppDriver;
  const LONG = Array.from(
    { length: 260 },
    (_, i) => `## Leg ${i}\n\nWaypoint ${i}: "steady" -- and a note[^n${i % 7}].\n`,
  )
    .join('\n')
    .concat('\n', Array.from({ length: 7 }, (_, i) => `[^n${i}]: Note ${i}.`).join('\n\n'), '\n');
  const docText = () =>
    session.page.evaluate(() =>
      (
        document.querySelector('.cm-content') as unknown as {
          cmTile: { root: { view: { state: { doc: { toString(): string } } } } };
        }
      ).cmTile.root.view.state.doc.toString(),
    );
  const dispatch = (change: { from: number; to: number; insert: string }) =>
    session.page.evaluate((c) => {
      (
        document.querySelector('.cm-content') as unknown as {
          cmTile: { root: { view: { dispatch(t: unknown): void } } };
        }
      ).cmTile.root.view.dispatch({ changes: c });
    }, change);

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'voyage.md', content: `---\ntitle: Voyage\n---\n\n${LONG}` }]);
    await until(
      async () => (await app.preview.getByRole('heading', { name: 'Leg 259' }).count()) === 1,
      'the whole long post in the preview',
      30_000,
    );
  });
  afterAll(async () => session.close());

  it('keeps its blocks in containers, and the body is still what render() gives, through edits', async () => {
    expect(await app.preview.locator('.post-body > .pw-chunk').count()).toBeGreaterThan(1);
    const check = async () => {
      const text = await docText();
      await expect
        .poll(() => previewHtml(app), { timeout: 15_000 })
        .toBe(await asParsed(app, render(text).html));
    };
    await check();
    const text = await docText();
    const at = text.indexOf('Waypoint 130');
    await dispatch({ from: at, to: at, insert: 'Calm. ' });
    await check();
    // A long paste in one place: new blocks go into one container, which splits as it grows.
    const paste = Array.from({ length: 300 }, (_, i) => `Extra ${i}.\n`).join('\n');
    await dispatch({ from: at, to: at, insert: `${paste}\n` });
    await check();
    // Cut back to a short post: the containers go.
    const now = await docText();
    await dispatch({ from: now.indexOf('## Leg 3\n'), to: now.length, insert: 'The end.\n' });
    await check();
    await expect.poll(() => app.preview.locator('.pw-chunk').count()).toBe(0);
  });
});

describe('incremental preview: code it cannot colour', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => session.close());

  it('goes quiet once a post with diagram and plain-text fences has rendered', async () => {
    const app = new AppDriver(session.page);
    await app.open();
    const post =
      '---\ntitle: "Flow"\n---\n\n```mermaid\ngraph TD; A-->B\n```\n\n```text\nplain\n```\n\nDone.\n';
    await app.importFiles([{ name: 'flow.md', content: post }]);
    const body = app.preview.locator('.post-body');
    await expect.poll(() => body.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    await expect.poll(() => app.preview.getByText('Done.').count()).toBe(1);
    // The worker once asked for these languages again and again, rendering the blocks again for ever: nothing
    // on the page changed, but it never rested and kept sending replies (272 in 1.5 s). Count what it sends in
    // windows of 1.5 s until one is silent: a late reply once the language list is in (a busy machine makes
    // it late) is fine, never resting is not.
    const worker = session.page.workers().find((w) => /preview-worker/.test(w.url()));
    expect(worker).toBeDefined();
    const sentIn15s = () =>
      worker!.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const scope = self as unknown as { postMessage(message: unknown): void };
            const post = scope.postMessage.bind(scope);
            let n = 0;
            scope.postMessage = (message: unknown) => {
              n += 1;
              post(message);
            };
            setTimeout(() => {
              scope.postMessage = post;
              resolve(n);
            }, 1500);
          }),
      );
    const windows: number[] = [];
    while (windows.length < 5 && windows.at(-1) !== 0) windows.push(await sentIn15s());
    expect(windows.at(-1), `messages per 1.5 s: ${windows.join(', ')}`).toBe(0);
  });
});

describe('lean start', () => {
  // The size budget (190 KiB gzip) is measured on a production build by `npm run bench`; the browser tests'
  // build is not one (the test runner's NODE_ENV gives React's development build), so this checks what is in it.
  it('loads neither CodeMirror (view or state) nor the Markdown pipeline before the app runs', async () => {
    const session = await launch();
    try {
      const html = await (await fetch(session.baseURL)).text();
      const urls = [
        ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
      ].map((m) => new URL(m[1] ?? '', session.baseURL).href);
      expect(urls.length).toBeGreaterThan(0);
      let source = '';
      for (const url of urls) source += await (await fetch(url)).text();
      // CodeMirror's view (its content class), its state module (one of its errors) and micromark's constructs
      // are not in the first download...
      expect(source).not.toContain('cm-content');
      expect(source).not.toContain('Selection points outside of document');
      expect(source).not.toContain('thematicBreak');
      // ...but the app still gets them: the editor and the preview show up.
      const app = new AppDriver(session.page);
      await app.open();
      await app.newPost();
      await app.editor.waitFor();
      expect(await app.preview.count()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
