/**
 * Test-only: fast-check arbitraries for hostile documents (random code units with lone surrogates, Markdown
 * and HTML token soup, broken front matter of every notation, mutations of ordinary posts) and a few giant
 * ones built on purpose (10 000 list items, deep nesting, unclosed fences, wide tables). Shared by the
 * property tests of `render`, the front matter reader and the form model.
 */
import fc from 'fast-check';

/** The seed every property test uses unless FC_SEED is set; fast-check prints it with any counterexample. */
export const FUZZ_SEED = Number(process.env.FC_SEED ?? 20_261_124);

/** fast-check parameters for a property: the fixed seed, `numRuns`, and no time-based interruption. */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  return { seed: FUZZ_SEED, numRuns, endOnFailure: false };
}

/** Pieces of Markdown, HTML and Hugo syntax that parsers treat specially. */
const TOKENS = [
  '#',
  '## ',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '`',
  '```',
  '~~~',
  '    ',
  '\t',
  '>',
  '> ',
  '- ',
  '+ ',
  '1. ',
  '- [ ] ',
  '[',
  ']',
  '(',
  ')',
  '[^1]',
  '[^1]: ',
  '[x]: ',
  '!',
  '![',
  '|',
  '|---|',
  ':---:',
  '\\',
  '&',
  '&amp;',
  '&#',
  '&#x',
  ';',
  '<',
  '>',
  '</',
  '/>',
  '<div>',
  '</div>',
  '<script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  '<!--more-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '{',
  '}',
  '{#id}',
  '{.c}',
  '{{<',
  '>}}',
  '{{%',
  '%}}',
  '{{< figure src="a" >}}',
  '{{< /x >}}',
  '"',
  "'",
  ':',
  'javascript:',
  'http://',
  'https://a.b/',
  'www.',
  '@',
  'a',
  'word',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '---',
  '+++',
  '===',
  '\u0000',
  '\uFEFF',
  '\u00A0',
  '\u200B',
  '\u202E',
  '\uD800',
  '\uDFFF',
  '\uD83D\uDE00',
  'é',
  '中文',
] as const;

/** A string of Markdown-ish tokens, up to `maxTokens` long. */
export function tokenSoup(maxTokens = 120): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...TOKENS), { maxLength: maxTokens }).map((parts) => parts.join(''));
}

/** Any UTF-16 code units, lone surrogates and controls included. */
export function randomUnits(maxLength = 400): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength })
    .map((units) => String.fromCharCode(...units));
}

/** A front matter block of each notation with random (usually broken) contents, then a body. */
export function frontMatterDocument(): fc.Arbitrary<string> {
  const inner = fc.oneof(tokenSoup(40), randomUnits(80), yamlish(), tomlish(), jsonish());
  return fc
    .tuple(fc.constantFrom('yaml', 'toml', 'json', 'yaml-unclosed', 'toml-crlf'), inner, tokenSoup(30))
    .map(([kind, head, body]) => {
      switch (kind) {
        case 'yaml':
          return `---\n${head}\n---\n${body}`;
        case 'yaml-unclosed':
          return `---\n${head}\n${body}`;
        case 'toml':
          return `+++\n${head}\n+++\n${body}`;
        case 'toml-crlf':
          return `+++\r\n${head.replace(/\n/g, '\r\n')}\r\n+++\r\n${body}`;
        default:
          return `{${head}}\n${body}`;
      }
    });
}

function yamlish(): fc.Arbitrary<string> {
  const line = fc.oneof(
    fc.tuple(
      fc.constantFrom('title', 'tags', 'draft', 'date', 'a', '? x', '- ', '&a x', '*a', '<<'),
      tokenSoup(8),
    ),
    fc.tuple(fc.constantFrom('  ', '    ', '\t'), tokenSoup(6)),
  );
  return fc.array(line, { maxLength: 12 }).map((lines) => lines.map(([k, v]) => `${k}: ${v}`).join('\n'));
}

function tomlish(): fc.Arbitrary<string> {
  const line = fc.tuple(
    fc.constantFrom(
      'title = ',
      'tags = [',
      '[params]',
      '[[x]]',
      'a.b = ',
      '"q" = ',
      'date = 2024-01-01T',
      '',
    ),
    tokenSoup(8),
  );
  return fc.array(line, { maxLength: 12 }).map((lines) => lines.map(([k, v]) => k + v).join('\n'));
}

function jsonish(): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        tokenSoup(4),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          tokenSoup(5),
        ),
      ),
      {
        maxLength: 8,
      },
    )
    .map((pairs) => pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', '));
}

/** An ordinary post of our own, to mutate. */
export const PLAIN_POST = `---
title: "Repairing a bicycle wheel"
date: 2024-05-02T08:30:00+02:00
tags: ["bikes", "repair"]
draft: true
---

## Truing the rim

Spin the wheel and watch the **brake pads**. Tighten the spoke *opposite* the wobble, a quarter turn at a time.

1. Loosen on the near side.
2. Tighten on the far side.

| Tool | Why |
| --- | ---: |
| Spoke key | turning nipples |

> Patience beats force.[^1]

\`\`\`sh
echo "done"
\`\`\`

[^1]: Learned the hard way.
`;

/** `PLAIN_POST` (or a soup) with random insertions, deletions and duplications. */
export function mutatedPost(): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.constantFrom('insert', 'delete', 'duplicate'),
    fc.nat(),
    fc.nat({ max: 60 }),
    fc.oneof(tokenSoup(6), randomUnits(6)),
  );
  return fc
    .tuple(fc.constantFrom(PLAIN_POST, PLAIN_POST.replace(/\n/g, '\r\n')), fc.array(edit, { maxLength: 12 }))
    .map(([start, edits]) => {
      let text = start;
      for (const [kind, at, length, piece] of edits) {
        const pos = text.length === 0 ? 0 : at % text.length;
        if (kind === 'insert') text = text.slice(0, pos) + piece + text.slice(pos);
        else if (kind === 'delete') text = text.slice(0, pos) + text.slice(pos + length);
        else text = text.slice(0, pos + length) + text.slice(pos, pos + length) + text.slice(pos + length);
      }
      return text;
    });
}

/** Every kind of hostile document, mixed. */
export function hostileDocument(): fc.Arbitrary<string> {
  return fc.oneof(tokenSoup(), randomUnits(), frontMatterDocument(), mutatedPost());
}

/** Giant or deeply nested documents, each built to stress one parser path, as `[name, text]`. */
export function giantDocuments(scale = 1): Array<[string, string]> {
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const row = `| ${Array.from({ length: 40 }, (_, i) => `c${i}`).join(' | ')} |\n`;
  return [
    ['10 000 list items', Array.from({ length: n(10_000) }, (_, i) => `- item ${i}\n`).join('')],
    ['nested list 300 deep', Array.from({ length: n(300) }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')],
    ['blockquotes 2000 deep', `${'>'.repeat(n(2000))} deep\n`],
    ['brackets 5000 deep', `${'['.repeat(n(5000))}x${']'.repeat(n(5000))}\n`],
    ['parentheses in a link destination', `[a](${'('.repeat(n(5000))}\n`],
    ['emphasis delimiters', `${'*a **a _a __a '.repeat(n(2000))}\n`],
    ['backtick runs', `${'`'.repeat(n(3000))} x ${'``'.repeat(n(1500))}\n`],
    ['unclosed fences', '```\n'.repeat(n(3000))],
    ['giant table', `${row}|${'---|'.repeat(40)}\n${row.repeat(n(500))}`],
    ['table delimiter without rows', `${'| a '.repeat(n(3000))}|\n${'|---'.repeat(n(3000))}|\n`],
    ['HTML tags never closed', '<div><span><a href="x">'.repeat(n(2000))],
    ['lone less-than signs', '<'.repeat(n(20_000))],
    ['ampersands', '&#'.repeat(n(10_000))],
    ['heading with many braces', `## title ${'{'.repeat(n(5000))}}\n`],
    ['heading attribute soup', `## t {${'.c #i k=v '.repeat(n(2000))}}\n`],
    [
      'reference definitions',
      Array.from({ length: n(3000) }, (_, i) => `[r${i}]: https://e.x/${i}\n`).join(''),
    ],
    ['footnotes', Array.from({ length: n(2000) }, (_, i) => `t[^${i}]\n\n[^${i}]: n\n`).join('')],
    ['shortcode openers', '{{< '.repeat(n(5000))],
    ['autolink candidates', 'www.a.b/'.repeat(n(5000))],
    ['lone surrogates', '\uD800a\uDC00'.repeat(n(5000))],
    [
      'YAML alias bomb',
      `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nbody\n`,
    ],
    // Deeper YAML nesting can crash V8 itself in Node (see YAML_CRASH in the property test), so 300 here.
    ['YAML nesting 300 deep', `---\nx: ${'['.repeat(n(300))}\n---\n`],
    ['TOML nesting 5000 deep', `+++\nx = ${'['.repeat(n(5000))}\n+++\n`],
    ['JSON nesting 5000 deep', `{"x": ${'['.repeat(n(5000))}${']'.repeat(n(5000))}}\n`],
  ];
}
