/**
 * Pure: a new post from the site's archetype, filled as `hugo new content` fills it. Hugo picks
 * `archetypes/<section>.md`, else `archetypes/default.md`; the template sees `.Date` (now, RFC 3339 in the
 * writer's offset), `.Name` and `.File.ContentBaseName` (the bundle's folder or the file's base name),
 * `.Type`/`.Section`, the `.File` paths and `.Site.Title`, and the functions archetypes commonly use
 * (`replace`, `title`, `humanize`, `lower`, `upper`, `urlize`, `now.Format`, `time.Format`, `printf`, `default`).
 */
import { formatRfc3339 } from '../front-matter/hugo-date';
import { slugify } from '../bundle/slug';
import { executeTemplate } from './go-template';
import type { TemplateOutput, TemplateScope, TemplateValue } from './go-template';
import { formatGoTime } from './go-time-format';
import { humanize, titleCase } from './title-case';

/** Where the new post goes and when it is made. */
export interface ArchetypeTarget {
  /** The section (first folder under content/), e.g. `posts`; '' for the content root. */
  section: string;
  /** The bundle folder's name, or the single file's base name (`my-first-post`). */
  name: string;
  /** True for a leaf bundle (`posts/my-first-post/index.md`), false for `posts/my-first-post.md`. */
  bundle: boolean;
  now: Date;
  /** Minutes east of UTC for dates. */
  offsetMinutes: number;
  siteTitle?: string;
}

/** Archetype file names to try for `section`, in Hugo's order. */
export function archetypeCandidates(section: string): string[] {
  const own = section ? [`archetypes/${section}.md`] : [];
  return [...own, 'archetypes/default.md'];
}

const str = (v: TemplateValue): string => (v instanceof Date ? v.toISOString() : String(v));

function goPrintf(format: string, args: TemplateValue[]): string {
  let i = 0;
  return format.replace(/%[svdq%]/g, (verb) => {
    if (verb === '%%') return '%';
    const arg = args[i++];
    if (arg === undefined) return `%!${verb.slice(1)}(MISSING)`;
    return verb === '%q' ? JSON.stringify(str(arg)) : str(arg);
  });
}

/** The scope an archetype is executed with. */
export function archetypeScope(target: ArchetypeTarget): TemplateScope {
  const dir = [target.section, target.bundle ? target.name : ''].filter(Boolean).join('/');
  const logical = target.bundle ? 'index.md' : `${target.name}.md`;
  const path = dir ? `${dir}/${logical}` : logical;
  const fields: Record<string, TemplateValue> = {
    '.Date': formatRfc3339(target.now, target.offsetMinutes),
    '.Name': target.name,
    '.Type': target.section || 'page',
    '.Section': target.section,
    '.Kind': 'page',
    '.Title': '',
    '.Draft': true,
    '.File.ContentBaseName': target.name,
    '.File.TranslationBaseName': target.bundle ? 'index' : target.name,
    '.File.BaseFileName': target.bundle ? 'index' : target.name,
    '.File.LogicalName': logical,
    '.File.Ext': 'md',
    '.File.Path': path,
    '.File.Dir': dir ? `${dir}/` : '',
    '.File.Section': target.section,
    '.Site.Title': target.siteTitle ?? '',
  };
  const toDate = (v: TemplateValue | undefined): Date | null => {
    if (v instanceof Date) return v;
    if (typeof v !== 'string') return null;
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : new Date(ms);
  };
  return {
    field: (name) => fields[name],
    call: (name, args) => {
      const [a, b, c] = args;
      switch (name) {
        case 'now':
          return target.now;
        case 'now.Format':
          return typeof a === 'string' ? formatGoTime(target.now, a, target.offsetMinutes) : undefined;
        case 'time.Format':
        case 'dateFormat': {
          const date = toDate(b);
          return typeof a === 'string' && date ? formatGoTime(date, a, target.offsetMinutes) : undefined;
        }
        case 'replace':
        case 'strings.Replace':
        case 'strings.ReplaceAll':
          return a !== undefined && typeof b === 'string' && typeof c === 'string'
            ? str(a).split(b).join(c)
            : undefined;
        case 'title':
        case 'strings.Title':
          return a === undefined ? undefined : titleCase(str(a));
        case 'humanize':
          return a === undefined ? undefined : humanize(str(a));
        case 'lower':
        case 'strings.ToLower':
          return a === undefined ? undefined : str(a).toLowerCase();
        case 'upper':
        case 'strings.ToUpper':
          return a === undefined ? undefined : str(a).toUpperCase();
        case 'urlize':
          return a === undefined ? undefined : slugify(str(a));
        case 'default':
          return b === undefined || b === '' || b === false ? a : b;
        case 'printf':
        case 'fmt.Printf':
          return typeof a === 'string' ? goPrintf(a, args.slice(1)) : undefined;
        default:
          return undefined;
      }
    },
  };
}

/** Fill `template` (an archetype's text) for `target`; unresolvable actions are kept as written and listed. */
export function fillArchetype(template: string, target: ArchetypeTarget): TemplateOutput {
  return executeTemplate(template, archetypeScope(target), (value) =>
    value instanceof Date ? formatRfc3339(value, target.offsetMinutes) : String(value),
  );
}
