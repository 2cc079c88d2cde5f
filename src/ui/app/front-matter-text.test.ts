import { describe, expect, it } from 'vitest';
import { setField } from '../../core/front-matter/edit-front-matter';
import { applyChanges } from '../../core/front-matter/apply-changes';
import { frontMatterText } from './front-matter-text';

const POST = '---\ntitle: "Ferry notes"\ntags: [sea]\n---\n\nThe body, which the form never needs.\n';

describe('frontMatterText', () => {
  it('is the front matter block only, so typing in the body leaves it unchanged', () => {
    expect(frontMatterText(POST)).toBe('---\ntitle: "Ferry notes"\ntags: [sea]\n---\n');
    expect(frontMatterText(POST + 'more typing')).toBe(frontMatterText(POST));
  });

  it('gives form edits with the same offsets as the whole text', () => {
    const slice = setField(frontMatterText(POST), 'title', { kind: 'text', value: 'Harbour notes' });
    const whole = setField(POST, 'title', { kind: 'text', value: 'Harbour notes' });
    expect(slice).toEqual(whole);
    if (!slice.ok) throw new Error(slice.message);
    expect(applyChanges(POST, slice.changes)).toContain('title: "Harbour notes"');
  });

  it('keeps the first line (for its line ending) when there is no front matter', () => {
    const crlf = 'First line\r\nSecond\r\n';
    expect(frontMatterText(crlf)).toBe('First line\r\n');
    expect(setField(frontMatterText(crlf), 'draft', { kind: 'boolean', value: true })).toEqual(
      setField(crlf, 'draft', { kind: 'boolean', value: true }),
    );
  });

  it('is the whole text while the block is not closed', () => {
    expect(frontMatterText('---\ntitle: x\nbody\n')).toBe('---\ntitle: x\nbody\n');
  });
});
