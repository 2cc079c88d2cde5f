import { describe, expect, it } from 'vitest';
import { findAssetRefs, referencedPaths } from './asset-refs';

const POST = [
  '---',
  'title: Harbour walk',
  'image: images/cover.jpg',
  'images: [gallery/one.png, "https://example.org/two.png"]',
  '---',
  '',
  'Morning light ![the pier](pier.jpg "At dawn") and a [full size](./pier-large.jpg).',
  '',
  '![by reference][boats]',
  '',
  '[boats]: <boats at rest.png> "Boats"',
  '',
  '<img alt="crane" src="crane.webp" width="40">',
  '',
  '{{< figure src="nets.avif" caption="Nets" >}}',
  '',
  '```md',
  '![not a reference](code.png)',
  '{{< figure src="code-too.png" >}}',
  '```',
  '',
  'Inline `![nor this](inline.png)` and ![remote](https://example.org/r.png).',
  '',
].join('\n');

describe('findAssetRefs', () => {
  const refs = findAssetRefs(POST);

  it('finds images, links, definitions, HTML and shortcodes, and skips code', () => {
    expect(refs.map((r) => [r.source, r.url])).toEqual([
      ['front-matter', 'images/cover.jpg'],
      ['front-matter', 'gallery/one.png'],
      ['front-matter', 'https://example.org/two.png'],
      ['image', 'pier.jpg'],
      ['link', './pier-large.jpg'],
      ['image', 'boats at rest.png'],
      ['html', 'crane.webp'],
      ['shortcode', 'nets.avif'],
      ['image', 'https://example.org/r.png'],
    ]);
  });

  it('gives each body URL its exact span in the whole post', () => {
    for (const ref of refs) {
      if (!ref.span) continue;
      const written = POST.slice(ref.span.from, ref.span.to);
      expect(written).toBe(ref.url);
    }
  });

  it('places each reference on its line, front matter keys included', () => {
    const line = (url: string) => refs.find((r) => r.url === url)?.line;
    const at = (url: string) => refs.find((r) => r.url === url)?.at ?? -1;
    expect(POST.slice(at('images/cover.jpg'), at('images/cover.jpg') + 6)).toBe('image:');
    expect(POST.slice(at('pier.jpg')).startsWith('pier.jpg')).toBe(true);
    expect(line('images/cover.jpg')).toBe(3);
    expect(line('gallery/one.png')).toBe(4);
    expect(line('pier.jpg')).toBe(7);
    expect(line('boats at rest.png')).toBe(11);
    expect(line('nets.avif')).toBe(15);
  });

  it('lists the bundle paths in use', () => {
    expect([...referencedPaths(refs)].sort()).toEqual([
      'boats at rest.png',
      'crane.webp',
      'gallery/one.png',
      'images/cover.jpg',
      'nets.avif',
      'pier-large.jpg',
      'pier.jpg',
    ]);
  });

  it('handles escapes, nested brackets and parentheses in destinations', () => {
    const text = '![a [b] c](dir/pic\\_(1).png)\n';
    const [ref] = findAssetRefs(text);
    expect(ref?.url).toBe('dir/pic_(1).png');
    expect(text.slice(ref?.span?.from, ref?.span?.to)).toBe('dir/pic\\_(1).png');
  });

  it('reads TOML front matter and a post without front matter', () => {
    const toml = '+++\ntitle = "x"\nImage = "cover.png"\n+++\nBody\n';
    expect(findAssetRefs(toml)).toMatchObject([
      { source: 'front-matter', key: 'Image', url: 'cover.png', line: 3 },
    ]);
    expect(findAssetRefs('Just ![x](y.gif)')).toMatchObject([{ url: 'y.gif', span: { from: 10, to: 15 } }]);
  });

  it('treats an unused definition as a link, not an image', () => {
    const refs2 = findAssetRefs('[see][d]\n\n[d]: notes.pdf\n');
    expect(refs2).toMatchObject([{ source: 'link', image: false, url: 'notes.pdf' }]);
  });
});

describe('findAssetRefs edge cases', () => {
  it('does not take footnote definitions for link definitions', () => {
    expect(findAssetRefs('Text.[^1]\n\n[^1]: Arrow-based, mostly.\n')).toEqual([]);
  });

  it('reads character references and escapes in a destination as the renderer does', () => {
    const [ref] = findAssetRefs('![a](caf&eacute;&#x2D;&amp;\\*.png)');
    expect(ref?.url).toBe('caf&eacute;-&*.png');
  });

  it('finds images inside links, and full, collapsed and shortcut references', () => {
    const text =
      '[![inner](in.png)](out.png)\n\n![a][one] ![two][] ![Three]\n\n[one]: 1.png\n[two]: 2.png\n[three]: 3.png\n[four]: 4.png\n';
    expect(findAssetRefs(text).map((r) => [r.source, r.url])).toEqual([
      ['image', 'in.png'],
      ['link', 'out.png'],
      ['image', '1.png'],
      ['image', '2.png'],
      ['image', '3.png'],
      ['link', '4.png'],
    ]);
  });

  it('stays quick on a long post (linear scan, no full parse)', () => {
    const block = '## Part\n\nSome text with a ![pic](pic.png) and a [link](page/) and `code [x](y)`.\n\n';
    const refs = findAssetRefs(block.repeat(5000));
    expect(refs).toHaveLength(10_000);
  });
});
