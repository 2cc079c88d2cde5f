import { describe, expect, it } from 'vitest';
import { splitPost } from './split-post';

describe('splitPost', () => {
  it('splits YAML, TOML and JSON front matter from the body, with offsets', () => {
    const yaml = splitPost('---\ntitle: a\n---\nBody\n');
    expect(yaml).toMatchObject({
      format: 'yaml',
      inner: 'title: a\n',
      innerStart: 4,
      body: 'Body\n',
      bodyStart: 17,
    });
    expect(splitPost('+++\ntitle = "a"\n+++\n\nB')).toMatchObject({ format: 'toml', body: '\nB' });
    expect(splitPost('{\n "title": "a"\n}\nBody')).toMatchObject({
      format: 'json',
      inner: '{\n "title": "a"\n}',
      body: 'Body',
    });
  });
  it('keeps CRLF and a byte-order mark out of the way', () => {
    const s = splitPost('\uFEFF---\r\ntitle: a\r\n---\r\nBody');
    expect(s).toMatchObject({ format: 'yaml', inner: 'title: a\r\n', body: 'Body' });
  });
  it('treats an unclosed block as body and says so', () => {
    expect(splitPost('---\ntitle: a\n')).toMatchObject({
      format: 'yaml',
      unclosed: true,
      body: '---\ntitle: a\n',
    });
  });
  it('does not take a leading shortcode for JSON front matter', () => {
    const text = '{{< figure src="a.png" >}}\n\nText';
    expect(splitPost(text)).toMatchObject({ format: null, body: text });
  });
  it('has no front matter for plain Markdown', () => {
    expect(splitPost('# Hi')).toMatchObject({ format: null, body: '# Hi', blockEnd: 0 });
  });
});
