import { describe, expect, it } from 'vitest';
import {
  collectTerms,
  filterDrafts,
  foldText,
  hasSearchText,
  narrows,
  parseFilter,
  searchText,
} from './library-search';
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

describe('foldText fast path', () => {
  it('folds plain ASCII exactly as the full fold does', () => {
    const ascii = 'Title: Hello World\n\ttags: [Go, RUST]\n~!@#$%^&*()_+{}|:"<>?';
    expect(foldText(ascii)).toBe(
      ascii
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase(),
    );
  });
});

describe('searchText', () => {
  it('is computed once per draft record and covers meta and text', () => {
    const draft = drafts[1]!;
    const first = searchText(draft);
    expect(hasSearchText(draft)).toBe(true);
    expect(searchText(draft)).toBe(first);
    expect(first).toContain('fixing a bike chain');
    expect(first).toContain('diy');
    expect(first).toContain('pliers.');
    const edited = storedDraft('b', drafts[1]!.text.replace('Pliers', 'Spanners'));
    expect(hasSearchText(edited)).toBe(false);
    expect(searchText(edited)).toContain('spanners');
  });
});

describe('narrows', () => {
  const q = (text: string) => parseFilter(text);
  it('is true when the new query only adds to the end of the previous one', () => {
    expect(narrows(q(''), q('p'))).toBe(true);
    expect(narrows(q('p'), q('po'))).toBe(true);
    expect(narrows(q('post'), q('post 1'))).toBe(true);
    expect(narrows(q('post 1'), q('Post 12'))).toBe(true);
    expect(narrows(q('crème'), q('CREME brulee'))).toBe(true);
  });

  it('is false when a word changed, went away or got shorter', () => {
    expect(narrows(q('po'), q('p'))).toBe(false);
    expect(narrows(q('post 12'), q('post'))).toBe(false);
    expect(narrows(q('post'), q('past'))).toBe(false);
    expect(narrows(q('a b'), q('ab'))).toBe(false);
    expect(narrows(q('x'), q(''))).toBe(false);
  });

  it('narrowed searches over the previous matches give what a full search gives', () => {
    const library = Array.from({ length: 60 }, (_, i) =>
      storedDraft(`d${i}`, `---\ntitle: Post ${i}\ntags: [${i % 2 ? 'Odd' : 'Even'}]\n---\nBody ${i * 7}.\n`),
    );
    let previous = q('');
    let visible = filterDrafts(library, previous);
    for (const typed of ['p', 'po', 'post', 'post ', 'post 1', 'post 1 o', 'post 1 od', 'post 1 odd']) {
      const next = q(typed);
      expect(narrows(previous, next)).toBe(true);
      visible = filterDrafts(visible, next);
      expect(visible.map((d) => d.id)).toEqual(filterDrafts(library, typed).map((d) => d.id));
      previous = next;
    }
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(library.length);
  });
});
