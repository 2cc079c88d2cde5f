import { describe, expect, it } from 'vitest';
import { scopeSelector, scopeSelectorList, splitSelectorList } from './scope-selector';

describe('scoping selectors to the preview', () => {
  it('puts the scope before ordinary selectors', () => {
    expect(scopeSelector('h2', '.preview')).toBe('.preview h2');
    expect(scopeSelector('.content > p:first-child', '.preview')).toBe('.preview .content > p:first-child');
  });

  it('turns the page roots into the scope itself, keeping their classes', () => {
    expect(scopeSelector('body', '.preview')).toBe('.preview');
    expect(scopeSelector('html', '.preview')).toBe('.preview');
    expect(scopeSelector(':root', '.preview')).toBe('.preview');
    expect(scopeSelector('html body article', '.preview')).toBe('.preview article');
    expect(scopeSelector('body.dark a', '.preview')).toBe('.preview.dark a');
    expect(scopeSelector('html > body > main', '.preview')).toBe('.preview > main');
  });

  it('does not mistake look-alike names for page roots', () => {
    expect(scopeSelector('bodyguard', '.preview')).toBe('.preview bodyguard');
    expect(scopeSelector('.body', '.preview')).toBe('.preview .body');
  });

  it('splits lists at top-level commas only', () => {
    expect(splitSelectorList('a, :is(b, c), [title="x,y"]')).toEqual(['a', ':is(b, c)', '[title="x,y"]']);
    expect(scopeSelectorList('h1, body p', '.preview')).toBe('.preview h1, .preview p');
  });
});
