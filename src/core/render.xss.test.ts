import { describe, expect, it } from 'vitest';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { render } from './render';
import { auditTree, type AuditNode } from '../../tests/support/xss-audit';
import { countByCategory, loadCorpus, parseCorpusFile, withMarker } from '../../tests/support/xss-corpus';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/1999/xhtml': 'html',
  'http://www.w3.org/2000/svg': 'svg',
  'http://www.w3.org/1998/Math/MathML': 'math',
};

/** parse5's tree as the audit's nodes (template contents included). */
function toAudit(nodes: P5Node[]): AuditNode[] {
  const out: AuditNode[] = [];
  for (const node of nodes) {
    if (!('tagName' in node)) continue;
    const el = node as P5Element;
    const children = [...el.childNodes];
    if (el.tagName === 'template' && 'content' in el)
      children.push(...(el as DefaultTreeAdapterMap['template']).content.childNodes);
    out.push({
      tag: el.tagName.toLowerCase(),
      ns: NAMESPACES[el.namespaceURI] ?? el.namespaceURI,
      attrs: el.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]),
      children: toAudit(children),
    });
  }
  return out;
}

/** What a browser would build from `html` placed in a div, audited. */
function auditHtml(html: string): string[] {
  return auditTree(toAudit(parseFragment(html).childNodes));
}

const corpus = loadCorpus();

describe('the XSS corpus', () => {
  it('has at least 150 distinct vectors across the issue categories', () => {
    expect(new Set(corpus.map((v) => v.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((v) => v.text)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(countByCategory(corpus)).sort()).toEqual([
      'attribute-breaking',
      'autolinks',
      'classic-tags',
      'encodings',
      'front-matter',
      'hugo-syntax',
      'markdown-urls',
      'mutation',
      'reference-definitions',
      'styles',
      'svg-mathml',
      'tables-footnotes',
    ]);
  });

  it('parses sections, drops comments before the first header and trailing blank lines', () => {
    const parsed = parseCorpusFile(
      'x',
      'comment\n=== a | first\nline 1\n\nline 2\n\n\n=== b | second\n<p>\n',
    );
    expect(parsed).toEqual([
      { id: 'a', category: 'x', what: 'first', text: 'line 1\n\nline 2\n' },
      { id: 'b', category: 'x', what: 'second', text: '<p>\n' },
    ]);
  });
});

describe('the audit', () => {
  // Proves the audit can fail: each of these must be reported.
  it.each([
    '<script>x()</script>',
    '<img src="data:,x" onerror="x()">',
    '<a href=" java\tscript:x()">a</a>',
    '<a href="data:image/png;base64,AAAA">a</a>',
    '<p style="background:url(https://evil.example/)">p</p>',
    '<iframe src="https://evil.example/"></iframe>',
    '<svg><a xlink:href="javascript:x()">a</a></svg>',
    '<img name="getElementById" src="data:image/png;base64,AAAA">',
    '<template><img src="data:,x" onerror="x()"></template>',
    '<form action="https://evil.example/"></form>',
  ])('reports %s', (html) => {
    expect(auditHtml(html)).not.toEqual([]);
  });

  it.each([
    '<p><a href="https://example.com/">a</a> <img src="data:image/png;base64,AAAA" alt=""></p>',
    '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>',
    '<ul><li><input type="checkbox" disabled checked> done</li></ul>',
    '<td style="text-align:right">1</td>',
  ])('accepts %s', (html) => {
    expect(auditHtml(html)).toEqual([]);
  });
});

// Every vector, both raw HTML modes, through the same pipeline the preview uses; the HTML is then parsed the
// way a browser would (a second parse: mutation XSS shows here) and audited. The marker paragraph is what the
// browser spec adds too (and keeps a vector starting with `{{<` from reading as JSON front matter).
describe.each([false, true])('render() with unsafe = %s', (unsafe) => {
  it.each(corpus.map((v) => [v.id, v] as const))('%s leaves nothing that runs or fetches', (_id, vector) => {
    const result = render(withMarker(vector.text, 'pwmark'), { unsafe });
    expect(auditHtml(result.html)).toEqual([]);
    expect(auditHtml(result.summary)).toEqual([]);
    expect(auditHtml(result.toc)).toEqual([]);
  });
});
