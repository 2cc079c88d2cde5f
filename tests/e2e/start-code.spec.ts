import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

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
});
