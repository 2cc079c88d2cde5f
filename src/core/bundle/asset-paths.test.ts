import { describe, expect, it } from 'vitest';
import { bundlePath, bundleTarget, joinPath } from './asset-paths';

describe('bundleTarget', () => {
  it('reads relative paths as bundle paths, normalised', () => {
    expect(bundleTarget('harbour.jpg')).toEqual({ kind: 'bundle', path: 'harbour.jpg' });
    expect(bundleTarget('./images/banner/harbour.jpg')).toEqual({
      kind: 'bundle',
      path: 'images/banner/harbour.jpg',
    });
    expect(bundleTarget('images/../harbour.jpg')).toEqual({ kind: 'bundle', path: 'harbour.jpg' });
    expect(bundleTarget('my%20photo.png?v=2#top')).toEqual({ kind: 'bundle', path: 'my photo.png' });
    expect(bundleTarget('100%.png')).toEqual({ kind: 'bundle', path: '100%.png' });
  });
  it('sets apart what climbs out of the bundle', () => {
    expect(bundleTarget('../other/a.png')).toEqual({ kind: 'outside', path: '../other/a.png' });
  });
  it('leaves remote, data, blob, site-root and fragment URLs alone', () => {
    for (const url of [
      'https://example.org/a.png',
      '//cdn.example.org/a.png',
      'data:image/png;base64,AAAA',
      'blob:http://x/1',
      '/images/a.png',
      '#section',
      'mailto:a@b.c',
      '',
      './',
    ]) {
      expect(bundleTarget(url)).toEqual({ kind: 'external' });
    }
    expect(bundlePath('https://example.org/a.png')).toBeNull();
    expect(bundlePath('./a.png')).toBe('a.png');
  });
});

describe('joinPath', () => {
  it('joins with one slash and tolerates empty sides', () => {
    expect(joinPath('content/posts/', '/a.md')).toBe('content/posts/a.md');
    expect(joinPath('', 'a.md')).toBe('a.md');
    expect(joinPath('dir', '')).toBe('dir');
  });
});
