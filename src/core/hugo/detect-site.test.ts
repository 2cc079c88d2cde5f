import { describe, expect, it } from 'vitest';
import { detectSite, readSiteConfig } from './detect-site';

describe('detectSite', () => {
  it('recognises hugo.* and config.* files, and a config folder', () => {
    expect(detectSite({ files: ['README.md', 'hugo.toml'], folders: ['content'] }, 'blog')).toEqual({
      ok: true,
      configPath: 'hugo.toml',
      hasConfigFolder: false,
    });
    expect(detectSite({ files: ['config.yaml'], folders: [] }, 'blog')).toMatchObject({
      configPath: 'config.yaml',
    });
    expect(detectSite({ files: [], folders: ['config', 'content'] }, 'blog')).toMatchObject({
      ok: true,
      configPath: null,
      hasConfigFolder: true,
    });
  });
  it('prefers hugo.* over config.*', () => {
    expect(detectSite({ files: ['config.toml', 'hugo.yaml'], folders: [] }, 'b')).toMatchObject({
      configPath: 'hugo.yaml',
    });
  });
  it('explains when the folder is not a site', () => {
    expect(detectSite({ files: ['index.md'], folders: ['content'] }, 'notes')).toEqual({
      ok: false,
      message: expect.stringMatching(/^“notes” does not look like a Hugo site/),
    });
  });
});

describe('readSiteConfig', () => {
  it('reads title and contentDir from TOML, YAML and JSON', () => {
    expect(readSiteConfig('hugo.toml', 'title = "Tidal Notes"\ncontentDir = "./src/content/"\n')).toEqual({
      title: 'Tidal Notes',
      contentDir: 'src/content',
    });
    expect(readSiteConfig('hugo.yaml', 'title: Y\n')).toEqual({ title: 'Y', contentDir: 'content' });
    expect(readSiteConfig('config.json', '{"Title":"J","contentdir":"pages"}')).toEqual({
      title: 'J',
      contentDir: 'pages',
    });
  });
  it('falls back to the defaults on broken files and escapes', () => {
    expect(readSiteConfig('hugo.toml', 'title = ')).toEqual({ title: '', contentDir: 'content' });
    expect(readSiteConfig('hugo.toml', 'contentDir = "../../etc"')).toEqual({ title: '', contentDir: 'etc' });
  });
});
