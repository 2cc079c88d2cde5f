import { describe, expect, it } from 'vitest';
import { tableOfContents } from './table-of-contents';

const squash = (html: string) => html.replace(/\s+/g, '');

describe('tableOfContents', () => {
  it('is an empty nav without headings', () => {
    expect(tableOfContents([])).toBe('<nav id="TableOfContents"></nav>');
  });

  it('nests h3 under h2 and leaves out h4', () => {
    const toc = tableOfContents([
      { level: 2, id: 'a', html: 'A' },
      { level: 3, id: 'b', html: '<code>B</code>' },
      { level: 4, id: 'c', html: 'C' },
      { level: 2, id: 'd', html: 'D' },
    ]);
    expect(squash(toc)).toBe(
      squash(`<nav id="TableOfContents"><ul><li><a href="#a">A</a><ul><li><a href="#b"><code>B</code></a></li></ul></li>
      <li><a href="#d">D</a></li></ul></nav>`),
    );
  });

  it('wraps an h3 that comes before any h2 in an empty item, and starts a list per h1', () => {
    const toc = tableOfContents([
      { level: 3, id: 'x', html: 'X' },
      { level: 1, id: 't', html: 'T' },
      { level: 2, id: 'y', html: 'Y' },
    ]);
    expect(squash(toc)).toBe(
      squash(`<nav id="TableOfContents"><ul><li><ul><li><a href="#x">X</a></li></ul></li></ul>
      <ul><li><a href="#y">Y</a></li></ul></nav>`),
    );
  });
});
