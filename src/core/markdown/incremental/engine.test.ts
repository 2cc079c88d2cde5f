import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Whole-post renders of every fixture, both ways: slow on a shared machine, never a timing assertion.
const SLOW = 180_000;
import { render } from '../../render';
import { SAMPLE_POST } from '../../post/sample-post';
import { rehypeSourcePositions } from '../../sync/source-positions';
import type { ViewTransforms } from './block-render';
import { PreviewEngine, type EngineOptions } from './engine';
import { renderWhole } from './whole-render';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url).pathname;

function engineHtml(text: string, options: EngineOptions = {}): string {
  const engine = new PreviewEngine(options);
  engine.update(text);
  engine.step();
  return engine.html();
}

function fixturePosts(): [string, string][] {
  const out: [string, string][] = [['sample post', SAMPLE_POST]];
  const markdown = join(FIXTURES, 'markdown');
  for (const name of readdirSync(markdown)) {
    const input = join(markdown, name, 'input.md');
    if (statSync(join(markdown, name)).isDirectory())
      out.push([`markdown/${name}`, readFileSync(input, 'utf8')]);
  }
  for (const name of readdirSync(join(FIXTURES, 'posts'))) {
    out.push([`posts/${name}`, readFileSync(join(FIXTURES, 'posts', name), 'utf8')]);
  }
  const xss = join(FIXTURES, 'xss');
  for (const name of readdirSync(xss).filter((n) => n.endsWith('.txt'))) {
    const vectors = readFileSync(join(xss, name), 'utf8').split(/^=== /m).slice(1);
    vectors.forEach((v, i) => out.push([`xss/${name}#${i}`, v.slice(v.indexOf('\n') + 1)]));
  }
  return out;
}

// Our own posts that put the cross-block rules to work.
const CROSS_BLOCK: [string, string][] = [
  ['footnotes across blocks', 'A[^1] and b[^two].\n\nMore[^1], unknown[^x].\n\n[^1]: One.\n\n[^two]: Two\n'],
  ['repeated heading ids', '# Notes\n\ntext\n\n# Notes\n\n## Notes {#notes-1}\n\n# Notes\n\nNotes\n===\n'],
  [
    'reference defined later',
    'See [the docs].\n\n[The Docs]: /docs "Read"\n\nAnd [again][THE DOCS].\n\n[the docs]: /no\n',
  ],
  ['several dividers', 'a\n\n<!--more-->\n\nb `<!--more-->`\n\n<!--more-->\n\nc\n'],
  ['code with blank lines', '```\ncode\n\nmore\n```\n\npara\n\n~~~\nopen to the end\n\nstill code\n'],
  ['definition list over blank lines', 'Term\n: def\n\nTerm2\n\n: def2\n\nPara\n'],
  ['loose list', '- a\n\n- b\n\n  more of b\n\nc\n\n1. x\n\n2. y\n'],
  ['paired shortcode', '{{< highlight go >}}\nfunc a() {}\n\nfunc b() {}\n{{< /highlight >}}\n\nafter\n'],
  ['comment over blank lines', '<!--\ncomment\n\nstill\n-->\n\nafter\n\n<pre>\n\nx\n\n</pre>\n'],
  ['quotes per block', '"Open\n\nclose" and \'it\'s\'\n\n"Done."\n'],
];

// Our own posts where the site's switches show: quotes and dashes, non-ASCII and repeated headings, attributes.
const SITE_POSTS: [string, string][] = [
  [
    'switches',
    '---\ntitle: "Café"\n---\n\n# Crème brûlée -- "à la carte"\n\nShe said "wait..." -- then left.\n\n' +
      '## Über uns {#about .wide}\n\n## Über uns\n\n### Ünïcödé & <b>raw</b>\n\nA <em>tag</em> and <<guillemets>>.\n',
  ],
  ['ids only', '# 日本語の見出し\n\n# 日本語の見出し\n\n## Ça va? {.note}\n\ntext\n'],
];

describe('incremental preview engine: the same HTML as render', { timeout: SLOW }, () => {
  for (const unsafe of [false, true]) {
    it(`matches render on every fixture post (unsafe ${unsafe})`, () => {
      for (const [name, text] of fixturePosts()) {
        expect(engineHtml(text, { unsafe }), name).toBe(render(text, { unsafe }).html);
      }
    });
  }

  // The site's Markdown settings (goldmark's switches), away from Hugo's defaults.
  const SITE_OPTIONS: EngineOptions[] = [
    { typographer: false },
    { attributes: false },
    { headingIds: 'github-ascii' },
    { unsafe: true, typographer: false, headingIds: 'blackfriday', attributes: false },
  ];
  for (const options of SITE_OPTIONS) {
    it(`matches render on every fixture post with ${JSON.stringify(options)}`, () => {
      for (const [name, text] of [...fixturePosts(), ...CROSS_BLOCK, ...SITE_POSTS]) {
        expect(engineHtml(text, options), name).toBe(render(text, options).html);
      }
    });
  }

  it('renders everything again when the options change, as render does with the new ones', () => {
    const engine = new PreviewEngine();
    for (const [, text] of SITE_POSTS) {
      engine.update(text);
      engine.step();
      expect(engine.html()).toBe(render(text).html);
      for (const options of SITE_OPTIONS) {
        engine.setOptions(options);
        engine.update(text);
        engine.step();
        expect(engine.html()).toBe(render(text, options).html);
      }
      engine.setOptions({});
    }
  });

  it('matches render where footnotes, heading ids, definitions and dividers reach across blocks', () => {
    for (const [name, text] of CROSS_BLOCK) {
      expect(engineHtml(text), name).toBe(render(text).html);
      expect(engineHtml(text, { headingIds: 'blackfriday' }), name).toBe(
        render(text, { headingIds: 'blackfriday' }).html,
      );
    }
  });
});

const SNIPPETS = [
  'Para with a note[^a] and a [link][x].',
  'Another[^b] paragraph[^a] with "quotes" -- and www.example.com.',
  '[^a]: Note a.',
  '[^b]: Note b with [link][x].\n\n    A second paragraph of b.',
  '[x]: https://example.org "Title"',
  '[X]: /shadowed',
  '# Same',
  '## Same {#same}',
  'Setext\n===',
  '```\ncode\n\nmore\n```',
  '```go\nfunc a() {}\n```',
  '~~~\nnever closed',
  '<!--more-->',
  '<!--\nc\n\nd\n-->',
  '<div>\n\n*x*\n\n</div>',
  '- a\n\n- b',
  '1. one\n2. two',
  'Term\n: def',
  '> quote\n\n> more',
  '| a | b |\n| - | - |\n| 1 | 2 |',
  '    indented\n\n    code',
  '{{< highlight go >}}\nx\n\ny\n{{< /highlight >}}',
  '{{% note %}}\nInner *md*\n\nmore\n{{% /note %}}',
  'Line with `code` and <span>raw</span>.',
  '***',
  '',
];
const PIECES = [
  '`',
  '```',
  '\n',
  '\n\n',
  ' ',
  '#',
  '[',
  ']',
  '^',
  ':',
  '- ',
  '>',
  '<!--',
  '-->',
  'x',
  '{{< ',
  ' >}}',
  '"',
];

const post = fc
  .array(fc.tuple(fc.constantFrom(...SNIPPETS), fc.constantFrom('\n\n', '\n', '\n\n\n')), { maxLength: 12 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join(''));

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 12 }),
  insert: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.constantFrom(...SNIPPETS).map((s) => `\n\n${s}\n\n`),
  ),
});

describe('incremental preview engine: edits', { timeout: SLOW }, () => {
  it('gives blocks of the same text back the renders of their own places (heading ids) after an edit', () => {
    // Found by the property below: the second heading's render ("setext-1") went to the first.
    const engine = new PreviewEngine({ unsafe: false });
    for (const text of [
      'Setext\n===\n\n',
      'Setext\n===\n\nSetext\n===\n\n',
      'Setext\n===\n\nSetext\n===\n`\n',
    ]) {
      engine.update(text);
      engine.step();
      expect(engine.html()).toBe(render(text).html);
    }
  });

  it('keeps a definition list whole when a term paragraph holds a paired shortcode with a blank line', () => {
    // Found by the property below (CI, seed -1209017287): the scan cut before the paragraph, as the shortcode's
    // blank line hid the `: def` line after it, and the list came out as two.
    const text =
      'Term\n: def\n\nPara with a note[^a] and a [link][x].\n{{< highlight go >}}\nx\n\ny\n{{< /highlight >}}\nTerm\n: def\n\n';
    for (const t of [text, `\n\nPara with a note[^a] and a [link][x].\n\n${text}`]) {
      const engine = new PreviewEngine({ unsafe: false });
      engine.update(t);
      engine.step();
      expect(engine.html()).toBe(render(t).html);
    }
  });

  it('after any sequence of edits, still renders exactly what render gives', () => {
    fc.assert(
      fc.property(
        post,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (start, edits, unsafe) => {
          const engine = new PreviewEngine({ unsafe });
          let text = start;
          engine.update(text);
          engine.step();
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
            engine.update(text);
            engine.step();
            expect(engine.html()).toBe(render(text, { unsafe }).html);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('renders a divider that closes an earlier comment as render does (the comment runs on over the rest)', () => {
    // A counterexample the property below once found: the engine showed the paragraph after the block.
    for (const unsafe of [false, true]) {
      const opts = { unsafe, typographer: false, headingIds: 'github' as const, attributes: false };
      const engine = new PreviewEngine(opts);
      for (const text of [
        '<!--more-->\n\n',
        '<!--<!--more-->\n\n',
        '<!--<!--more-->\n\n`',
        '<!--more-->\n\n`',
      ]) {
        engine.update(text);
        engine.step();
        expect(engine.html()).toBe(render(text, opts).html);
      }
    }
  });

  it('after any sequence of edits under any of the site switches, still renders exactly what render gives', () => {
    const options = fc.record({
      unsafe: fc.boolean(),
      typographer: fc.boolean(),
      headingIds: fc.constantFrom('github' as const, 'github-ascii' as const, 'blackfriday' as const),
      attributes: fc.boolean(),
    });
    fc.assert(
      fc.property(post, fc.array(edit, { minLength: 1, maxLength: 4 }), options, (start, edits, opts) => {
        const engine = new PreviewEngine(opts);
        let text = start;
        engine.update(text);
        engine.step();
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          engine.update(text);
          engine.step();
          expect(engine.html()).toBe(render(text, opts).html);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('re-renders only the block that changed when typing in a long post', () => {
    const text = Array.from({ length: 30 }, (_, i) =>
      SAMPLE_POST.replace(/^---[\s\S]*?---\n/, `\n## Part ${i}\n`),
    )
      .join('\n')
      .replace(/^/, '---\ntitle: Long\n---\n');
    const engine = new PreviewEngine();
    engine.update(text);
    engine.step();
    const first = engine.publish();
    expect(first.added.length).toBeGreaterThan(300);
    const at = text.indexOf('the hallway track', text.length / 2);
    const typed = text.slice(0, at) + 'q' + text.slice(at);
    engine.update(typed);
    engine.step();
    const patch = engine.publish();
    expect(patch.added.length).toBe(1);
    expect(patch.ids?.length).toBe(first.ids?.length);
    expect(engine.html()).toBe(render(typed).html);
  });

  it('renumbers footnotes after the edit point when a new first reference is typed', () => {
    const text = 'Intro.\n\nA[^a].\n\nB[^b].\n\n[^a]: Note a.\n\n[^b]: Note b.\n';
    const engine = new PreviewEngine();
    engine.update(text);
    engine.step();
    const typed = text.replace('Intro.', 'Intro[^b].');
    engine.update(typed);
    engine.step();
    expect(engine.html()).toBe(render(typed).html);
    expect(engine.html()).toContain('<sup id="fnref1:1">');
  });

  it('renders the whole post with render when a block cannot stand alone', () => {
    const text = 'A[^a].\n\n> [^a]: A note inside a quote.\n';
    const engine = new PreviewEngine();
    engine.update(text);
    engine.step();
    expect(engine.wholeReason()).toMatch(/footnote definition inside/);
    expect(engine.html()).toBe(render(text).html);
  });
});

describe('incremental preview engine: view transforms', { timeout: SLOW }, () => {
  const positions: ViewTransforms = (input, offset) =>
    offset === null ? [] : [rehypeSourcePositions({ body: input, bodyStart: offset })];

  it('gives block-relative source positions that, moved by each block start, are the whole post positions', () => {
    const text = `---\ntitle: Positions\n---\n\n${SAMPLE_POST.replace(/^---[\s\S]*?---\n/, '')}`;
    const engine = new PreviewEngine({}, positions);
    engine.update(text);
    engine.step();
    const patch = engine.publish();
    const html = new Map(patch.added);
    const joined = (patch.ids ?? [])
      .map((id, i) => {
        const start = patch.starts?.[i] ?? 0;
        const block = html.get(id) ?? '';
        return start < 0
          ? block
          : block.replace(
              /data-source-(start|end)="(\d+)"/g,
              (_m, k: string, v: string) => `data-source-${k}="${Number(v) + start}"`,
            );
      })
      .join('\n');
    // The footnotes section has no positions in the preview (its source is a stand-in); drop them from the whole.
    const whole = renderWhole(text, {}, (input, offset) =>
      offset === null ? [] : [rehypeSourcePositions({ body: input, bodyStart: text.indexOf(input) })],
    );
    const cut = whole.indexOf('<div class="footnotes"');
    const expected = whole.slice(0, cut) + whole.slice(cut).replace(/ data-source-(?:start|end)="\d+"/g, '');
    expect(joined).toBe(expected);
    expect(joined).toContain('data-source-start=');
  });
});
