import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { getMarkdownPlugins } from '../markdown/create-processor';
import { render } from '../render';
import { createOffsetMap } from './offset-map';
import { buildAnchors, mapScroll } from './scroll-map';
import { rehypeSourcePositions } from './source-positions';

function previewTree(text: string, bodyStart: number, body: string): Root {
  const plugins = getMarkdownPlugins({});
  const processor = unified()
    .use(remarkParse)
    .use(plugins.remarkPlugins)
    .use(remarkRehype, plugins.remarkRehypeOptions)
    .use(plugins.rehypePlugins)
    .use(rehypeSourcePositions, { body, bodyStart });
  return processor.runSync(processor.parse(body)) as Root;
}

function blocks(tree: Root): { tag: string; start: number }[] {
  const out: { tag: string; start: number }[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties.dataSourceStart !== undefined) {
        out.push({ tag: child.tagName, start: Number(child.properties.dataSourceStart) });
      }
      walk(child);
    }
  };
  walk(tree);
  return out;
}

describe('preview source positions', () => {
  it('marks blocks with their start in the whole post', () => {
    const head = '---\ntitle: t\n---\n';
    const body = 'Intro text.\n\n## Part\n\n- one\n- two\n';
    const text = head + body;
    const found = blocks(previewTree(text, head.length, body));
    const at = (tag: string) => found.find((b) => b.tag === tag)!.start;
    expect(text.slice(at('p'))).toMatch(/^Intro text\./);
    expect(text.slice(at('h2'))).toMatch(/^## Part/);
    expect(text.slice(at('li'))).toMatch(/^- one/);
  });

  it('maps positions after shortcodes and the summary divider back to the written text', () => {
    const body =
      '{{< figure src="a.png" caption="A long caption here" >}}\n\nFirst.\n\n<!--more-->\n\n## After the break\n';
    const found = blocks(previewTree(body, 0, body));
    const h2 = found.find((b) => b.tag === 'h2')!;
    expect(body.slice(h2.start)).toMatch(/^## After the break/);
    const p = found.filter((b) => b.tag === 'p').map((b) => body.slice(b.start, b.start + 6));
    expect(p).toContain('First.');
  });

  it('never changes what render() gives (the plugin is for the preview only)', () => {
    const text = '## A\n\nSome *text*.\n';
    expect(render(text).html).not.toContain('data-source');
    expect(toHtml(previewTree(text, 0, text))).toContain('data-source-start="0"');
  });
});

describe('offset map', () => {
  it('is the identity without shortcodes or divider', () => {
    const map = createOffsetMap('plain text');
    expect(map(5)).toBe(5);
  });

  it('maps inside a placeholder to the call start, and after it exactly', () => {
    const body = 'ab{{< x >}}cd';
    const map = createOffsetMap(body);
    // "ab" + "PWSHORTCODE0X" + "cd"
    expect(map(0)).toBe(0);
    expect(map(5)).toBe(2);
    expect(map(2 + 'PWSHORTCODE0X'.length + 1)).toBe(body.indexOf('d'));
  });
});

describe('scroll map', () => {
  const anchors = buildAnchors(
    [
      { a: 100, b: 300 },
      { a: 200, b: 350 },
      { a: 150, b: 100 },
    ],
    1000,
    2000,
  );

  it('keeps the map monotonic, adding the ends', () => {
    expect(anchors).toEqual([
      { a: 0, b: 0 },
      { a: 100, b: 300 },
      { a: 200, b: 350 },
      { a: 1000, b: 2000 },
    ]);
  });

  it('interpolates both ways and round-trips', () => {
    expect(mapScroll(anchors, 50, 'a')).toBe(150);
    expect(mapScroll(anchors, 150, 'a')).toBe(325);
    expect(mapScroll(anchors, 325, 'b')).toBe(150);
    expect(mapScroll(anchors, 5000, 'a')).toBe(2000);
    for (const v of [0, 33, 120, 640, 999])
      expect(mapScroll(anchors, mapScroll(anchors, v, 'a'), 'b')).toBeCloseTo(v);
  });
});
