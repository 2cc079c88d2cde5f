import { describe, expect, it } from 'vitest';
import { humanize, titleCase } from './title-case';

describe('titleCase (Hugo title, AP style)', () => {
  it('capitalises words and keeps inner small words low', () => {
    expect(titleCase('my first post')).toBe('My First Post');
    expect(titleCase('a walk in the harbour')).toBe('A Walk in the Harbour');
    expect(titleCase('notes on go')).toBe('Notes on Go');
  });
  it('capitalises small words at either end', () => {
    expect(titleCase('the tides we sail by')).toBe('The Tides We Sail By');
  });
  it('leaves the rest of each word as written', () => {
    expect(titleCase('kubernetes and gRPC tips')).toBe('Kubernetes and GRPC Tips');
    expect(titleCase('iOS release')).toBe('IOS Release');
  });
  it('capitalises a small word after a colon', () => {
    expect(titleCase('lessons: a retrospective')).toBe('Lessons: A Retrospective');
  });
  it('handles digits and other scripts', () => {
    expect(titleCase('2025 in review')).toBe('2025 in Review');
    expect(titleCase('über alles')).toBe('Über Alles');
  });
});

describe('humanize', () => {
  it('turns a file name into a sentence', () => {
    expect(humanize('my-first_post')).toBe('My first post');
    expect(humanize('')).toBe('');
  });
});
