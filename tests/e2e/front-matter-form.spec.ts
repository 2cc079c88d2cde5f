import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, fixturePost, until } from '../support/app-driver';

// Points 3 and 4: the form is a typed view over the text; edits change only the edited value's bytes.
describe('front matter form', () => {
  let session: Session;
  let app: AppDriver;
  let original: string;
  beforeAll(async () => {
    // A browser far from the post's own offset (+01:00), so showing the date in the browser's zone would show.
    session = await launch({ timezoneId: 'America/Los_Angeles' });
    app = new AppDriver(session.page);
    await app.open();
    original = await fixturePost('lisbon-meetup-recap.md');
    await app.importFiles([{ name: 'lisbon-meetup-recap.md', content: original }]);
    await until(
      async () =>
        (await app.field('Title').inputValue()) === 'Lisbon Go Meetup, Spring 2025: Notes and Slides',
      'the imported post in the form',
    );
  });
  afterAll(async () => session.close());

  it('shows each field typed from its value', async () => {
    expect(await app.field('Description').inputValue()).toMatch(/^A recap of the spring Go meetup/);
    expect(await app.field('Draft').isChecked()).toBe(false);
    expect(await app.field('Draft').getAttribute('type')).toBe('checkbox');
    expect(await app.field('Type').inputValue()).toBe('post');
    expect(await app.field('Image').inputValue()).toBe('images/banner/lisbon-meetup.jpg');
    // The date in the post's own offset, not the browser's.
    expect(await app.field('Date').inputValue()).toBe('2025-04-12T19:05:33');
    expect(await session.page.getByText('UTC+01:00').count()).toBeGreaterThan(0);
    expect(
      await session.page.getByRole('list', { name: 'Tags list' }).getByRole('listitem').allTextContents(),
    ).toEqual([expect.stringMatching(/^Go/), expect.stringMatching(/^Meetup/)]);
    expect(
      await session.page
        .getByRole('list', { name: 'Categories list' })
        .getByRole('listitem')
        .allTextContents(),
    ).toEqual([expect.stringMatching(/^Events/)]);
  });

  it('editing the title rewrites only that line of the exported file', async () => {
    await app.field('Title').fill('Lisbon Go Meetup: "Spring" Notes');
    await app.waitSaved();
    const exported = await app.exportMarkdown();
    const before = original.split('\n');
    const after = exported.text.split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.map((line, i) => (line === before[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([1]);
    expect(after[1]).toBe('title: "Lisbon Go Meetup: \\"Spring\\" Notes"');
  });

  it('updates the form as the text is typed', async () => {
    await app.editor.click();
    await session.page.keyboard.press('ControlOrMeta+Home');
    await session.page.keyboard.press('ArrowDown');
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('ArrowLeft');
    await session.page.keyboard.type('!');
    await expect.poll(() => app.field('Title').inputValue()).toBe('Lisbon Go Meetup: "Spring" Notes!');
  });

  it('writes a new date back in the post own offset and format', async () => {
    await app.field('Date').fill('2025-04-13T08:30:00');
    await expect.poll(() => app.editorText()).toContain('date: 2025-04-13T08:30:00+01:00');
  });

  it('adds and removes tags as chips, keeping the list style', async () => {
    const tags = app.field('Tags');
    await tags.fill('Lisbon');
    await tags.press('Enter');
    await expect.poll(() => app.editorText()).toContain('tags: ["Go","Meetup","Lisbon"]');
    await app.button('Remove Meetup from Tags').click();
    await expect.poll(() => app.editorText()).toContain('tags: ["Go","Lisbon"]');
  });

  it('toggles the draft checkbox', async () => {
    await app.field('Draft').check();
    await expect.poll(() => app.editorText()).toContain('draft: true');
  });

  it('adds a key of a chosen kind and removes a key', async () => {
    await session.page.getByLabel('New field name').fill('weight');
    await session.page.getByLabel('New field type').selectOption('number');
    await app.button('Add field').click();
    await expect.poll(() => app.editorText()).toMatch(/\nweight: 0\n---/);
    await app.field('Weight').fill('7');
    await expect.poll(() => app.editorText()).toMatch(/\nweight: 7\n---/);
    await app.button('Remove field image').click();
    await expect.poll(() => app.editorText()).not.toContain('image:');
    expect(await app.editorText()).toContain('type: "post"');
  });

  it('suggests tags used by other drafts', async () => {
    await app.importFiles([
      { name: 'other.md', content: '---\ntitle: Other\ntags: [Kubernetes, Observability]\n---\nBody\n' },
    ]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Other');
    await app.draftItems
      .filter({ hasText: 'Lisbon' })
      .getByRole('button', { name: /^Lisbon/ })
      .click();
    await expect.poll(() => app.field('Title').inputValue()).toMatch(/^Lisbon/);
    const listId = await app.field('Tags').getAttribute('list');
    const options = await session.page
      .locator(`datalist[id="${listId}"] option`)
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(expect.arrayContaining(['Kubernetes', 'Observability']));
  });

  it('shows nested values as YAML in a generic row', async () => {
    await app.importFiles([
      {
        name: 'nested.md',
        content: '---\ntitle: Nested\nparams:\n  author: Rui\n  toc: true\n---\nBody\n',
      },
    ]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Nested');
    expect(await app.field('params').inputValue()).toMatch(/author: Rui\s+toc: true/);
  });

  it('shows TOML and JSON front matter and edits only the value', async () => {
    const toml =
      '+++\ntitle = "Toml post"\ndate = 2024-05-01T10:00:00+02:00\ntags = ["a", "b"]\n# note\n+++\n\nBody **here**.\n';
    await app.importFiles([{ name: 'toml.md', content: toml }]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Toml post');
    // Chromium drops zero seconds from a datetime-local value.
    expect(await app.field('Date').inputValue()).toBe('2024-05-01T10:00');
    await app.field('Title').fill('Toml post, edited');
    await app.waitSaved();
    expect((await app.exportMarkdown()).text).toBe(toml.replace('"Toml post"', '"Toml post, edited"'));

    const json = '{\n  "title": "Json post",\n  "draft": false,\n  "tags": ["x"]\n}\n\nJSON body.\n';
    await app.importFiles([{ name: 'json.md', content: json }]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Json post');
    await app.field('Draft').check();
    await app.waitSaved();
    expect((await app.exportMarkdown()).text).toBe(json.replace('"draft": false', '"draft": true'));
    await expect.poll(() => app.preview.textContent()).toContain('JSON body.');
  });

  it('shows the parser message with line and column for invalid front matter, keeps the text, still previews', async () => {
    const broken = '---\ntitle: Broken\ntags: [one, two\n---\n\n## Still here\n';
    await app.importFiles([{ name: 'broken.md', content: broken }]);
    await expect
      .poll(() => session.page.getByRole('alert').first().textContent())
      .toMatch(/line \d+, column \d+/);
    expect(await app.editorText()).toBe(broken);
    await expect.poll(() => app.preview.getByRole('heading', { name: 'Still here' }).count()).toBe(1);
    await app.waitSaved();
    expect((await app.exportMarkdown()).text).toBe(broken);
  });
});
