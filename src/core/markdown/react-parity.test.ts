/**
 * The UI preview renders the body with react-markdown and these same plugin lists; this checks that it gives
 * the HTML `render` gives, for every fixture. Only what React itself changes is normalised: comments (React
 * renders none), whitespace-only text inside table parts (hast-util-to-jsx-runtime drops it, as React demands),
 * how a `style` attribute is spelled (React re-serialises it from an object), an empty `src` (React leaves it
 * out), and the `<link rel="preload">` React 19's server renderer adds for images.
 *
 * This test is the one place in core that loads React: it checks core's contract with the UI.
 */
import type { Element, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
// eslint-disable-next-line no-restricted-imports -- test only: checks the pipeline against react-markdown
import { createElement } from 'react';
// eslint-disable-next-line no-restricted-imports -- test only: server rendering to compare HTML
import { renderToStaticMarkup } from 'react-dom/server';
// eslint-disable-next-line no-restricted-imports -- test only: the UI's renderer
import Markdown from 'react-markdown';
import { describe, expect, it } from 'vitest';
import { getMarkdownPlugins, postBody, render, urlTransform } from '../render';
import { FIXTURE_CASES, readFixture } from './fixture-cases';

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

function parse(html: string): Root {
  return raw({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;
}

function normaliseStyle(style: string): string {
  return style
    .split(';')
    .map((d) => d.trim().replace(/\s*:\s*/, ':'))
    .filter(Boolean)
    .join(';');
}

/** Normalised children: comments gone, neighbouring text merged (React merges it once comments are gone). */
function children(nodes: RootContent[], parentTag: string): unknown[] {
  const out: unknown[] = [];
  for (const node of nodes) {
    const value = normalise(node as Nodes, parentTag);
    if (value === null) continue;
    const last = out.length - 1;
    if (typeof value === 'string' && typeof out[last] === 'string')
      out[last] = `${out[last] as string}${value}`;
    else out.push(value);
  }
  return out;
}

function normalise(node: Nodes, parentTag = ''): unknown {
  if (node.type === 'root') return children(node.children, '');
  if (node.type === 'comment' || node.type === 'doctype') return null;
  if (node.type === 'text') return TABLE_PARTS.has(parentTag) && node.value.trim() === '' ? null : node.value;
  if (node.type !== 'element') return null;
  const element = node as Element;
  // React 19's server renderer adds <link rel="preload"> for images; the preview does not render HTML twice.
  if (element.tagName === 'link' && String(element.properties.rel) === 'preload') return null;
  const props: Record<string, unknown> = {};
  for (const key of Object.keys(element.properties).sort()) {
    const value = element.properties[key];
    // React drops an empty `src` (goldmark's blanked dangerous image URL) rather than render it.
    if (key === 'src' && value === '') continue;
    props[key] = key === 'style' && typeof value === 'string' ? normaliseStyle(value) : value;
  }
  return { tag: element.tagName, props, children: children(element.children, element.tagName) };
}

describe('react-markdown with getMarkdownPlugins matches render', () => {
  it.each(FIXTURE_CASES)('%s', (name) => {
    const { input, options } = readFixture(name);
    const expected = render(input, options);
    // The UI passes the page's front matter (for the `param` shortcode) and only the body.
    const plugins = getMarkdownPlugins({ ...options, params: expected.frontMatter });
    const body = postBody(input);
    const html = renderToStaticMarkup(createElement(Markdown, { ...plugins, urlTransform }, body));
    expect(normalise(parse(html))).toEqual(normalise(parse(expected.html)));
  });
});
