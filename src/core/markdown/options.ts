/**
 * Pure: the options of the render pipeline and their defaults.
 */

/** How a heading's automatic id is made (Hugo's `markup.goldmark.parser.autoHeadingIDType`). */
export type HeadingIdStyle = 'github' | 'github-ascii' | 'blackfriday';

/** What the caller may set; every field is optional and defaults to what Hugo does out of the box. */
export interface RenderOptions {
  /** Render raw HTML written in the post (then sanitized). Hugo's `renderer.unsafe`; default false. */
  unsafe?: boolean;
  /** Smart quotes, dashes, ellipsis and guillemets as goldmark's typographer makes them; default true. */
  typographer?: boolean;
  /** How automatic heading ids are made; default `github`. */
  headingIds?: HeadingIdStyle;
  /** `{#id .class}` attributes on headings and blocks; default true. */
  attributes?: boolean;
  /** The page's front matter, for the `param` shortcode; `render` fills it in from the post itself. */
  params?: Record<string, unknown>;
}

/** The options with every default filled in. */
export type ResolvedRenderOptions = Required<RenderOptions>;

/** Fill in the defaults. `undefined` fields count as not set (so `{ unsafe: undefined }` is Hugo's default). */
export function resolveOptions(options: RenderOptions | undefined): ResolvedRenderOptions {
  return {
    unsafe: options?.unsafe ?? false,
    typographer: options?.typographer ?? true,
    headingIds: options?.headingIds ?? 'github',
    attributes: options?.attributes ?? true,
    params: options?.params ?? {},
  };
}
