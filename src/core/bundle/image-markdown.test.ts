import { describe, expect, it } from 'vitest';
import { imageInsertPoint, imageMarkdown } from './image-markdown';

describe('imageMarkdown', () => {
  it('writes one image per line and escapes the alt text', () => {
    expect(
      imageMarkdown([
        { path: 'a.png', alt: 'a' },
        { path: 'b.png', alt: 'b [draft] \\' },
      ]),
    ).toBe('![a](a.png)\n![b \\[draft\\] \\\\](b.png)');
  });
});

describe('imageInsertPoint', () => {
  const post = '---\ntitle: T\n---\nBody\n';
  it('keeps a caret in the body', () => {
    expect(imageInsertPoint(post, 18)).toBe(18);
  });
  it('moves a caret in the front matter to the start of the body', () => {
    expect(imageInsertPoint(post, 0)).toBe(17);
    expect(imageInsertPoint(post, 8)).toBe(17);
  });
  it('leaves posts without (closed) front matter alone', () => {
    expect(imageInsertPoint('Body', 0)).toBe(0);
    expect(imageInsertPoint('---\ntitle: T\n', 0)).toBe(0);
  });
});
