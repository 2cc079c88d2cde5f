/**
 * Pure: a code block as Hugo 0.111 writes it. A fence in a language Chroma knows:
 * `<div class="highlight"><pre tabindex="0" style="…"><code class="language-go" data-lang="go">`; a fence in a
 * language it does not know: `<pre tabindex="0"><code class="language-x" data-lang="x">`; a fence without a
 * language: `<pre tabindex="0"><code>`; an indented block: goldmark's plain `<pre><code>`. Attributes after
 * the language (`{file="x" linenos=table}`) go on the wrapper, except Hugo's highlighting options.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { parseAttributes } from '../plugins/heading-attributes';
import { chromaKnows } from './chroma-languages';
import { highlightToHast } from './highlighter';

/** Chroma's inline style for `<pre>` in Hugo's default (monokai) style. */
export const PRE_STYLE = 'color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;';

const HIGHLIGHT_OPTIONS = new Set([
  'linenos',
  'hl_lines',
  'linenostart',
  'anchorlinenos',
  'lineanchors',
  'lineNos',
  'lineNoStart',
  'hl_inline',
  'style',
  'noclasses',
  'tabwidth',
  'guesssyntax',
  'linenumbersintable',
]);

/** What a fence's info string says: its language and its attributes / options. */
export interface FenceInfo {
  lang: string | null;
  attributes: Record<string, string>;
  options: Record<string, string>;
}

/** Read `lang` and `meta` (the rest of the info string) the way Hugo does. */
export function readFenceInfo(lang: string | null | undefined, meta: string | null | undefined): FenceInfo {
  const info: FenceInfo = { lang: null, attributes: {}, options: {} };
  let rest = meta ?? '';
  let name = lang ?? '';
  if (name.startsWith('{')) {
    rest = `${name} ${rest}`;
    name = '';
  }
  info.lang = name || null;
  const braces = /\{[^}]*\}/.exec(rest);
  const list = braces ? parseAttributes(braces[0]) : null;
  const opts = !braces && rest.trim() ? parseOptionString(rest.trim()) : {};
  if (list) {
    for (const [key, value] of Object.entries(list.other)) {
      if (HIGHLIGHT_OPTIONS.has(key) || HIGHLIGHT_OPTIONS.has(key.toLowerCase())) info.options[key] = value;
      else info.attributes[key] = value;
    }
    if (list.id) info.attributes.id = list.id;
    if (list.classes.length) info.attributes.class = list.classes.join(' ');
  }
  Object.assign(info.options, opts);
  return info;
}

/** Hugo's option string `linenos=table,hl_lines=2 3` (the highlight shortcode's second argument). */
export function parseOptionString(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/,(?=[A-Za-z_]+=)/)) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** Build the hast for one code block. `indented` marks a four-space indented block (no fence). */
export function codeBlockToHast(
  value: string,
  lang: string | null | undefined,
  meta: string | null | undefined,
  indented: boolean,
): Element {
  // Hugo's highlighter drops a fenced block's trailing blank lines.
  const trimmed = indented ? value : value.replace(/\n+$/, '');
  const code = trimmed.length > 0 ? `${trimmed}\n` : '';
  if (indented) {
    return { type: 'element', tagName: 'pre', properties: {}, children: [codeEl({}, [text(code)])] };
  }
  const info = readFenceInfo(lang, meta);
  if (!info.lang) {
    return {
      type: 'element',
      tagName: 'pre',
      properties: { tabIndex: 0 },
      children: [codeEl({}, [text(code)])],
    };
  }
  const codeProps: Properties = { className: [`language-${info.lang}`], dataLang: info.lang };
  if (!chromaKnows(info.lang)) {
    return {
      type: 'element',
      tagName: 'pre',
      properties: { tabIndex: 0 },
      children: [codeEl(codeProps, [text(code)])],
    };
  }
  if ((info.options.linenos ?? info.options.lineNos ?? '').toLowerCase() === 'table') {
    return lineNumberTable(code, info, codeProps);
  }
  const tokens = chromaLines(highlightToHast(code, info.lang) ?? [text(code)]);
  const pre: Element = {
    type: 'element',
    tagName: 'pre',
    properties: { tabIndex: 0, style: PRE_STYLE },
    children: [codeEl(codeProps, tokens)],
  };
  const wrapperProps: Properties = { className: ['highlight'] };
  for (const [key, v] of Object.entries(info.attributes)) {
    if (key === 'class') (wrapperProps.className as string[]).push(...v.split(/\s+/));
    else wrapperProps[key] = v;
  }
  return { type: 'element', tagName: 'div', properties: wrapperProps, children: [pre] };
}

const CELL = 'vertical-align:top;padding:0;margin:0;border:0;';

/** Chroma's `linenos=table` layout: a table with the line numbers in one cell and the code in the other. */
function lineNumberTable(code: string, info: FenceInfo, codeProps: Properties): Element {
  const body = code.replace(/\n$/, '');
  const count = body === '' ? 0 : body.split('\n').length;
  const first = Number.parseInt(info.options.linenostart ?? info.options.lineNoStart ?? '1', 10) || 1;
  const width = String(first + count - 1).length;
  let numbers = '';
  for (let n = first; n < first + count; n++) numbers += `${String(n).padStart(width, ' ')}\n`;
  const pre = (children: ElementContent[], props: Properties = {}): Element => ({
    type: 'element',
    tagName: 'pre',
    properties: { tabIndex: 0, style: `${PRE_STYLE}display:grid;` },
    children: [codeEl(props, children)],
  });
  const td = (style: string, child: Element): Element => ({
    type: 'element',
    tagName: 'td',
    properties: { style },
    children: [child],
  });
  const table: Element = {
    type: 'element',
    tagName: 'table',
    properties: { style: 'border-spacing:0;padding:0;margin:0;border:0;' },
    children: [
      {
        type: 'element',
        tagName: 'tr',
        properties: {},
        children: [
          td(CELL, pre([text(numbers)])),
          td(
            `${CELL};width:100%`,
            pre(chromaLines(highlightToHast(body, info.lang ?? '') ?? [text(body)]), codeProps),
          ),
        ],
      },
    ],
  };
  const grid: Element = {
    type: 'element',
    tagName: 'div',
    properties: { style: `${PRE_STYLE}display:grid;` },
    children: [table],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['highlight'] }, children: [grid] };
}

/**
 * Chroma's line markup: each line in `<span style="display:flex;"><span>…\n</span></span>`. Besides looking
 * the same, it means highlighted HTML never holds a blank line (which matters when a template's output is
 * read as Markdown again, as in a shortcode's inner content).
 */
function chromaLines(tokens: ElementContent[]): ElementContent[] {
  const lines: ElementContent[][] = [[]];
  for (const token of tokens) {
    if (token.type === 'text' && token.value.includes('\n')) {
      const parts = token.value.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) {
          lines[lines.length - 1]?.push(text('\n'));
          lines.push([]);
        }
        if (part) lines[lines.length - 1]?.push(text(part));
      });
    } else if (token.type !== 'text' || token.value !== '') lines[lines.length - 1]?.push(token);
  }
  if (lines[lines.length - 1]?.length === 0) lines.pop();
  return lines.map((line) => ({
    type: 'element',
    tagName: 'span',
    properties: { style: 'display:flex;' },
    children: [{ type: 'element', tagName: 'span', properties: {}, children: line }],
  }));
}

function codeEl(properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'code', properties, children };
}
