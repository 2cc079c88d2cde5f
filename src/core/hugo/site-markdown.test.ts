import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from './detect-site';
import { readSiteMarkdown, siteMarkdownChanges } from './site-markdown';

describe("a site's goldmark switches", () => {
  it('reads the four switches from TOML, YAML and JSON, keys in any case', () => {
    const toml = [
      'title = "Tidal Notes"',
      '[markup.goldmark.renderer]',
      'unsafe = true',
      '[markup.goldmark.extensions]',
      'typographer = false',
      '[markup.goldmark.parser]',
      "autoHeadingIDType = 'github-ascii'",
      '[markup.goldmark.parser.attribute]',
      'block = true',
      'title = false',
    ].join('\n');
    const all = { unsafe: true, typographer: false, headingIds: 'github-ascii', attributes: false };
    expect(readSiteMarkdown(parseSiteConfig('hugo.toml', toml))).toEqual(all);
    const yaml =
      'Markup:\n  goldmark:\n    renderer: {unsafe: true}\n    extensions: {typographer: false}\n' +
      '    parser:\n      autoheadingidtype: github-ascii\n      attribute: {title: false}\n';
    expect(readSiteMarkdown(parseSiteConfig('config.yaml', yaml))).toEqual(all);
    const json = JSON.stringify({
      markup: {
        goldmark: {
          renderer: { unsafe: true },
          extensions: { typographer: false },
          parser: { autoHeadingIDType: 'github-ascii', attribute: { title: false } },
        },
      },
    });
    expect(readSiteMarkdown(parseSiteConfig('hugo.json', json))).toEqual(all);
  });

  it('returns only what the site sets, and ignores values Hugo would not take', () => {
    expect(readSiteMarkdown(parseSiteConfig('hugo.toml', 'title = "x"\n'))).toEqual({});
    expect(
      readSiteMarkdown(parseSiteConfig('hugo.toml', '[markup.goldmark.renderer]\nunsafe = true\n')),
    ).toEqual({
      unsafe: true,
    });
    expect(
      readSiteMarkdown({
        markup: { goldmark: { parser: { autoHeadingIDType: 'pandoc' }, renderer: { unsafe: 'yes' } } },
      }),
    ).toEqual({});
    expect(readSiteMarkdown(undefined)).toEqual({});
    expect(readSiteMarkdown(parseSiteConfig('hugo.toml', 'title = '))).toEqual({});
  });

  it("reads Hugo 0.112's typographer table and the older boolean attribute switch", () => {
    expect(
      readSiteMarkdown({ markup: { goldmark: { extensions: { typographer: { disable: true } } } } }),
    ).toEqual({
      typographer: false,
    });
    expect(
      readSiteMarkdown({ markup: { goldmark: { extensions: { typographer: { disable: false } } } } }),
    ).toEqual({
      typographer: true,
    });
    expect(readSiteMarkdown({ markup: { goldmark: { parser: { attribute: false } } } })).toEqual({
      attributes: false,
    });
  });

  it('counts the switches that differ from the current settings', () => {
    const current = { unsafe: false, typographer: true, headingIds: 'github', attributes: true } as const;
    expect(siteMarkdownChanges({}, current)).toBe(0);
    expect(siteMarkdownChanges({ typographer: true }, current)).toBe(0);
    expect(siteMarkdownChanges({ typographer: false, headingIds: 'blackfriday' }, current)).toBe(2);
  });
});
