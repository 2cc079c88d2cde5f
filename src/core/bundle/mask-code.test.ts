import { describe, expect, it } from 'vitest';
import { maskCode } from './mask-code';

describe('maskCode', () => {
  it('blanks fenced blocks (backticks and tildes, longer closing fences) and keeps offsets', () => {
    const body = 'a ![x](a.png)\n```md\n![y](b.png)\n```\n~~~~\n![z](c.png)\n~~~~~\nafter\n';
    const masked = maskCode(body);
    expect(masked.length).toBe(body.length);
    expect(masked).toContain('![x](a.png)');
    expect(masked).not.toContain('b.png');
    expect(masked).not.toContain('c.png');
    expect(masked.endsWith('after\n')).toBe(true);
  });

  it('runs an unclosed fence to the end, and needs the same fence character to close', () => {
    expect(maskCode('```\n![y](b.png)\n~~~\n![z](c.png)\n')).not.toMatch(/png/);
  });

  it('blanks inline code spans of matching backtick runs only', () => {
    const masked = maskCode('`![a](a.png)` and ``![b](`b`.png)`` but ![c](c.png) and \\`![d](d.png)`');
    expect(masked).not.toContain('a.png');
    expect(masked).not.toContain('.png)``');
    expect(masked).toContain('![c](c.png)');
    expect(masked).toContain('![d](d.png)');
  });

  it('does not let a backtick pair across a blank line', () => {
    expect(maskCode('one ` tick\n\n![e](e.png) and ` another')).toContain('![e](e.png)');
  });

  it('finds fences inside block quotes', () => {
    expect(maskCode('> ```\n> ![q](q.png)\n> ```\n')).not.toContain('q.png');
  });
});
