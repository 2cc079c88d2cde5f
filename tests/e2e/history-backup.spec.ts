import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { launch, type Session } from '../support/browser';
import { until } from '../support/app-driver';
import { SafetyDriver } from '../support/safety-driver';

// Issue 5, points 3 and 5: history (list, diff, undoable restore), the trash, and a backup zip that moves every
// draft to another browser and can be imported twice without duplicates.

const HARBOUR = '---\ntitle: Harbour log\ndraft: true\n---\n\nThe pilot boat left at dawn.\n';
const MARKET = '---\ntitle: Fish market\n---\n\nIce, scales and shouting.\n';

describe('history and trash', () => {
  let session: Session;
  let app: SafetyDriver;
  beforeAll(async () => {
    session = await launch();
    app = new SafetyDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'harbour.md', content: HARBOUR }]);
    await app.waitText((t) => t.includes('The pilot boat left at dawn.'), 'the imported post');
    await app.typeAtEnd('\nA second boat followed at noon.');
    await app.waitSaved();
  });
  afterAll(async () => session.close());

  it('lists versions with time and size, and shows a diff against the current text', async () => {
    const dialog = await app.openHistory();
    const versions = dialog.getByRole('list', { name: 'Versions' }).getByRole('button');
    await expect.poll(() => versions.count()).toBeGreaterThan(0);
    const imported = versions.filter({ hasText: 'As imported' });
    await expect.poll(() => imported.textContent()).toMatch(/today \d\d:\d\d.*\d+ characters · about \d+ B/);
    await imported.click();
    const diff = dialog.getByLabel(/Differences between this version and the current text/);
    await expect.poll(() => diff.textContent()).toContain('+ A second boat followed at noon.');
  });

  it('restores a version, and the restore is undone by Undo or by the editor’s undo', async () => {
    const dialog = app.dialog('History');
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await dialog.waitFor({ state: 'detached' });
    await app.waitText((t) => !t.includes('second boat'), 'the restored text');
    await app.waitSaved();
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await app.waitText((t) => t.includes('A second boat followed at noon.'), 'the text before the restore');
    await app.waitSaved();

    const again = await app.openHistory();
    await again
      .getByRole('list', { name: 'Versions' })
      .getByRole('button')
      .filter({ hasText: 'As imported' })
      .click();
    await again.getByRole('button', { name: 'Restore this version' }).click();
    await app.waitText((t) => !t.includes('second boat'), 'the restored text');
    await app.editor.click();
    await app.page.keyboard.press('ControlOrMeta+z');
    await app.waitText(
      (t) => t.includes('A second boat followed at noon.'),
      'the editor’s undo of the restore',
    );
    await app.waitSaved();
  });

  it('keeps deleted drafts in the trash: restore one, then empty the trash', async () => {
    await app.page.getByRole('button', { name: 'Delete Harbour log' }).click();
    await until(async () => !(await app.titles()).includes('Harbour log'), 'the draft to leave the list');
    let trash = await app.openTrash();
    const item = trash.getByRole('list', { name: 'Deleted drafts' }).getByRole('listitem');
    await expect.poll(() => item.textContent()).toMatch(/Harbour log.*Deleted today.*30 days left/);
    await trash.getByRole('button', { name: 'Restore Harbour log' }).click();
    await trash.waitFor({ state: 'detached' });
    await until(async () => (await app.titles()).includes('Harbour log'), 'the draft back in the list');
    await app.waitText((t) => t.includes('A second boat followed at noon.'), 'the restored draft, opened');

    await app.page.getByRole('button', { name: 'Delete Harbour log' }).click();
    await until(async () => !(await app.titles()).includes('Harbour log'), 'the draft to leave the list');
    trash = await app.openTrash();
    await trash.getByRole('button', { name: 'Empty trash' }).click();
    await trash.getByRole('button', { name: 'Yes, empty the trash' }).click();
    await expect.poll(() => trash.getByText('The trash is empty.').count()).toBe(1);
  });
});

describe('backup', () => {
  const sessions: Session[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.close();
  });

  it('"Export all" writes every draft with its history into one zip that "Import" takes back, once', async () => {
    const first = await launch();
    sessions.push(first);
    const app = new SafetyDriver(first.page);
    await app.open();
    await app.importFiles([
      { name: 'harbour.md', content: HARBOUR },
      { name: 'market.md', content: MARKET },
    ]);
    await until(async () => (await app.titles()).length === 2, 'two drafts');
    await app.typeAtEnd('\nThe gulls got the rest.');
    await app.waitSaved();
    const storage = await app.openStorage();
    expect(await storage.getByRole('checkbox', { name: 'Include history' }).isChecked()).toBe(true);
    const zip = await app.download(storage.getByRole('button', { name: 'Export all' }));
    expect(zip.name).toMatch(/^postwright-backup-\d{4}-\d\d-\d\d\.zip$/);
    const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)));
    expect(names).toContain('postwright-backup.json');
    expect(names.filter((n) => n.startsWith('posts/'))).toHaveLength(2);
    expect(names.some((n) => n.startsWith('history/'))).toBe(true);

    // Another browser (a fresh profile): the same drafts come back through the Import control.
    const second = await launch();
    sessions.push(second);
    const other = new SafetyDriver(second.page);
    await other.open();
    await other.importFiles([
      { name: zip.name, content: new Uint8Array(zip.bytes), mimeType: 'application/zip' },
    ]);
    await until(async () => (await other.titles()).length === 2, 'both drafts in the other browser', 10_000);
    expect((await other.titles()).sort()).toEqual(['Fish market', 'Harbour log']);
    // The first imported file was open when the line was typed.
    await other.page.getByRole('button', { name: /^Harbour log/ }).click();
    await other.waitText((t) => t.includes('The gulls got the rest.'), 'the text as exported');
    const history = await other.openHistory();
    await expect
      .poll(() => history.getByRole('list', { name: 'Versions' }).getByRole('button').count())
      .toBeGreaterThan(0);
    await history.getByRole('button', { name: 'Close' }).click();

    // Importing the same zip again (this time from Storage and backup) adds nothing.
    const dialog = await other.openStorage();
    await dialog.getByLabel('Import backup').setInputFiles({
      name: zip.name,
      mimeType: 'application/zip',
      buffer: zip.bytes,
    });
    await expect.poll(() => other.page.getByText(/already here/).count()).toBeGreaterThan(0);
    expect(await other.titles()).toHaveLength(2);
  });
});
