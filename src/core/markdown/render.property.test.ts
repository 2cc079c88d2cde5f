/**
 * Property tests: render never throws, never lets active content through, and its time grows in proportion
 * to the input, on random Markdown-ish text and on known-nasty shapes (10 000 list items, unclosed fences,
 * deep nesting, lone surrogates, unclosed shortcodes).
 */
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { render } from '../render';

/**
 * Attributes whose value a browser follows as a URL (hast property names). A `javascript:` elsewhere is text:
 * a fence's language `javascript:` shows as `data-lang="javascript:"`, as Hugo writes it.
 */
const URL_ATTRIBUTES =
  /^(href|src|srcSet|action|formAction|xLinkHref|poster|data|background|cite|ping|codeBase|longDesc|manifest|lowsrc|dynsrc)$/;

/** Elements or attributes in `html` (parsed as a browser would) that could run or load something. */
function activeContent(html: string): string[] {
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;
  const found: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (/^(script|iframe|object|embed|form|base|meta|style|link)$/.test(node.tagName))
      found.push(node.tagName);
    for (const [key, value] of Object.entries(node.properties)) {
      if (/^on/i.test(key)) found.push(key);
      if (URL_ATTRIBUTES.test(key) && typeof value === 'string' && /^\s*(javascript|vbscript):/i.test(value))
        found.push(`${key}=${value}`);
    }
  });
  return found;
}

const PIECES = [
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\t',
  '#',
  '## ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '```',
  '~~~',
  '    ',
  '|',
  '---',
  '===',
  '*',
  '_',
  '**',
  '~~',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '"',
  "'",
  '--',
  '...',
  '<<',
  '>>',
  '\\',
  '&',
  '&amp;',
  '&#x0;',
  '{#id}',
  '{.c}',
  '[^1]',
  '[^1]: n',
  ': ',
  'http://a.b/c',
  'www.x.org',
  'a@b.co',
  '{{<',
  '>}}',
  '{{%',
  '%}}',
  '{{< x >}}',
  '{{< /x >}}',
  '{{% y %}}',
  '<!--more-->',
  '<div>',
  '</div>',
  '<script>',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  '\ud800',
  '\udc00',
  '\u0000',
  '日本',
  'word',
  'é',
  '+++',
  '{',
  '}',
];

const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((parts) => parts.join(''));

/** Milliseconds `fn` took, best of three runs (the least disturbed by other work on the machine). */
function bestTime(source: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    render(source);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('render on any input', () => {
  it('finds a javascript: URL where a browser would follow it, and leaves a fence language that names it', () => {
    expect(activeContent('<a href=" javascript:alert(1)">x</a><img srcset="javascript:x">')).toEqual([
      'href= javascript:alert(1)',
      'srcSet=javascript:x',
    ]);
    // Found by the property below (it flagged this): Hugo writes the fence's language as it is given.
    const fenced = render('~~~javascript:\nx\n~~~\n').html;
    expect(fenced).toContain('data-lang="javascript:"');
    expect(activeContent(fenced)).toEqual([]);
  });

  it('never throws, returns strings and numbers, and lets nothing active through', () => {
    fc.assert(
      fc.property(
        fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 300 })),
        fc.boolean(),
        (source, unsafe) => {
          const result = render(source, { unsafe });
          expect(typeof result.html).toBe('string');
          expect(Number.isFinite(result.wordCount)).toBe(true);
          expect(activeContent(result.html)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  const nasty: Record<string, (n: number) => string> = {
    'list items': (n) => Array.from({ length: n }, (_, i) => `- item ${i} "q" it's -- x`).join('\n'),
    'unclosed fences': (n) => '```js\nx\n'.repeat(n),
    'nested quotes': (n) => '>'.repeat(n) + ' x',
    'nested lists': (n) => '- '.repeat(n) + 'x',
    'open brackets': (n) => '['.repeat(n) + 'x',
    'lone surrogates': (n) => '\ud800"\udc00\'x '.repeat(n),
    'unclosed shortcodes': (n) => '{{< a >}}{{% b %}}{{< '.repeat(n),
    'shortcode with long arguments': (n) => `{{< a ${' '.repeat(n * 10)}`,
    'quotes on one line': (n) => `"'`.repeat(n),
    urls: (n) => 'see http://a.example/x_(y) and www.b.example, '.repeat(n),
  };

  it.each(Object.keys(nasty))(
    '%s: never throws, time roughly linear',
    (name) => {
      const make = nasty[name]!;
      bestTime(make(50));
      const small = bestTime(make(500));
      const large = bestTime(make(4000));
      // Eight times the input: linear is 8x, quadratic 64x. Allow for noise, GC and a busy machine.
      expect(large).toBeLessThan(Math.max(small, 10) * 24);
    },
    120_000,
  );
});
