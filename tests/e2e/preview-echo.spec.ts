import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/core/render';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { asParsed, previewHtml as previewHtmlOf } from '../support/preview-html';

// Our own post; it ends without a line break, so typing at the end continues its last heading.
const POST = `---
title: "Echo sounder"
---

## Soundings

The harbour at dawn, [charted][chart] twice.

[chart]: https://example.org/chart

## Sounding`;

declare global {
  interface Window {
    pwHoldPreview(hold: boolean): void;
    /** Hold every reply after the next `pass` ones (a post that never finishes filling in). */
    pwHoldAfter(pass: number): void;
    pwHeldReplies(): number;
  }
}

/**
 * Hold the preview's render worker's replies back until released, as a slow worker would (the page's own code
 * is untouched: the worker is wrapped before the app starts).
 */
function holdablePreviewWorker(): void {
  const Original = window.Worker;
  const replays = new WeakSet<Event>();
  const held: (() => void)[] = [];
  let holding = false;
  let passes = 0;
  window.pwHoldPreview = (hold) => {
    holding = hold;
    if (!hold) for (const replay of held.splice(0)) replay();
  };
  window.pwHoldAfter = (pass) => {
    holding = true;
    passes = pass;
  };
  window.pwHeldReplies = () => held.length;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'preview') return;
      this.addEventListener('message', (event) => {
        if (!holding || replays.has(event)) return;
        if (passes > 0) {
          passes -= 1;
          return;
        }
        event.stopImmediatePropagation();
        const data: unknown = (event as MessageEvent).data;
        held.push(() => {
          const replay = new MessageEvent('message', { data });
          replays.add(replay);
          this.dispatchEvent(replay);
        });
      });
    }
  };
}

const previewHtml = (app: AppDriver) => previewHtmlOf(app.page);

async function renderedAsParsed(app: AppDriver): Promise<string> {
  return asParsed(app.page, render(await app.editorText()).html);
}

/**
 * Wait for the echo's code (loaded in idle time after a post shows), as a person types a moment after the post
 * shows; a key typed before it is in is shown by the next one.
 */
async function echoCodeLoaded(session: Session): Promise<void> {
  await until(
    () =>
      session.page.evaluate(() =>
        performance.getEntriesByType('resource').some((e) => /\/echo-renderer-[^/]*\.js$/.test(e.name)),
      ),
    "the echo's code",
    15_000,
  );
}

describe('preview echo: typing shows before the render worker answers', () => {
  let session: Session;
  let app: AppDriver;
  const hold = (on: boolean) => session.page.evaluate((h) => window.pwHoldPreview(h), on);
  const held = () => session.page.evaluate(() => window.pwHeldReplies());
  const headings = () => app.preview.locator('.post-body h2');

  beforeAll(async () => {
    session = await launch();
    await session.context.addInitScript(holdablePreviewWorker);
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'echo-sounder.md', content: POST }]);
    await until(
      async () => (await app.preview.getByRole('heading', { name: 'Sounding', exact: true }).count()) === 1,
      'the post in the preview',
      15_000,
    );
    const expected = await renderedAsParsed(app);
    await until(async () => (await previewHtml(app)) === expected, 'the whole post in the preview', 15_000);
    await echoCodeLoaded(session);
  });
  afterAll(async () => session.close());

  it('shows typed letters in the preview while the worker has not answered, then takes its render', async () => {
    await hold(true);
    await app.typeAtEnd('s');
    await expect.poll(held).toBeGreaterThan(0);
    // The worker has answered, and its answers are held back: the heading shows from the page's own render.
    await expect
      .poll(() => app.preview.getByRole('heading', { name: 'Soundings', exact: true }).count())
      .toBe(2);
    // Alone, the block cannot know the post already has a "Soundings": its id is the plain one for now.
    expect(await headings().nth(1).getAttribute('id')).toBe('soundings');
    await hold(false);
    // The worker's render replaces the guess: the repeated heading gets Hugo's numbered id.
    await expect.poll(() => headings().nth(1).getAttribute('id')).toBe('soundings-1');
    await expect.poll(async () => previewHtml(app)).toBe(await renderedAsParsed(app));
  });

  it('keeps echoing word after word while the worker has not answered', async () => {
    await hold(true);
    await app.typeAtEnd(' and depths');
    await expect.poll(held).toBeGreaterThan(0);
    await expect
      .poll(() => app.preview.getByRole('heading', { name: 'Soundings and depths', exact: true }).count())
      .toBe(1);
    await hold(false);
    await expect.poll(async () => previewHtml(app)).toBe(await renderedAsParsed(app));
  });

  it('leaves a new line to the worker: a new paragraph shows only when the worker answers', async () => {
    await hold(true);
    await app.typeAtEnd('\n\nA fresh reading');
    await until(async () => (await app.editorText()).endsWith('A fresh reading'), 'the editor to show it');
    // An echo would be in the page by now (it happens in the keystroke's own task); this one is not echoed.
    expect(await app.preview.getByText('A fresh reading').count()).toBe(0);
    await hold(false);
    await expect.poll(() => app.preview.getByText('A fresh reading').count()).toBe(1);
    await expect.poll(async () => previewHtml(app)).toBe(await renderedAsParsed(app));
  });
});

// A long post takes the worker several replies (seconds at 800 KB) to fill in. The head and the echo do not
// wait for the last of them: here the worker's first reply shows and every later one is held back.
const LONG = `---
title: "Tide tables"
---

${Array.from({ length: 4000 }, (_, i) => `High water at station ${i + 1}, a little after the moon.`).join('\n\n')}
`;

describe('preview echo: a long post still filling in', () => {
  let session: Session;
  let app: AppDriver;

  beforeAll(async () => {
    session = await launch();
    await session.context.addInitScript(holdablePreviewWorker);
    app = new AppDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('shows the head at the first reply, and echoes typing before the post has filled in', async () => {
    await session.page.evaluate(() => window.pwHoldAfter(1));
    await app.importFiles([{ name: 'tide-tables.md', content: LONG }]);
    await expect
      .poll(() => app.preview.getByRole('heading', { level: 1, name: 'Tide tables' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    await expect.poll(() => app.preview.getByText('High water at station 1,').count()).toBe(1);
    // Only part of the post is in the preview: the rest is held back, so it is still filling in.
    await expect.poll(() => session.page.evaluate(() => window.pwHeldReplies())).toBeGreaterThan(0);
    expect(await app.preview.getByText('High water at station 4000,').count()).toBe(0);
    await echoCodeLoaded(session);
    await app.editor.getByText('High water at station 1,').click();
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(' Spring tide.');
    await expect
      .poll(() => app.preview.getByText('a little after the moon. Spring tide.').count(), { timeout: 10_000 })
      .toBe(1);
    // The body says it is busy until the worker has rendered all of it.
    const body = app.preview.locator('.post-body');
    expect(await body.getAttribute('aria-busy')).toBe('true');
    await session.page.evaluate(() => window.pwHoldPreview(false));
    await expect
      .poll(() => app.preview.getByText('High water at station 4000,').count(), { timeout: 15_000 })
      .toBe(1);
    await expect.poll(() => body.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
  });
});
