import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../core/front-matter/read-front-matter';
import { withCopyTitle, withTitleSuffix } from './copy-title';

const titleOf = (text: string): unknown => {
  const read = readFrontMatter(text);
  return read.ok ? (read.data['title'] ?? read.data['Title']) : undefined;
};

describe('withCopyTitle', () => {
  it.each([
    ['---\ntitle: Plain words\n---\nx', '---\ntitle: Plain words (copy)\n---\nx'],
    ['---\ntitle: "Quoted"\n---\n', '---\ntitle: "Quoted (copy)"\n---\n'],
    ['+++\ntitle = "Toml"\n+++\n', '+++\ntitle = "Toml (copy)"\n+++\n'],
  ])('edits only the title in %j', (text, expected) => {
    expect(withCopyTitle(text)).toBe(expected);
  });

  it.each([
    ['YAML with CRLF', "---\r\ntitle: 'Single'\r\ndraft: true\r\n---\r\nbody\r\n", 'Single (copy)'],
    ['a trailing comment', '---\ntitle: words # why\ntags: [a]\n---\n', 'words (copy)'],
    ['JSON with escapes', '{\n  "title": "Json \\"q\\"",\n  "x": 1\n}\n', 'Json "q" (copy)'],
    ['a capitalised key', '---\nTitle: Caps\n---\n', 'Caps (copy)'],
    ['an empty title', '---\ntitle: ""\n---\n', '(copy)'],
  ])('gives the copy title for %s, changing nothing else', (_, text, title) => {
    const copied = withCopyTitle(text);
    expect(titleOf(copied)).toBe(title);
    if (title !== '(copy)') expect(copied.replace(' (copy)', '')).toBe(text);
  });

  it.each([
    ['no front matter', 'title: not front matter'],
    ['no title', '---\ndate: 2024-01-01\n---\n'],
    ['a nested title only', '---\nparams:\n  title: inner\n---\n'],
    ['a non-text title', '---\ntitle: [a, b]\n---\n'],
    ['invalid front matter', '---\ntitle: [unclosed\n---\n'],
  ])('leaves a post with %s alone', (_, text) => {
    expect(withCopyTitle(text)).toBe(text);
  });

  it('takes other suffixes', () => {
    expect(withTitleSuffix('---\ntitle: A\n---\n', ' (recovered)')).toBe('---\ntitle: A (recovered)\n---\n');
  });
});
