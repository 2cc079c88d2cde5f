/**
 * A reopened draft shows its preview at once, from the preview's last render of that same text, before the
 * render worker has answered (on a returning visit the worker loads its code and renders cold); never a render
 * of another text. The worker's replies are held back here (an init script wraps `Worker`; the page's code is
 * untouched) while `sessionStorage` says so, as a slow start of the worker would hold them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/core/render';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { asParsed, previewHtml } from '../support/preview-html';

const POST = `---
title: "Harbour lights"
date: 2026-03-02T19:30:00+01:00
tags: ["sea"]
---

The lamps come on one by one along the [quay](https://example.org/quay).

## At dusk

- the red one at the pier head
- the green one across

Last line of the evening.
`;

const HOLD = 'postwright-test-hold-workers';

/** Wraps Worker: while sessionStorage[HOLD] is set, messages from workers wait until `__releaseWorkers()`. */
function holdWorkers(key: string): void {
  const Real = window.Worker;
  const held: (() => void)[] = [];
  let holding = sessionStorage.getItem(key) === '1';
  (window as unknown as { __releaseWorkers(): void }).__releaseWorkers = () => {
    holding = false;
    sessionStorage.removeItem(key);
    for (const deliver of held.splice(0)) deliver();
  };
  class HeldWorker extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      let handler: ((event: MessageEvent) => void) | null = null;
      Object.defineProperty(this, 'onmessage', {
        get: () => handler,
        set: (next: ((event: MessageEvent) => void) | null) => (handler = next),
      });
      super.addEventListener('message', (event: MessageEvent) => {
        const deliver = () => handler?.call(this, event);
        if (holding) held.push(deliver);
        else deliver();
      });
    }
  }
  window.Worker = HeldWorker;
}

describe('reopening a draft', () => {
  let session: Session;
  let app: AppDriver;
  const page = () => session.page;
  const previewShows = (text: string) => app.preview.getByText(text, { exact: false }).count();

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await session.context.addInitScript(holdWorkers, HOLD);
    await app.open();
    await app.importFiles([{ name: 'harbour-lights.md', content: POST }]);
    await until(
      async () => (await previewShows('Last line of the evening.')) === 1,
      'the post in the preview',
      15_000,
    );
    await app.waitSaved();
  });
  afterAll(async () => session.close());

  /** Reload with the workers' replies held; true when the preview shows `text` while they are. */
  async function reloadHeld(text: string): Promise<boolean> {
    await page().evaluate((key) => sessionStorage.setItem(key, '1'), HOLD);
    await page().reload();
    await app.waitLoaded();
    await app.editor.waitFor();
    return (await previewShows(text)) > 0;
  }
  const release = () =>
    page().evaluate(() => (window as unknown as { __releaseWorkers(): void }).__releaseWorkers());

  it('shows the last render of the same text at once, and then the live render takes over', async () => {
    // The render is kept a moment after it settles: until then a reload shows the preview only once the worker
    // answers (released here, and given time to keep it).
    await until(
      async () => {
        const shown = await reloadHeld('Last line of the evening.');
        if (shown) return true;
        await release();
        await until(async () => (await previewShows('Last line of the evening.')) === 1, 'the live render');
        await new Promise((r) => setTimeout(r, 1500));
        return false;
      },
      'the preview to show the reopened post before the worker answered',
      30_000,
    );
    // The whole post, as render() gives it, with the head from its front matter.
    expect(await previewHtml(page())).toBe(await asParsed(page(), render(POST).html));
    await expect
      .poll(() => app.preview.getByRole('heading', { level: 1 }).textContent())
      .toBe('Harbour lights');
    expect(await app.preview.getByRole('link', { name: 'quay' }).getAttribute('href')).toBe(
      'https://example.org/quay',
    );
    const heldBlocks = await page().evaluate(() =>
      Array.from(document.querySelectorAll('[aria-label="Preview"] .post-body > *')).map((el) => {
        (el as unknown as { pwMark?: boolean }).pwMark = true;
        return el.outerHTML;
      }),
    );

    await release();
    await app.typeAtEnd('Lanterns.');
    await until(async () => (await previewShows('Lanterns.')) === 1, 'typing shown in the preview');
    // The worker's render took over: every block but the edited last one as it was, source positions included.
    const liveBlocks = await page().evaluate(() =>
      Array.from(document.querySelectorAll('[aria-label="Preview"] .post-body > *')).map(
        (el) => el.outerHTML,
      ),
    );
    expect(liveBlocks.slice(0, -1)).toEqual(heldBlocks.slice(0, -1));
    expect(liveBlocks.length).toBe(heldBlocks.length);
    // ...and kept their nodes: the worker's render of them was the same HTML, so nothing was built again.
    const keptNodes = await page().evaluate(() =>
      Array.from(document.querySelectorAll('[aria-label="Preview"] .post-body > *')).map(
        (el) => (el as unknown as { pwMark?: boolean }).pwMark === true,
      ),
    );
    expect(keptNodes.slice(0, -1).every(Boolean)).toBe(true);
  });

  it('never shows the render of a text that has changed since', async () => {
    await app.waitSaved();
    await app.typeAtEnd(' Moonrise.');
    // Reloaded at once: the render of the text before this edit is still the one kept.
    await reloadHeld('Moonrise.');
    expect(await app.editorText()).toContain('Moonrise.');
    // Either the render of the edited text (if it was kept in time) or none, never the older one.
    if ((await previewShows('Last line of the evening.')) > 0)
      expect(await previewShows('Moonrise.')).toBe(1);
    await release();
    await until(
      async () => (await previewShows('Moonrise.')) === 1,
      'the live render of the edited text',
      15_000,
    );
  });
});
