import { describe, expect, it } from 'vitest';
import { listPosts, sectionsOf } from './list-posts';

const FILES = [
  '_index.md',
  'about.md',
  'contact/index.md',
  'posts/_index.md',
  'posts/first-light.md',
  'posts/harbour-walk/index.md',
  'posts/harbour-walk/pier.jpg',
  'posts/harbour-walk/extra/notes.md',
  'posts/harbour-walk/extra/index.md',
  'posts/2024/_index.md',
  'posts/2024/winter/index.md',
  'notes/draft.markdown',
  'notes/.hidden.md',
  '.obsidian/x.md',
  'posts/harbour-walk/data.json',
];

describe('listPosts', () => {
  const posts = listPosts(FILES);

  it('finds leaf bundles, branch bundles and single files, and nothing inside a leaf', () => {
    expect(posts.map((p) => [p.path, p.kind, p.bundleDir, p.section, p.name])).toEqual([
      ['content/_index.md', 'branch', 'content', '', ''],
      ['content/about.md', 'single', null, '', 'about'],
      ['content/contact/index.md', 'leaf', 'content/contact', '', 'contact'],
      ['content/notes/draft.markdown', 'single', null, 'notes', 'draft'],
      ['content/posts/_index.md', 'branch', 'content/posts', 'posts', 'posts'],
      ['content/posts/2024/_index.md', 'branch', 'content/posts/2024', 'posts', '2024'],
      ['content/posts/2024/winter/index.md', 'leaf', 'content/posts/2024/winter', 'posts', 'winter'],
      ['content/posts/first-light.md', 'single', null, 'posts', 'first-light'],
      ['content/posts/harbour-walk/index.md', 'leaf', 'content/posts/harbour-walk', 'posts', 'harbour-walk'],
    ]);
  });

  it('uses a configured content folder', () => {
    expect(listPosts(['a.md'], 'src/pages')[0]?.path).toBe('src/pages/a.md');
  });

  it('lists the sections', () => {
    expect(sectionsOf(posts)).toEqual(['notes', 'posts']);
  });
});
