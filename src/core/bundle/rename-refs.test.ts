import { describe, expect, it } from 'vitest';
import { applyChanges } from '../front-matter/apply-changes';
import { renameRefs } from './rename-refs';

const rename = (text: string, from: string, to: string): string => {
  const result = renameRefs(text, from, to);
  if (!result.ok) throw new Error(result.message);
  return applyChanges(text, result.changes);
};

describe('renameRefs', () => {
  it('rewrites every reference and nothing else', () => {
    const text = [
      '---',
      'title: "Quay"  # keep me',
      'image: ./quay.png',
      'images:',
      '  - quay.png',
      '  - other.png',
      '---',
      '![Quay](quay.png "Quay at noon") [big](./quay.png?full=1#x)',
      "<img src='quay.png'>",
      '{{< figure src="quay.png" >}}',
      '![ref][q]',
      '',
      '[q]: quay.png',
      '`![code](quay.png)` ![kept](quay.pngx)',
      '',
    ].join('\n');
    expect(rename(text, 'quay.png', 'harbour/quay-west.png')).toBe(
      [
        '---',
        'title: "Quay"  # keep me',
        'image: ./harbour/quay-west.png',
        'images:',
        '  - harbour/quay-west.png',
        '  - other.png',
        '---',
        '![Quay](harbour/quay-west.png "Quay at noon") [big](./harbour/quay-west.png?full=1#x)',
        "<img src='harbour/quay-west.png'>",
        '{{< figure src="harbour/quay-west.png" >}}',
        '![ref][q]',
        '',
        '[q]: harbour/quay-west.png',
        '`![code](quay.png)` ![kept](quay.pngx)',
        '',
      ].join('\n'),
    );
  });

  it('matches a percent-encoded reference by its decoded path', () => {
    expect(rename('![a](my%20pic.png)\n', 'my pic.png', 'my-pic.png')).toBe('![a](my-pic.png)\n');
  });

  it('edits TOML front matter in place', () => {
    const toml = '+++\ntitle = "T"\nimage = "a.png"\n+++\n![x](a.png)\n';
    expect(rename(toml, 'a.png', 'b.png')).toBe('+++\ntitle = "T"\nimage = "b.png"\n+++\n![x](b.png)\n');
  });

  it('gives no changes when nothing refers to the file', () => {
    expect(renameRefs('![x](a.png)', 'b.png', 'c.png')).toEqual({ ok: true, changes: [] });
  });
});
