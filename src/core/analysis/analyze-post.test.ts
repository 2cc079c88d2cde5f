import { describe, expect, it } from 'vitest';
import { analyzePost } from './analyze-post';
import { headingIndexAt } from './heading-index';

const POST = `---
title: Lanterns
---

# Making paper lanterns

Some text.

## Materials {#stuff}

## Steps

### Cut the *paper*

## Steps
`;

describe('analyzePost', () => {
  it('lists headings with their level, plain text, Hugo id and place in the whole text', () => {
    const post = analyzePost(POST);
    expect(post.headings.map((h) => [h.level, h.text, h.id])).toEqual([
      [1, 'Making paper lanterns', 'making-paper-lanterns'],
      [2, 'Materials', 'stuff'],
      [2, 'Steps', 'steps'],
      [3, 'Cut the paper', 'cut-the-paper'],
      [2, 'Steps', 'steps-1'],
    ]);
    const first = post.headings[0]!;
    expect(POST.slice(first.from, first.to)).toBe('# Making paper lanterns');
    expect(post.headings[1]).toMatchObject({ explicitId: true, baseId: '' });
    expect(post.headings[4]).toMatchObject({ explicitId: false, baseId: 'steps' });
  });

  it('keeps shortcode calls as text so positions stay in the written text', () => {
    const text = '{{< figure src="a.png" >}}\n\n## After\n';
    const post = analyzePost(text);
    expect(text.slice(post.headings[0]!.from, post.headings[0]!.to)).toBe('## After');
  });

  it('reads a post without front matter, and one whose front matter is not closed', () => {
    expect(analyzePost('## Only\n').headings[0]!.from).toBe(0);
    expect(analyzePost('---\ntitle: x\n## Open\n').bodyStart).toBe(0);
  });

  it('finds the heading whose section holds an offset', () => {
    const post = analyzePost(POST);
    expect(headingIndexAt(post.headings, 0)).toBe(-1);
    expect(headingIndexAt(post.headings, POST.indexOf('Some text'))).toBe(0);
    expect(headingIndexAt(post.headings, POST.length)).toBe(4);
  });

  it('finds it in a long outline as a walk from the top would, at every offset', () => {
    const text = Array.from({ length: 301 }, (_, i) => `## Part ${i}\n\nText ${i}.\n`).join('\n');
    const { headings } = analyzePost(text);
    expect(headings).toHaveLength(301);
    const walk = (offset: number) => headings.filter((h) => h.from <= offset).length - 1;
    for (let offset = -1; offset <= text.length + 1; offset += 7) {
      expect(headingIndexAt(headings, offset)).toBe(walk(offset));
    }
    for (const h of headings) expect(headingIndexAt(headings, h.from)).toBe(walk(h.from));
  });
});
