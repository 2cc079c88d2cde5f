/**
 * Where a new site post goes and what it starts with: `content/<section>/<name>/index.md` (a bundle) or
 * `content/<section>/<name>.md`, filled from the site's archetype (`archetypes/<section>.md`, else
 * `archetypes/default.md`) or, without one, from Hugo's own built-in default archetype.
 */
import type { SiteDirectory } from '../storage/site-files';
import { archetypeCandidates, fillArchetype } from '../core/hugo/fill-archetype';
import { joinPath } from '../core/bundle/asset-paths';
import { blobText } from './site-scan';

/** Where a post goes: its section, its name (folder or file base name) and whether it is a bundle. */
export interface Placement {
  section: string;
  name: string;
  bundle: boolean;
}

/** Hugo's built-in default archetype (used when the site has none). */
export const HUGO_DEFAULT_ARCHETYPE = `+++
title = '{{ replace .File.ContentBaseName "-" " " | title }}'
date = {{ .Date }}
draft = true
+++
`;

/** The Markdown file's path and the bundle folder (null for a single file) for `placement`. */
export function placementPaths(
  placement: Placement,
  contentDir: string,
): { path: string; bundleDir: string | null } {
  const section = joinPath(contentDir, placement.section.split('/').filter(Boolean).join('/'));
  if (placement.bundle) {
    const bundleDir = joinPath(section, placement.name);
    return { path: joinPath(bundleDir, 'index.md'), bundleDir };
  }
  return { path: joinPath(section, `${placement.name}.md`), bundleDir: null };
}

/** The text of a new post at `placement`, from the site's archetype when `site` has one. */
export async function newSitePostText(
  site: SiteDirectory | null,
  placement: Placement,
  now: number,
  offsetMinutes: number,
  siteTitle: string,
): Promise<string> {
  let template = HUGO_DEFAULT_ARCHETYPE;
  if (site) {
    for (const candidate of archetypeCandidates(placement.section)) {
      const read = await site.read(candidate);
      if (read.ok && read.value) {
        template = await blobText(read.value);
        break;
      }
    }
  }
  return fillArchetype(template, {
    section: placement.section,
    name: placement.name,
    bundle: placement.bundle,
    now: new Date(now),
    offsetMinutes,
    siteTitle,
  }).text;
}
