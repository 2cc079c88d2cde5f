import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';

const POST = `---
title: "Preview check"
date: 2024-11-02T09:15:00-05:00
draft: true
description: "Checking every construct."
categories: ["Testing"]
tags: ["GFM", "Preview"]
image: "images/cover.png"
---

## Tables and more

| Left | Right |
| :--- | ---: |
| a | b |

- [x] done
- [ ] open

~~gone~~ and https://example.com/auto and a note[^n].

\`\`\`go
func main() {}
\`\`\`

![A missing photo](photos/missing.jpg)

## Tables and more

<script>window.__pwned = 'script'</script>
<img src="x" onerror="window.__pwned = 'onerror'">
[click](javascript:window.__pwned='link')

[^n]: The footnote.
`;

// Point 5: the preview shows what the site will publish.
describe('preview', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'preview-check.md', content: POST }]);
    await until(
      async () => (await app.preview.getByRole('heading', { level: 1 }).textContent()) === 'Preview check',
      'the post head in the preview',
    );
  });
  afterAll(async () => session.close());

  it('shows the front matter as the post head, never as raw YAML', async () => {
    const text = (await app.preview.textContent()) ?? '';
    expect(text).not.toContain('title:');
    expect(text).not.toContain('---');
    expect(await app.preview.locator('time').getAttribute('datetime')).toBe('2024-11-02T09:15:00-05:00');
    expect(await app.preview.locator('time').textContent()).toMatch(/2 November 2024, 09:15 \(UTC-05:00\)/);
    expect(await app.preview.getByText('Draft', { exact: true }).count()).toBe(1);
    expect(await app.preview.getByRole('list', { name: 'Categories and tags' }).textContent()).toMatch(
      /Testing.*#GFM.*#Preview/,
    );
    expect(text).toContain('Checking every construct.');
    expect(await app.preview.getByRole('img', { name: 'Missing image: images/cover.png' }).count()).toBe(1);
  });

  it('renders GitHub-flavoured Markdown: tables, task lists, strikethrough, autolinks, footnotes', async () => {
    expect(await app.preview.getByRole('table').count()).toBe(1);
    expect(await app.preview.getByRole('cell', { name: 'b' }).getAttribute('style')).toMatch(
      /text-align:\s*right/,
    );
    expect(await app.preview.getByRole('checkbox').count()).toBe(2);
    expect(await app.preview.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await app.preview.locator('del').textContent()).toBe('gone');
    expect(
      await app.preview.getByRole('link', { name: 'https://example.com/auto' }).getAttribute('href'),
    ).toBe('https://example.com/auto');
    expect(await app.preview.getByText('The footnote.').count()).toBe(1);
  });

  it('gives headings anchor ids, numbering duplicates', async () => {
    const ids = await app.preview.locator('.post-body h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(['tables-and-more', 'tables-and-more-1']);
  });

  it('highlights fenced code', async () => {
    const code = app.preview.locator('code[data-lang="go"]');
    await expect.poll(() => code.count()).toBe(1);
    expect(await code.textContent()).toContain('func main() {}');
    await expect.poll(() => code.locator('span').count()).toBeGreaterThan(0);
  });

  it('shows a broken-image placeholder naming a relative path the draft does not have', async () => {
    expect(await app.preview.getByRole('img', { name: 'Missing image: photos/missing.jpg' }).count()).toBe(1);
  });

  it('never runs script, event handlers or javascript: links from the post', async () => {
    expect(
      await session.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    expect(await app.preview.locator('script, [onerror], a[href^="javascript"], form, iframe').count()).toBe(
      0,
    );
    await app.page.getByRole('checkbox', { name: 'Render raw HTML' }).check();
    await session.page.waitForTimeout(300);
    expect(
      await session.page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    expect(await app.preview.locator('script, [onerror], a[href^="javascript"], form, iframe').count()).toBe(
      0,
    );
    await app.page.getByRole('checkbox', { name: 'Render raw HTML' }).uncheck();
  });
});
