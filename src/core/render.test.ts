import { describe, expect, it } from 'vitest';
import { codeLanguagesIn, getMarkdownPlugins, loadCodeLanguages, render, urlTransform } from './render';

const post = (front: string, body: string) => `---\n${front}\n---\n${body}`;

describe('render: page values', () => {
  it('returns the body only, with the front matter as data', () => {
    const result = render(post('title: "Tea"\ntags: [a, b]', 'Hello.'));
    expect(result.html).toBe('<p>Hello.</p>');
    expect(result.frontMatter).toEqual({ title: 'Tea', tags: ['a', 'b'] });
    expect(result.frontMatterError).toBeUndefined();
  });

  it('reports unreadable front matter and still renders the body', () => {
    const result = render(post('title: [unclosed', 'Body.'));
    expect(result.frontMatterError).toMatch(/line \d+/);
    expect(result.html).toBe('<p>Body.</p>');
  });

  it('takes the summary before <!--more--> and removes the divider', () => {
    const result = render('First part.\n\n<!--more-->\n\nSecond part.');
    expect(result.summary).toBe('<p>First part.</p>');
    expect(result.truncated).toBe(true);
    expect(result.html).not.toContain('more');
  });

  it('makes an automatic plain-text summary, counts words and reading time', () => {
    const body = Array.from({ length: 300 }, (_, i) => `w${i}${i % 10 === 9 ? '.' : ''}`).join(' ');
    const result = render(body);
    expect(result.wordCount).toBe(300);
    expect(result.readingTime).toBe(2);
    expect(result.truncated).toBe(true);
    // 70 words, then on to the end of that sentence.
    expect(result.summary.endsWith('w79.')).toBe(true);
    expect(result.summary).not.toContain('<');
  });

  it('counts CJK characters when the page says isCJKLanguage', () => {
    expect(render(post('isCJKLanguage: true', '日本語です')).wordCount).toBe(5);
    expect(render('日本語です').wordCount).toBe(1);
  });

  it("builds Hugo's table of contents from h2 and h3", () => {
    const { toc } = render('## One\n\n### Two `code`\n\n#### Three');
    expect(toc.replace(/\s+/g, '')).toBe(
      '<navid="TableOfContents"><ul><li><ahref="#one">One</a><ul><li><ahref="#two-code">Two<code>code</code></a></li></ul></li></ul></nav>',
    );
  });

  it('counts omitted raw HTML, and none when unsafe', () => {
    const body = '<div>x</div>\n\nA <b>bold</b> word.';
    expect(render(body).rawHtmlOmitted).toBe(3);
    expect(render(body, { unsafe: true }).rawHtmlOmitted).toBe(0);
  });

  it('caps nesting at 64 containers a line, so very deep quotes stay fast', () => {
    const result = render(`${'>'.repeat(20000)} <b>x</b>`);
    expect(result.renderError).toBeUndefined();
    expect(result.html.match(/<blockquote>/g)).toHaveLength(64);
    expect(result.html).not.toContain('<b>');
  });
});

describe('render: nothing from a post can run', () => {
  const nasty = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '[x](javascript:alert(1)) ![y](vbscript:msgbox)',
    '<iframe src="https://evil.example/"></iframe>',
    '<object data="x"></object><embed src="y"><base href="https://evil.example/"><meta http-equiv="refresh" content="0">',
    '<form action="https://evil.example/"><button>go</button></form>',
    '<div style="background:url(https://evil.example/track.png)">x</div>',
    '<svg><script>alert(1)</script></svg><math><mi xlink:href="javascript:x">m</mi></math>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>',
  ].join('\n\n');

  for (const unsafe of [false, true]) {
    it(`strips scripts, handlers, dangerous URLs, frames, forms and tracking styles (unsafe: ${unsafe})`, () => {
      const { html } = render(nasty, { unsafe });
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<base|<meta|<form|<button/i);
      expect(html).not.toMatch(/\son\w+=/i);
      expect(html).not.toMatch(/javascript:|vbscript:|data:text|url\(/i);
    });
  }

  it('keeps privacy-enhanced YouTube and Vimeo player frames in unsafe mode', () => {
    const { html } = render(
      '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>\n\n<iframe src="https://player.vimeo.com/video/1"></iframe>',
      { unsafe: true },
    );
    expect(html).toContain('src="https://www.youtube-nocookie.com/embed/abc"');
    expect(html).toContain('src="https://player.vimeo.com/video/1"');
  });

  it('renders the youtube shortcode as a link card, never a frame', () => {
    const { html } = render('{{< youtube abc >}}');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('href="https://www.youtube.com/watch?v=abc"');
  });

  it('exports the URL rule for react-markdown', () => {
    expect(urlTransform('javascript:x')).toBe('');
    expect(urlTransform('https://x.example/')).toBe('https://x.example/');
  });
});

describe('render: options', () => {
  it('turns the typographer, attributes and id style on and off', () => {
    expect(render('"a" -- b').html).toBe('<p>“a” – b</p>');
    expect(render('"a" -- b', { typographer: false }).html).toBe('<p>"a" -- b</p>');
    expect(render('## T {#x}', { attributes: false }).html).toBe('<h2 id="t-x">T {#x}</h2>');
    expect(render('## Tête', { headingIds: 'github-ascii' }).html).toBe('<h2 id="tete">Tête</h2>');
  });

  it('gives plugin lists for react-markdown', () => {
    const plugins = getMarkdownPlugins({ unsafe: true });
    expect(plugins.remarkPlugins.length).toBeGreaterThan(3);
    expect(plugins.rehypePlugins.length).toBeGreaterThan(2);
    expect(plugins.remarkRehypeOptions.allowDangerousHtml).toBe(true);
  });
});

describe('render: code colouring', () => {
  it('lists the languages a post uses', () => {
    expect(
      codeLanguagesIn('```go\nx\n```\n\n~~~ Python\ny\n~~~\n\n{{< highlight rust "x" >}}z{{< /highlight >}}'),
    ).toEqual(['go', 'python', 'rust']);
  });

  it('renders uncoloured until the language is loaded, coloured after', async () => {
    const source = '```python\nprint("hi")\n```';
    const before = render(source).html;
    expect(before).not.toContain('<span style="color:');
    await loadCodeLanguages(codeLanguagesIn(source));
    const after = render(source).html;
    expect(after).toContain('<span style="color:');
    const text = (html: string) => html.replace(/<\/?span[^>]*>/g, '');
    expect(text(after)).toBe(text(before));
  });

  it('skips languages it does not know without failing', async () => {
    await expect(loadCodeLanguages(['no-such-language', 'text'])).resolves.toBeUndefined();
  });
});
