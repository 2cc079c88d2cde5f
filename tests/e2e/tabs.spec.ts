import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { until } from '../support/app-driver';
import { SafetyDriver } from '../support/safety-driver';

// Issue 5, point 2: two tabs on one draft never silently overwrite each other. The second tab is told, follows
// the other's changes live, and when both change it, shows both versions and lets the person choose.

describe('two tabs of one browser', () => {
  let session: Session;
  let a: SafetyDriver;
  let b: SafetyDriver;
  beforeAll(async () => {
    session = await launch();
    a = new SafetyDriver(session.page);
    await a.open();
    await a.newPost();
    await a.typeAtEnd('Started in tab A.');
    await a.waitSaved();
    b = new SafetyDriver(await session.context.newPage());
    await b.open();
    await b.waitText((t) => t.includes('Started in tab A.'), 'tab B to open the same draft');
  });
  afterAll(async () => session.close());

  it('each tab is told the draft is open in the other', async () => {
    await expect.poll(() => b.elsewhereNotice.isVisible()).toBe(true);
    await expect.poll(() => a.elsewhereNotice.isVisible()).toBe(true);
  });

  it('the second tab follows the first tab’s typing live, before it is even saved', async () => {
    await a.editor.click();
    await a.page.keyboard.press('ControlOrMeta+End');
    await a.page.keyboard.type('\nLive line from A');
    await expect.poll(() => b.editorText(), { timeout: 5_000 }).toContain('Live line from A');
    await a.waitSaved();
    // And back: B types, A follows.
    await b.editor.click();
    await b.page.keyboard.press('ControlOrMeta+End');
    await b.page.keyboard.type('\nAnswer from B');
    await expect.poll(() => a.editorText(), { timeout: 5_000 }).toContain('Answer from B');
    await b.waitSaved();
    await expect.poll(() => a.status.textContent()).toBe('Saved');
  });

  it('when both change it, the second save is refused and both versions are shown to choose from', async () => {
    await b.editor.click();
    await b.page.keyboard.press('ControlOrMeta+End');
    await a.editor.click();
    await a.page.keyboard.press('ControlOrMeta+End');
    // B gets an edit of its own; A changes and saves at once, well before B's autosave (400 ms after typing).
    await b.page.keyboard.insertText('\nOnly in B');
    await a.page.keyboard.insertText('\nOnly in A');
    await a.page.keyboard.press('Control+s');
    const dialog = b.dialog('This draft was changed in another tab');
    await dialog.waitFor({ timeout: 10_000 });
    const differences = dialog.getByLabel(/Differences between/);
    await expect.poll(() => differences.textContent()).toContain('Only in A');
    expect(await differences.textContent()).toContain('Only in B');
    // Nothing was saved over A's version meanwhile.
    await a.waitSaved();
    // Closing the dialog leaves the question open, not answered.
    await dialog.getByRole('button', { name: 'Close' }).click();
    const banner = b.page.getByRole('alert', { name: 'Unsaved: two versions' });
    await banner.getByRole('button', { name: 'Compare and choose' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(async () => (await b.titles()).some((t) => t.endsWith('(this tab)')), 'the copy in B’s list');
    await b.waitText((t) => t.includes('Only in B') && !t.includes('Only in A'), 'B to show its own copy');
    await expect.poll(() => a.editorText()).toContain('Only in A');
    expect(await a.editorText()).not.toContain('Only in B');
    // The other tab's library lists the copy too.
    await until(async () => (await a.titles()).some((t) => t.endsWith('(this tab)')), 'the copy in A’s list');
  });

  it('different drafts in the two tabs are edited side by side', async () => {
    await b.waitSaved();
    await expect.poll(() => b.elsewhereNotice.isVisible()).toBe(false);
    await a.typeAtEnd('\nA keeps writing the original.');
    await b.typeAtEnd('\nB writes in the copy.');
    await a.waitSaved();
    await b.waitSaved();
    await a.page.reload();
    await a.waitLoaded();
    await a.waitText((t) => t.includes('A keeps writing the original.'), 'A’s text after a reload');
    expect(await a.editorText()).not.toContain('B writes in the copy.');
    await b.page.reload();
    await b.waitLoaded();
    await b.waitText((t) => t.includes('B writes in the copy.'), 'B’s text after a reload');
  });
});
