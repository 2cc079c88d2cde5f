/**
 * Pure: read a post's front matter (YAML, TOML or JSON) into what Hugo would see as `.Params`.
 *
 * Runs on every keystroke, so `readFrontMatterCached` remembers the last answer per front matter text: typing
 * in the body costs one split and a string comparison. Problems are placed in the WHOLE post's lines.
 */
import { splitPost } from '../post/split-post';
import type { SplitPost } from '../post/split-post';
import { normalizeParams } from './hugo-normalize';
import type { InnerProblem, InnerRead } from './inner-read';
import { readJson } from './read-json';
import { readToml } from './read-toml';
import { readYaml } from './read-yaml';
import type { FrontMatterFormat, FrontMatterRead, ParseProblem } from './types';

const READERS: Record<FrontMatterFormat, (inner: string) => InnerRead> = {
  yaml: readYaml,
  toml: readToml,
  json: readJson,
};

/** Read the front matter of `text` (a whole post). Never throws; invalid or unclosed front matter is a value. */
export function readFrontMatter(text: string): FrontMatterRead {
  return readSplit(text, splitPost(text));
}

/** The one remembered answer of readFrontMatterCached. */
let last: { format: FrontMatterFormat | null; inner: string; column0: number; read: FrontMatterRead } | null =
  null;

/**
 * readFrontMatter, memoised on the front matter's text: while only the body changes, the same (shared) answer
 * comes back without parsing. Treat the answer as read-only.
 */
export function readFrontMatterCached(text: string): FrontMatterRead {
  const split = splitPost(text);
  const column0 = firstColumnShift(text, split.innerStart);
  if (
    last &&
    last.format === split.format &&
    last.inner === split.inner &&
    last.column0 === column0 &&
    !split.unclosed
  ) {
    return last.read;
  }
  const read = readSplit(text, split);
  last = split.unclosed ? null : { format: split.format, inner: split.inner, column0, read };
  return read;
}

/** Read an already split post. Exported for callers that split the text themselves. */
export function readSplit(text: string, split: SplitPost): FrontMatterRead {
  if (split.format === null) return { ok: true, format: null, data: {}, warnings: [] };
  if (split.unclosed) {
    return {
      ok: false,
      format: split.format,
      error: { message: 'front matter is not closed', line: 1, column: 1 },
      warnings: [],
    };
  }
  const column0 = firstColumnShift(text, split.innerStart);
  const place = (p: InnerProblem): ParseProblem => ({
    message: p.message,
    line: p.line + split.innerLine - 1,
    column: p.line === 1 ? p.column + column0 : p.column,
  });
  let read: InnerRead;
  try {
    read = READERS[split.format](split.inner);
  } catch (e) {
    // The readers do not throw; this guards against a parser bug (a stack overflow on absurd input, say).
    read = {
      ok: false,
      error: { message: e instanceof Error ? e.message : String(e), line: 1, column: 1 },
      warnings: [],
    };
  }
  const warnings = read.warnings.map(place);
  if (!read.ok) return { ok: false, format: split.format, error: place(read.error), warnings };
  return { ok: true, format: split.format, data: normalizeParams(read.data), warnings };
}

/** Columns before `offset` on its line (a BOM before a JSON object, say). */
function firstColumnShift(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
