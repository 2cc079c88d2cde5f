import { describe, expect, it } from 'vitest';
import { collectTerms, filterDrafts, foldText } from './library-search';
import { storedDraft } from './stores.testkit';

const drafts = [
  storedDraft('a', '---\ntitle: Crème brûlée at midnight\ntags: [Dessert, French]\n---\nTorch the sugar.\n'),
  storedDraft(
    'b',
    '---\ntitle: Fixing a bike chain\ntags: [bikes, repair]\ncategories: [DIY]\n---\nPliers.\n',
  ),
  storedDraft('c', '---\ntitle: Notes\ntags: [dessert]\ncategories: [diy]\n---\nA chain of thoughts.\n'),
];

describe('foldText', () => {
  it('drops accents and case', () => {
    expect(foldText('Crème BRÛLÉE ﬁne')).toBe('creme brulee fine');
  });
});

describe('filterDrafts', () => {
  it('matches title, tags and body, ignoring case and accents', () => {
    expect(filterDrafts(drafts, 'creme').map((d) => d.id)).toEqual(['a']);
    expect(filterDrafts(drafts, 'REPAIR').map((d) => d.id)).toEqual(['b']);
    expect(filterDrafts(drafts, 'chain').map((d) => d.id)).toEqual(['b', 'c']);
  });

  it('needs every word and keeps everything for an empty filter', () => {
    expect(filterDrafts(drafts, 'chain thoughts').map((d) => d.id)).toEqual(['c']);
    expect(filterDrafts(drafts, '   ')).toHaveLength(3);
  });
});

describe('collectTerms', () => {
  it('counts case- and accent-insensitively, most used first, first spelling kept', () => {
    expect(collectTerms(drafts, (d) => d.meta.tags)).toEqual(['Dessert', 'bikes', 'French', 'repair']);
    expect(collectTerms(drafts, (d) => d.meta.categories)).toEqual(['DIY']);
  });
});
