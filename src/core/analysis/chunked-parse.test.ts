import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLE_POST } from '../post/sample-post';
import { parseWhole } from './analyze-post';
import { parseInPieces, pieceStarts } from './chunked-parse';

// Block snippets around the cut rule's edges: headings (real and not), fenced code and HTML blocks that hold
// heading-like lines, containers a heading line ends, definitions (which make the body parse whole).
const SNIPPETS = [
  '## Heading',
  '# One',
  '###### Six ##',
  '####### seven is text',
  '#hashtag is text',
  '##\tTabbed',
  '## Same {#same}',
  'Setext\n===',
  'Para with *stress* and `code`.',
  'Line one\nline two lazy',
  '```\n## not a heading\n\n## still code\n```',
  '~~~md\n# code\n\n~~~',
  '```\nnever closed\n\n## inside',
  '<!--\n## in a comment\n\n## still\n-->',
  '<pre>\n\n## pre\n</pre>',
  '<div>\n\n## after a div\n\n</div>',
  '- item\n\n  ## in the item',
  '- a\n\n- b',
  '1. one\n\n   more',
  '> quote\n>\n> ## quoted',
  '> lazy\ncontinued',
  'Term\n: definition\n\n  more of it',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '    indented\n\n    ## code',
  '[^a]: A note.',
  'A note[^a] and a [link][x].',
  '[x]: https://example.org',
  '[X]: /shadowed',
  '[two\nwords]: /t',
  'A [split][two words] and [x][] and [fake].',
  '```\n[fake]: /f\n```',
  '<!--more-->',
  '***',
  '',
];

const body = fc
  .array(fc.tuple(fc.constantFrom(...SNIPPETS), fc.constantFrom('\n\n', '\n', '\n\n\n')), { maxLength: 16 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

/** The sample post's body, `copies` times, each copy's first heading numbered. */
function longBody(copies: number): string {
  const sample = SAMPLE_POST.replace(/^---[\s\S]*?---\n/, '');
  return Array.from({ length: copies }, (_, i) => sample.replace(/^## .*$/m, `## Part ${i + 1}`)).join('\n');
}

describe('chunked parse', () => {
  it('gives the whole tree where a piece would start inside an open block (found by the property below)', () => {
    for (const text of [
      // The prefix's footnote definition took the first piece's indented code as its own.
      '    indented\n\n    ## code\n\n## Heading\n\n[^a]: A note.\n\n',
      // The ``` after </div> is HTML, not a fence, so the next ``` opens code that runs to the end.
      '<div>\n\n## after a div\n\n</div>\n```\n## not a heading\n\n## still code\n```\n\n## Heading\n\n',
    ]) {
      expect(parseInPieces(text, parseWhole, 1)).toEqual(parseWhole(text));
    }
  });

  it('gives the tree a whole parse gives, positions included, for any body (cutting at every heading)', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(parseInPieces(text, parseWhole, 1)).toEqual(parseWhole(text));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a long post before its headings, its footnotes and references resolved as in a whole parse', () => {
    const text = longBody(20);
    const starts = pieceStarts(text, 4096);
    expect(starts.length).toBeGreaterThan(5);
    for (const at of starts) expect(text.slice(at, at + 7)).toMatch(/^#{1,6} /);
    expect(parseInPieces(text, parseWhole, 4096)).toEqual(parseWhole(text));
    // References in the first piece to definitions in the last: one the line scan misses (its label runs over two
    // lines), and one it wrongly sees (in fenced code), which stays text.
    const refs = `See [the guide][guide], [the split][two words] and [not a link][fake].\n\n${text}\n\n\`\`\`\n[fake]: https://example.org/f\n\`\`\`\n\n[guide]: https://example.org/g\n\n[two\nwords]: https://example.org/t\n`;
    const tree = parseInPieces(refs, parseWhole, 4096);
    expect(tree).toEqual(parseWhole(refs));
    const first = JSON.stringify(tree.children[0]);
    expect(first.match(/"linkReference"/g)).toHaveLength(2);
    expect(first).toContain('[not a link][fake]');
  });
});
