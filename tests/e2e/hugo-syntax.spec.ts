import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';

const POST = `---
title: "Shortcodes in the source"
---

Intro paragraph.

<!--more-->

{{< youtube id="abc123" >}}

{{% note %}}A note in **Markdown**.{{% /note %}}

Plain text with {{ no shortcode }} braces.
`;

// Issue 3, point 3: shortcodes are never altered in the source, and the editor highlights them and the divider.
describe('Hugo syntax in the editor', () => {
  let session: Session;
  let app: AppDriver;
  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    await app.open();
    await app.importFiles([{ name: 'shortcodes.md', content: POST }]);
    await until(
      async () => (await app.field('Title').inputValue()) === 'Shortcodes in the source',
      'the post',
    );
  });
  afterAll(async () => session.close());

  it('marks shortcode calls, their closing tags and the summary divider', async () => {
    const marked = await app.editor.getByTitle('Hugo shortcode').allTextContents();
    expect(marked).toEqual(['{{< youtube id="abc123" >}}', '{{% note %}}', '{{% /note %}}']);
    expect(await app.editor.getByTitle('Summary divider').allTextContents()).toEqual(['<!--more-->']);
    // Ordinary braces are not a shortcode.
    expect(marked.join('')).not.toContain('{{ no shortcode }}');
  });

  it('keeps the shortcodes byte for byte in the exported file', async () => {
    await app.waitSaved();
    expect((await app.exportMarkdown()).text).toBe(POST);
  });
});
