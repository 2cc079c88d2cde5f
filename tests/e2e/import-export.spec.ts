import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, fixturePost } from '../support/app-driver';

// Point 7: import and export. An imported file exported unchanged is byte-identical to it.
describe('import and export', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  it('exports an imported post byte for byte, named by the title slug', async () => {
    const post = await fixturePost('lisbon-meetup-recap.md');
    await app.importFiles([{ name: 'index.md', content: post }]);
    await expect.poll(() => app.field('Title').inputValue()).toMatch(/^Lisbon/);
    const exported = await app.exportMarkdown();
    expect(exported.name).toBe('lisbon-go-meetup-spring-2025-notes-and-slides.md');
    expect(exported.bytes.equals(Buffer.from(post, 'utf8'))).toBe(true);
  });

  it('keeps CRLF line endings, a byte-order mark and a missing final newline', async () => {
    const crlf = '\uFEFF---\r\ntitle: Windows post\r\ndraft: true\r\n---\r\n\r\nNo newline at the end';
    await app.importFiles([{ name: 'windows.markdown', content: crlf }]);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Windows post');
    const exported = await app.exportMarkdown();
    expect(exported.name).toBe('windows-post.md');
    expect(exported.bytes.equals(Buffer.from(crlf, 'utf8'))).toBe(true);
  });

  it('takes several files at once into new drafts', async () => {
    const before = await app.draftItems.count();
    await app.importFiles([
      { name: 'one.md', content: '---\ntitle: One\n---\nFirst\n' },
      { name: 'two.txt', content: '---\ntitle: Two\n---\nSecond\n', mimeType: 'text/plain' },
    ]);
    await expect.poll(() => app.draftItems.count()).toBe(before + 2);
  });

  it('refuses binary files, invalid UTF-8 and files over 10 MB, naming each', async () => {
    const before = await app.draftItems.count();
    await app.importFiles([
      {
        name: 'picture.md',
        content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      },
      { name: 'latin1.md', content: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) },
      { name: 'huge.md', content: Buffer.alloc(10 * 1024 * 1024 + 10, 'a') },
    ]);
    const alerts = session.page.getByRole('alert');
    await expect
      .poll(() => alerts.allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/picture\.md.*binary/),
          expect.stringMatching(/latin1\.md.*UTF-8/),
          expect.stringMatching(/huge\.md.*too large/),
        ]),
      );
    expect(await app.draftItems.count()).toBe(before);
  });

  it('imports files dropped onto the app', async () => {
    const before = await app.draftItems.count();
    // Playwright cannot drag from the desktop; a drop event with a DataTransfer is what the browser delivers.
    const dataTransfer = await session.page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(
        new File(['---\ntitle: Dropped post\n---\n\nDropped body.\n'], 'dropped.md', {
          type: 'text/markdown',
        }),
      );
      return dt;
    });
    await session.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await session.page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect.poll(() => app.draftItems.count()).toBe(before + 1);
    await expect.poll(() => app.field('Title').inputValue()).toBe('Dropped post');
  });
});
