import { describe, expect, it } from 'vitest';
import { withCopyTitle, withTitleSuffix } from './copy-title';

describe('withCopyTitle', () => {
  it.each([
    ['---\ntitle: Plain words\n---\nx', '---\ntitle: Plain words (copy)\n---\nx'],
    ['---\ntitle: "Quoted"\n---\n', '---\ntitle: "Quoted (copy)"\n---\n'],
    ["---\r\ntitle:   'Single'  \r\n---\r\n", "---\r\ntitle:   'Single (copy)'  \r\n---\r\n"],
    ['+++\ntitle = "Toml"  # note\n+++\n', '+++\ntitle = "Toml (copy)"  # note\n+++\n'],
    ["+++\ntitle = 'lit'\n+++\n", "+++\ntitle = 'lit (copy)'\n+++\n"],
    ['{\n  "title": "Json \\"q\\"",\n  "x": 1\n}\n', '{\n  "title": "Json \\"q\\" (copy)",\n  "x": 1\n}\n'],
  ])('edits %j', (text, expected) => {
    expect(withCopyTitle(text)).toBe(expected);
  });

  it.each([
    ['no front matter', 'title: not front matter'],
    ['block scalar', '---\ntitle: >\n  folded\n---\n'],
    ['trailing comment', '---\ntitle: words # why\n---\n'],
    ['unbalanced quote', '---\ntitle: "open\n---\n'],
    ['no title', '---\ndate: 2024-01-01\n---\n'],
    ['nested title only', '---\nparams:\n  title: inner\n---\n'],
    ['toml multi-line', '+++\ntitle = """long"""\n+++\n'],
  ])('leaves %s alone', (_, text) => {
    expect(withCopyTitle(text)).toBe(text);
  });

  it('takes other suffixes', () => {
    expect(withTitleSuffix('---\ntitle: A\n---\n', ' (recovered)')).toBe('---\ntitle: A (recovered)\n---\n');
  });
});
