/**
 * Pure: the goldmark switches a Hugo site's configuration sets under `markup.goldmark`, as the render options
 * they stand for. Only what the configuration sets is returned (Hugo's defaults fill in the rest). Keys are
 * read without regard to case, as Hugo reads them.
 *
 * - `renderer.unsafe` → `unsafe`
 * - `extensions.typographer` (a boolean, or since Hugo 0.112 a table whose `disable` turns it off) → `typographer`
 * - `parser.autoHeadingIDType` (`github`, `github-ascii`, `blackfriday`) → `headingIds`
 * - `parser.attribute.title` (or, before Hugo 0.81, `parser.attribute` as a boolean) → `attributes`: the render
 *   options' `attributes` are the `{#id .class}` lists after headings, which is what `attribute.title` switches.
 */
import type { HeadingIdStyle, RenderOptions } from '../markdown/options';

/** The switches a site sets (absent: the site keeps Hugo's default). */
export type SiteMarkdown = Partial<
  Pick<Required<RenderOptions>, 'unsafe' | 'typographer' | 'headingIds' | 'attributes'>
>;

const STYLES: readonly HeadingIdStyle[] = ['github', 'github-ascii', 'blackfriday'];

function get(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const lower = key.toLowerCase();
  return Object.entries(value as Record<string, unknown>).find(([k]) => k.toLowerCase() === lower)?.[1];
}

function path(value: unknown, ...keys: string[]): unknown {
  return keys.reduce<unknown>((v, k) => get(v, k), value);
}

/** The switches the site configuration `config` (parsed TOML, YAML or JSON) sets. */
export function readSiteMarkdown(config: unknown): SiteMarkdown {
  const goldmark = path(config, 'markup', 'goldmark');
  const out: SiteMarkdown = {};
  const unsafe = path(goldmark, 'renderer', 'unsafe');
  if (typeof unsafe === 'boolean') out.unsafe = unsafe;
  const typographer = path(goldmark, 'extensions', 'typographer');
  if (typeof typographer === 'boolean') out.typographer = typographer;
  else if (typeof get(typographer, 'disable') === 'boolean')
    out.typographer = get(typographer, 'disable') !== true;
  const style = path(goldmark, 'parser', 'autoHeadingIDType');
  const found = STYLES.find((s) => typeof style === 'string' && s === style.toLowerCase());
  if (found) out.headingIds = found;
  const attribute = path(goldmark, 'parser', 'attribute');
  if (typeof attribute === 'boolean') out.attributes = attribute;
  else if (typeof get(attribute, 'title') === 'boolean') out.attributes = get(attribute, 'title') === true;
  return out;
}

/** How many of the site's switches differ from `current` (0: the app already renders as the site does). */
export function siteMarkdownChanges(site: SiteMarkdown, current: Required<SiteMarkdown>): number {
  return (Object.keys(site) as (keyof SiteMarkdown)[]).filter((k) => site[k] !== current[k]).length;
}
