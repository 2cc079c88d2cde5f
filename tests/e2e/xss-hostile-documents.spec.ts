import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver } from '../support/app-driver';
import { auditTree } from '../support/xss-audit';
import { withMarker } from '../support/xss-corpus';
import { XssTrap } from '../support/xss-trap';

// Issue 7, point 4, in the real app: giant, deeply nested and broken documents never take the editor down.
// Each is pasted as a whole post; the page must not crash or throw, the preview must show the body (or its
// error box, never a blank app), the editor and toolbar must stay usable, and the text must export unchanged.

const row = `| ${Array.from({ length: 30 }, (_, i) => `h${i}`).join(' | ')} |\n`;
const warmUp = '---\ntitle: Warm up\ntags: [a, [b, [c]]]\n---\n\nSome *words*.\n';

/** [name, post] pairs; every post is well-formed UTF-16 so its export can be compared byte for byte. */
const DOCUMENTS: Array<[string, string]> = [
  ['10 000 list items', Array.from({ length: 10_000 }, (_, i) => `- item ${i}\n`).join('')],
  ['YAML front matter nested 2000 deep', `---\ntitle: Deep\nx: ${'['.repeat(2000)}\n---\n\nBody.\n`],
  [
    'YAML front matter block maps 1500 deep',
    `---\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n---\n\nBody.\n`,
  ],
  ['TOML front matter nested 3000 deep', `+++\nx = ${'['.repeat(3000)}\n+++\n\nBody.\n`],
  ['JSON front matter nested 3000 deep', `{"x": ${'['.repeat(3000)}${']'.repeat(3000)}}\n\nBody.\n`],
  ['invalid YAML', '---\ntitle: "unterminated\ntags: [a, b\n: : :\n---\n\nBody.\n'],
  ['invalid TOML', '+++\ntitle = \ntitle = "twice"\n[[\n+++\n\nBody.\n'],
  ['invalid JSON', '{"title": "x",, }\n\nBody.\n'],
  ['unclosed front matter', '---\ntitle: never closed\n\nBody.\n'],
  ['500 unclosed fences', '```\n'.repeat(500)],
  ['blockquotes 3000 deep', `${'>'.repeat(3000)} deep\n`],
  ['a table of 300 rows', `${row}|${'---|'.repeat(30)}\n${row.repeat(300)}`],
  ['5000 unclosed tags', '<div><span><em>'.repeat(5000)],
];

describe('hostile documents in the app', () => {
  let session: Session;
  let app: AppDriver;
  let trap: XssTrap;
  let previous: string | null = null;

  beforeAll(async () => {
    session = await launch();
    app = new AppDriver(session.page);
    trap = await XssTrap.install(session.context, session.page, session.baseURL);
    await app.open();
    await app.newPost();
    trap.appIsLoaded();
    // Ordinary posts first, so the parsers are warm (optimised) when the hostile ones arrive, as in real use.
    for (let i = 0; i < 5; i++) {
      const marker = `pwwarm${i}x`;
      await trap.show({ id: 'warm-up', text: withMarker(warmUp, marker), marker, previous });
      previous = marker;
    }
  });
  afterAll(async () => session.close());

  it.each(DOCUMENTS.map(([name, text], index) => ({ name, text, index })))(
    '$name: no crash, the preview and editor keep working, the text exports unchanged',
    async ({ name, text, index }) => {
      const marker = `pwhostile${index}x`;
      const post = withMarker(text, marker);
      const inspection = await trap.show({ id: name, text: post, marker, previous });
      previous = marker;
      expect({
        problems: [...auditTree(inspection.tree), ...inspection.integrity],
        records: inspection.log,
      }).toEqual({
        problems: [],
        records: [],
      });
      const exported = await app.exportMarkdown();
      expect(exported.text.length).toBe(post.length);
      expect(exported.text === post).toBe(true);
    },
  );

  it('still edits and previews after all of them', async () => {
    const marker = 'pwafterx';
    const inspection = await trap.show({ id: 'after', text: `# After\n\n${marker}\n`, marker, previous });
    expect(inspection.log).toEqual([]);
    await app.typeAtEnd('\nTyped at the end.');
    await expect.poll(() => app.preview.textContent()).toContain('Typed at the end.');
  });
});
