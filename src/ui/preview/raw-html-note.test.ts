import { describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { getMarkdownPlugins } from '../../core/markdown/create-processor';
import { RAW_HTML_NOTE_TEXT, withRawHtmlNote } from './raw-html-note';

/** The preview's pipeline (react-markdown runs these same plugin lists), to HTML. */
function preview(markdown: string, unsafe: boolean): string {
  const plugins = withRawHtmlNote(getMarkdownPlugins({ unsafe }), unsafe);
  return String(
    unified()
      .use(remarkParse)
      .use(plugins.remarkPlugins)
      .use(remarkRehype, plugins.remarkRehypeOptions)
      .use(plugins.rehypePlugins)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

describe('raw HTML note', () => {
  it('shows a block note where an HTML block was omitted, and nothing of the HTML', () => {
    const html = preview('Before.\n\n<div class="box" onclick="x()">inside</div>\n\nAfter.\n', false);
    expect(html).toContain(`<div class="raw-html-note" role="note" title="Hugo leaves raw HTML out`);
    expect(html).toContain(`>${RAW_HTML_NOTE_TEXT}</div>`);
    expect(html).not.toContain('inside');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('<!--');
  });

  it('shows an inline note for each inline tag inside a paragraph', () => {
    const html = preview('Text with <kbd>Ctrl</kbd> keys.\n', false);
    const notes = html.match(/<span class="raw-html-note raw-html-note--inline" role="note"/g) ?? [];
    expect(notes).toHaveLength(2);
    expect(html).toMatch(/^<p>Text with <span/);
    expect(html).toContain('Ctrl');
  });

  it('adds nothing when raw HTML is rendered (unsafe on) or when there is none', () => {
    expect(preview('Text with <kbd>Ctrl</kbd>.\n', true)).not.toContain('raw-html-note');
    expect(preview('Plain *Markdown* only.\n', false)).not.toContain('raw-html-note');
  });
});
