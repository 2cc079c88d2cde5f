import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, fixturePost } from '../support/app-driver';

describe('sample post', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('"Open sample post" loads a post showing every construct the preview supports', async () => {
    await app.button('Open sample post').click();
    await expect.poll(() => app.field('Title').inputValue()).toMatch(/RustConf/);
    const p = app.preview;
    // The preview fills in as the worker renders (a patch at a time): each construct is waited for.
    await expect.poll(() => p.getByRole('table').count()).toBe(1);
    await expect.poll(() => p.getByRole('checkbox').count()).toBeGreaterThan(1);
    await expect.poll(() => p.locator('del').count()).toBeGreaterThan(0);
    await expect.poll(() => p.locator('blockquote').count()).toBeGreaterThan(0);
    await expect.poll(() => p.locator('pre code').count()).toBeGreaterThan(1);
    await expect.poll(() => p.locator('dl').count()).toBe(1);
    await expect.poll(() => p.locator('[data-footnote-ref], sup a[href^="#fn"]').count()).toBeGreaterThan(0);
    await expect.poll(() => p.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(1);
    await expect.poll(() => p.locator('br').count()).toBeGreaterThan(0);
  });
});

// The "done when" of the first version: import the seed-shaped post, change its title in the form, add a
// paragraph, reload, find everything, export: the file differs from the import in those two places only.
describe('a first session with Postwright', () => {
  let session: Session;
  afterAll(async () => session.close());

  it('import, edit title and body, reload, export', async () => {
    session = await launch();
    const app = new AppDriver(session.page);
    await app.open();
    const post = await fixturePost('lisbon-meetup-recap.md');
    await app.importFiles([{ name: 'lisbon-meetup-recap.md', content: post }]);
    await expect.poll(() => app.field('Title').inputValue()).toMatch(/^Lisbon/);
    await app.field('Title').fill('Lisbon Go Meetup, Spring 2025');
    await app.typeAtEnd('\nA paragraph added in Postwright.\n');
    await session.page.reload();
    await app.waitLoaded();
    await expect.poll(() => app.field('Title').inputValue()).toBe('Lisbon Go Meetup, Spring 2025');
    await expect.poll(() => app.preview.textContent()).toContain('A paragraph added in Postwright.');
    const exported = await app.exportMarkdown();
    expect(exported.name).toBe('lisbon-go-meetup-spring-2025.md');
    const expected = post
      .replace(
        'title: "Lisbon Go Meetup, Spring 2025: Notes and Slides"',
        'title: "Lisbon Go Meetup, Spring 2025"',
      )
      .concat('\nA paragraph added in Postwright.\n');
    expect(exported.text).toBe(expected);
  });
});
