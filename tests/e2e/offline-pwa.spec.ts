import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';
import { until } from '../support/app-driver';

// Issue 8, point 6: installable, works with the network gone, updates announced and never forced.
const POST = `---
title: "Offline notes"
---

Written on a train.

\`\`\`go
func main() {}
\`\`\`
`;

async function controlled(app: WorkbenchDriver): Promise<boolean> {
  return app.page.evaluate(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
  );
}

describe('offline PWA', () => {
  let session: Session;
  let app: WorkbenchDriver;
  const swPath = join(inject('outDir'), 'sw.js');
  let originalSw = '';
  beforeAll(async () => {
    originalSw = await readFile(swPath, 'utf8');
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await until(() => controlled(app), 'the service worker to control the page', 30_000);
  });
  afterAll(async () => {
    await writeFile(swPath, originalSw);
    await session.close();
  });

  it('is installable: a manifest with icons and a controlling service worker', async () => {
    const href = await app.page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('manifest.webmanifest');
    const cdp = await session.context.newCDPSession(app.page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);
    await cdp.detach();
  });

  it('starts and works with the network cut', async () => {
    await app.load('offline.md', POST, 'Written on a train.');
    await app.waitSaved();
    await session.context.setOffline(true);
    try {
      await app.page.reload();
      await app.waitLoaded();
      await expect.poll(() => app.editorText()).toContain('Written on a train.');
      await app.typeAtEnd('\nStill typing in a tunnel.\n');
      await expect.poll(() => app.preview.textContent()).toContain('Still typing in a tunnel.');
      // Code highlighting loads its language lazily: that chunk comes from the cache too.
      await expect.poll(() => app.preview.locator('code[data-lang="go"] span').count()).toBeGreaterThan(0);
      await app.waitSaved();
      await app.newPost();
      await expect.poll(() => app.draftItems.count()).toBeGreaterThan(1);
      expect(await app.page.evaluate(() => navigator.onLine)).toBe(false);
    } finally {
      await session.context.setOffline(false);
    }
  });

  it('announces an update and waits for the person to reload', async () => {
    await app.page.evaluate(() => ((window as unknown as { __beforeUpdate: number }).__beforeUpdate = 1));
    await writeFile(swPath, `${originalSw}\n// a new build\n`);
    await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = app.page.getByRole('region', { name: 'Update available' });
    await banner.waitFor({ timeout: 20_000 });
    await app.typeAtEnd('Typed while the update waited.');
    await app.page.waitForTimeout(1000);
    // Nothing was reloaded under the person's hands.
    expect(
      await app.page.evaluate(() => (window as unknown as { __beforeUpdate?: number }).__beforeUpdate),
    ).toBe(1);
    await app.page.getByRole('button', { name: 'Reload to update' }).click();
    await until(
      () =>
        app.page
          .evaluate(() => (window as unknown as { __beforeUpdate?: number }).__beforeUpdate === undefined)
          // While the page is being replaced there is no context to ask.
          .catch(() => false),
      'the page to reload',
      20_000,
    );
    await app.waitLoaded();
    await expect.poll(() => app.editorText()).toContain('Typed while the update waited.');
    expect(await banner.count()).toBe(0);
  });
});
