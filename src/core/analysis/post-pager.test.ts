import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_POST } from '../post/sample-post';
import { createPostPager, postPage } from './stats';

// Blocks whose page values reach across the post: headings (ids, the table of contents), footnotes (numbers,
// the section's words), the summary divider, raw HTML (left out unless unsafe), words and white space.
const SNIPPETS = [
  '# Lanterns',
  '## Lanterns',
  '### Paper and *glue* {#glue}',
  'Setext\n===',
  'A paragraph with "quotes" -- and a [link](https://example.org).',
  'Second paragraph,  two  spaces,\nand a line break.  \nAfter it.',
  'A note[^a] and another[^b] and [a ref][x].',
  '[^a]: The note a.',
  '[^b]: Note b.\n\n    Its second paragraph, with **bold**.',
  '[x]: https://example.org',
  '<!--more-->',
  '<div>raw <b>html</b></div>',
  'Inline <span>raw</span> html.',
  '- one\n- two\n\n- loose',
  '> quoted words',
  '```go\nfunc main() {}\n```',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '{{< figure src="a.png" caption="A caption" >}}',
  '{{% note %}}\nInner *words*\n{{% /note %}}',
  '纸灯笼很美',
  '',
];

const FRONTS = [
  '',
  '---\ntitle: Lanterns\n---\n',
  '---\nisCJKLanguage: true\n---\n',
  '+++\ntitle = "T"\n+++\n',
];

const post = fc
  .tuple(
    fc.constantFrom(...FRONTS),
    fc.array(fc.tuple(fc.constantFrom(...SNIPPETS), fc.constantFrom('\n\n', '\n', '\n\n\n')), {
      maxLength: 12,
    }),
  )
  .map(([front, parts]) => front + parts.map(([s, sep]) => s + sep).join(''));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.constantFrom('x', ' ', '\n', '\n\n', '#', '[^a]', '"', '<!--more-->', '*'),
    fc.constantFrom(...SNIPPETS).map((s) => `\n\n${s}\n\n`),
  ),
});

const options = fc.record({
  unsafe: fc.boolean(),
  typographer: fc.boolean(),
  headingIds: fc.constantFrom('github' as const, 'github-ascii' as const, 'blackfriday' as const),
});

describe('createPostPager', () => {
  it('after any sequence of edits gives exactly what postPage gives (counts, summary, table of contents)', () => {
    fc.assert(
      fc.property(post, fc.array(edit, { minLength: 1, maxLength: 5 }), options, (start, edits, opts) => {
        const pager = createPostPager();
        let text = start;
        expect(pager(text, opts)).toEqual(postPage(text, opts));
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(pager(text, opts)).toEqual(postPage(text, opts));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives what postPage gives for a long post, and again after an edit in its middle', () => {
    const body = SAMPLE_POST.replace(/^---[\s\S]*?---\n/, '');
    const text =
      SAMPLE_POST + Array.from({ length: 8 }, (_, i) => body.replace(/^## .*$/m, `## Part ${i}`)).join('\n');
    const pager = createPostPager();
    expect(pager(text)).toEqual(postPage(text));
    const mid = text.indexOf('## Part 4');
    const edited = `${text.slice(0, mid)}Some more words here.\n\n${text.slice(mid)}`;
    expect(pager(edited)).toEqual(postPage(edited));
  });
});
