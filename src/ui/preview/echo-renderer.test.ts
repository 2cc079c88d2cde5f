import { describe, expect, it } from 'vitest';
import { echoEdit, echoRenderer, warmUp } from './echo-renderer';

describe('echo renderer warm-up', () => {
  it('renders each kind of block once, a step at a time, then does nothing', () => {
    let steps = 1;
    while (warmUp(steps - 1)) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(8);
    expect(warmUp(0)).toBe(false);
  });

  it('leaves later renders as they would be without it', () => {
    const post = '---\ntitle: After warming\n---\n\nA paragraph with a [link](https://example.org).\n';
    const renderer = echoRenderer({}, post);
    expect(renderer).not.toBeNull();
    const echo = echoEdit(renderer!, post, post.replace('A paragraph', 'A short paragraph'), () => ({
      id: 1,
      start: post.indexOf('A paragraph'),
      end: post.length,
      hint: { prefix: '', laterDivider: false, firstDivider: false, footnotes: [] },
    }));
    expect(echo?.html).toContain('<p');
    expect(echo?.html).toContain('A short paragraph with a <a href="https://example.org"');
  });
});
