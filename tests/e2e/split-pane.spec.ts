import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver } from '../support/app-driver';

// Point 2: editor beside a live preview, a divider moved by mouse and keyboard, hideable preview, a split that
// survives reload, and tabs on a narrow screen.
describe('split pane', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.newPost();
  });
  afterAll(async () => session.close());

  const editorWidth = async () => (await app.editor.boundingBox())?.width ?? 0;

  it('shows the Markdown editor beside a live preview of what is typed', async () => {
    await app.typeAtEnd('## Hello preview\n\nSome **bold** words.');
    await expect.poll(() => app.preview.getByRole('heading', { name: 'Hello preview' }).count()).toBe(1);
    await expect.poll(() => app.preview.locator('strong').textContent()).toBe('bold');
    const e = await app.editor.boundingBox();
    const p = await app.preview.boundingBox();
    expect(e && p && e.x < p.x).toBe(true);
  });

  it('moves the divider with the keyboard and by dragging', async () => {
    const divider = session.page.getByRole('separator', { name: 'Resize editor and preview' });
    expect(await divider.getAttribute('aria-valuenow')).toBe('50');
    const before = await editorWidth();
    await divider.focus();
    await session.page.keyboard.press('ArrowRight');
    await session.page.keyboard.press('ArrowRight');
    await expect.poll(() => divider.getAttribute('aria-valuenow')).toBe('54');
    expect(await editorWidth()).toBeGreaterThan(before);
    await session.page.keyboard.press('Home');
    await expect.poll(() => divider.getAttribute('aria-valuenow')).toBe('20');

    const box = (await divider.boundingBox())!;
    const pane = (await session.page.locator('.split-pane').boundingBox())!;
    await session.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await session.page.mouse.down();
    await session.page.mouse.move(pane.x + pane.width * 0.65, box.y + 50, { steps: 8 });
    await session.page.mouse.up();
    await expect.poll(async () => Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(60);
  });

  it('keeps the split across a reload', async () => {
    const divider = session.page.getByRole('separator', { name: 'Resize editor and preview' });
    const value = await divider.getAttribute('aria-valuenow');
    await session.page.waitForTimeout(300);
    await session.page.reload();
    await app.waitLoaded();
    await expect.poll(() => divider.getAttribute('aria-valuenow')).toBe(value);
  });

  it('hides and shows the preview', async () => {
    await app.button('Hide preview').click();
    await expect.poll(() => app.preview.count()).toBe(0);
    const wide = await editorWidth();
    await app.button('Show preview').click();
    await expect.poll(() => app.preview.count()).toBe(1);
    expect(await editorWidth()).toBeLessThan(wide);
  });

  it('switches between source and preview by tabs on a narrow screen', async () => {
    await session.page.setViewportSize({ width: 420, height: 800 });
    const source = session.page.getByRole('tab', { name: 'Source' });
    const previewTab = session.page.getByRole('tab', { name: 'Preview' });
    await source.waitFor();
    expect(await app.editor.isVisible()).toBe(true);
    await previewTab.click();
    await expect.poll(() => app.preview.isVisible()).toBe(true);
    expect(await app.editor.isVisible()).toBe(false);
    await expect.poll(() => app.preview.getByRole('heading', { name: 'Hello preview' }).count()).toBe(1);
    await source.click();
    await expect.poll(() => app.editor.isVisible()).toBe(true);
    await session.page.setViewportSize({ width: 1400, height: 900 });
  });
});
