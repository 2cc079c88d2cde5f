/**
 * The XSS corpus (tests/fixtures/xss/*.txt) as data: one `Vector` per `=== id | what` section. Shared by the
 * Node corpus test (every vector through `render`) and the browser corpus spec (every vector in the preview).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One hostile post. */
export interface Vector {
  /** Unique across the corpus, e.g. `classic-script-block`. */
  id: string;
  /** The file it came from, without `.txt`: `classic-tags`, `front-matter` ... */
  category: string;
  /** What it tries. */
  what: string;
  /** The whole post text (front matter included when the vector has one), ending in one newline. */
  text: string;
}

const DIR = new URL('../fixtures/xss/', import.meta.url);
const HEADER = /^=== (\S+) \| (.+)$/;

/** Parse one category file's text. Lines before the first header are comments. */
export function parseCorpusFile(category: string, source: string): Vector[] {
  const vectors: Vector[] = [];
  let current: { id: string; what: string; lines: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const lines = [...current.lines];
    while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
    vectors.push({ id: current.id, category, what: current.what, text: `${lines.join('\n')}\n` });
  };
  for (const line of source.split('\n')) {
    const header = HEADER.exec(line);
    if (header) {
      flush();
      current = { id: header[1]!, what: header[2]!, lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  flush();
  return vectors;
}

/** Every vector of every category file, in file then section order. Throws on a duplicate id. */
export function loadCorpus(): Vector[] {
  const files = readdirSync(DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const all = files.flatMap((name) =>
    parseCorpusFile(name.replace(/\.txt$/, ''), readFileSync(new URL(name, DIR), 'utf8')),
  );
  const seen = new Set<string>();
  for (const v of all) {
    if (seen.has(v.id)) throw new Error(`duplicate XSS vector id ${v.id}`);
    seen.add(v.id);
  }
  return all;
}

/** How many vectors each category has. */
export function countByCategory(vectors: readonly Vector[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of vectors) counts[v.category] = (counts[v.category] ?? 0) + 1;
  return counts;
}

/**
 * The vector's text with a marker paragraph as the first thing in the body (after any front matter), so a
 * test can see the preview has rendered this very vector even when the vector swallows the rest of the post.
 */
export function withMarker(text: string, marker: string): string {
  const end = frontMatterEnd(text);
  return `${text.slice(0, end)}${marker}\n\n${text.slice(end)}`;
}

function frontMatterEnd(text: string): number {
  for (const fence of ['---', '+++']) {
    if (!text.startsWith(`${fence}\n`)) continue;
    const close = text.indexOf(`\n${fence}\n`, fence.length);
    if (close >= 0) return close + fence.length + 2;
  }
  if (text.startsWith('{')) {
    const close = text.indexOf('\n}\n');
    if (close >= 0) return close + 3;
  }
  return 0;
}
