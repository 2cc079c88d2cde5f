/**
 * Pure: the text of a new, empty post.
 */
import { formatRfc3339 } from '../front-matter/hugo-date';

/**
 * A new post: YAML front matter with the keys a Hugo blog post usually has (title, date, draft, description,
 * categories, tags, type, image, in that order) and an empty body. `date` is `now` as wall-clock time at
 * `offsetMinutes` east of UTC (pass `-now.getTimezoneOffset()` for the writer's own zone), so it reads the way
 * Hugo's archetypes write it: `2026-11-24T08:21:17+08:00`.
 */
export function newPostTemplate(now: Date, offsetMinutes: number): string {
  return [
    '---',
    'title: ""',
    `date: ${formatRfc3339(now, offsetMinutes)}`,
    'draft: true',
    'description: ""',
    'categories: []',
    'tags: []',
    'type: post',
    'image: ""',
    '---',
    '',
    '',
  ].join('\n');
}
