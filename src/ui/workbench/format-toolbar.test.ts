import { describe, expect, it } from 'vitest';
import { accessibleName } from './format-toolbar';

describe('toolbar button names', () => {
  it('adds the visible text when the label lacks it, so speech users can say what they see', () => {
    expect(accessibleName('Heading 2', 'H2')).toBe('H2, Heading 2');
    expect(accessibleName('Link', 'Link')).toBe('Link');
    expect(accessibleName('Bold', 'B')).toBe('Bold');
    expect(accessibleName('Bulleted list', '•')).toBe('Bulleted list');
    expect(accessibleName('Numbered list', '1.')).toBe('1, Numbered list');
  });
});
