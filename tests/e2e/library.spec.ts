import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver } from '../support/app-driver';

// Point 1 of the first version: the library of drafts.
describe('library', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch({ timezoneId: 'Asia/Kolkata' });
    app = new AppDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('"New post" creates a draft from the default template, dated now in the browser offset', async () => {
    await app.newPost();
    const text = await app.editorText();
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines.slice(1, 10).map((l) => l.split(':')[0])).toEqual([
      'title',
      'date',
      'draft',
      'description',
      'categories',
      'tags',
      'type',
      'image',
      '---',
    ]);
    // RFC 3339 with the browser's offset (Asia/Kolkata is +05:30).
    expect(lines[2]).toMatch(/^date: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:30$/);
    expect(text).toContain('draft: true');
    expect(text).toContain('categories: []');
    expect(text).toContain('tags: []');
    expect(text).toContain('type: post');
    await expect.poll(() => app.draftItems.first().textContent()).toMatch(/Untitled.*Draft/);
  });

  it('lists drafts newest change first with title, date and draft state', async () => {
    await app.field('Title').fill('Older post');
    await app.waitSaved();
    await app.newPost();
    await app.field('Title').fill('Newer post');
    await app.field('Draft').uncheck();
    await app.waitSaved();
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([
        expect.stringMatching(/^Newer post.*\d{4}.*Published/),
        expect.stringMatching(/^Older post.*\d{4}.*Draft/),
      ]);
    // Editing the older one moves it to the top.
    await app.draftItems
      .filter({ hasText: 'Older post' })
      .getByRole('button', { name: /^Older post/ })
      .click();
    await app.typeAtEnd('A new paragraph.');
    await app.waitSaved();
    await expect.poll(() => app.draftItems.first().textContent()).toMatch(/^Older post/);
  });

  it('filters by title, tag and body text', async () => {
    await app.draftItems
      .filter({ hasText: 'Newer post' })
      .getByRole('button', { name: /^Newer post/ })
      .click();
    // The form is made anew for the draft opened: type into that one, not the one it replaces.
    await expect.poll(() => app.field('Title').inputValue()).toBe('Newer post');
    const tags = app.field('Tags');
    await tags.fill('kubernetes');
    await tags.press('Enter');
    await app.waitSaved();
    const filter = session.page.getByRole('searchbox', { name: 'Filter drafts' });
    await filter.fill('kubernetes');
    await expect.poll(() => app.draftItems.allTextContents()).toEqual([expect.stringMatching(/^Newer post/)]);
    await filter.fill('new paragraph');
    await expect.poll(() => app.draftItems.allTextContents()).toEqual([expect.stringMatching(/^Older post/)]);
    await filter.fill('OLDER');
    await expect.poll(() => app.draftItems.allTextContents()).toEqual([expect.stringMatching(/^Older post/)]);
    await filter.fill('nothing matches this');
    await expect.poll(() => app.draftItems.count()).toBe(0);
    await filter.fill('');
    await expect.poll(() => app.draftItems.count()).toBe(2);
  });

  it('duplicates a draft', async () => {
    await app.button('Duplicate Older post').click();
    await expect.poll(() => app.draftItems.count()).toBe(3);
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toContainEqual(expect.stringMatching(/^Older post \(copy\)/));
  });

  it('deletes a draft, and Undo brings it back', async () => {
    await app.button('Delete Older post (copy)').click();
    await expect.poll(() => app.draftItems.count()).toBe(2);
    await app.button('Undo').click();
    await expect.poll(() => app.draftItems.count()).toBe(3);
    await app.button('Delete Older post (copy)').click();
    await expect.poll(() => app.draftItems.count()).toBe(2);
    // After a reload the deleted draft stays deleted and the others are there.
    await session.page.reload();
    await app.waitLoaded();
    await expect
      .poll(() => app.draftItems.allTextContents())
      .toEqual([expect.stringMatching(/^Newer post/), expect.stringMatching(/^Older post/)]);
  });
});
