/**
 * Pure: is a folder a Hugo site, and where does it keep its content? Hugo reads `hugo.toml|yaml|yml|json`
 * (since 0.110) or the older `config.*`, or a `config/_default/` folder; content lives in `content/` unless the
 * configuration's `contentDir` says otherwise. The site's `title` is read for archetypes' `.Site.Title`.
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** Configuration file names Hugo looks for at the site root, in its order. */
export const CONFIG_FILES = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
] as const;

/** What the root of a chosen folder holds. */
export interface RootListing {
  files: string[];
  folders: string[];
}

/** The configuration file to read (a root file, or one in `config/_default/`), or why it is not a site. */
export type SiteDetection =
  { ok: true; configPath: string | null; hasConfigFolder: boolean } | { ok: false; message: string };

/**
 * Decide from the root listing whether the folder is a Hugo site: it needs a configuration (file or
 * `config/` folder). A missing `content/` folder is fine (a new site); callers check the resolved `contentDir`.
 */
export function detectSite(root: RootListing, name: string): SiteDetection {
  const files = new Set(root.files);
  const configPath = CONFIG_FILES.find((f) => files.has(f)) ?? null;
  const hasConfigFolder = root.folders.includes('config');
  if (!configPath && !hasConfigFolder) {
    return {
      ok: false,
      message: `“${name}” does not look like a Hugo site: it has no hugo.toml, hugo.yaml, hugo.json or config.* file. Choose the folder that holds your site's configuration and content/ folder.`,
    };
  }
  return { ok: true, configPath, hasConfigFolder };
}

/** The settings Postwright uses from a site's configuration. */
export interface SiteConfig {
  title: string;
  contentDir: string;
}

/** A configuration file's text parsed by its extension (TOML, JSON, else YAML); undefined when unreadable. */
export function parseSiteConfig(path: string, text: string): unknown {
  try {
    if (path.endsWith('.toml')) return parseToml(text);
    if (path.endsWith('.json')) return JSON.parse(text) as unknown;
    return parseYaml(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Read `contentDir` and `title` from a configuration file's text; anything unreadable gives the defaults. */
export function readSiteConfig(path: string, text: string): SiteConfig {
  const fallback: SiteConfig = { title: '', contentDir: 'content' };
  const data = parseSiteConfig(path, text);
  if (typeof data !== 'object' || data === null) return fallback;
  const entries = Object.entries(data as Record<string, unknown>);
  const get = (key: string): unknown => entries.find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
  const title = get('title');
  const contentDir = get('contentDir');
  const cleaned =
    typeof contentDir === 'string'
      ? contentDir
          .replace(/\\/g, '/')
          .replace(/^\.?\/+|\/+$/g, '')
          .split('/')
          .filter((s) => s && s !== '..')
          .join('/')
      : '';
  return { title: typeof title === 'string' ? title : '', contentDir: cleaned || 'content' };
}
