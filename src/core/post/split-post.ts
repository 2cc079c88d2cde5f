/**
 * Pure: split a post's text into its front matter block and its body, with byte ranges.
 *
 * A post starts with YAML between `---` lines, TOML between `+++` lines, or a JSON object starting with `{`
 * (Hugo's three notations). Ranges are UTF-16 offsets into the original text so edits can replace exactly the
 * bytes they mean to; nothing here ever rewrites the text.
 */
export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface SplitPost {
  /** The notation, or null when the post has no front matter. */
  format: FrontMatterFormat | null;
  /** Offset where the front matter block ends (after the closing delimiter line and its line break); 0 if none. */
  blockEnd: number;
  /** The front matter's inner text (between the delimiters; for JSON the whole object). */
  inner: string;
  /** Offset of `inner` in the text. */
  innerStart: number;
  /** 1-based line of the first line of `inner` in the whole text. */
  innerLine: number;
  /** The body (everything after the block). */
  body: string;
  /** Offset where the body starts. */
  bodyStart: number;
  /** True when an opening delimiter was found but no closing one: the whole text is then treated as body. */
  unclosed: boolean;
}

const FENCES: Record<'yaml' | 'toml', string> = { yaml: '---', toml: '+++' };

/** Split `text` into front matter and body. Never throws; an unclosed block leaves everything in the body. */
export function splitPost(text: string): SplitPost {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const none: SplitPost = {
    format: null,
    blockEnd: 0,
    inner: '',
    innerStart: 0,
    innerLine: 1,
    body: text,
    bodyStart: 0,
    unclosed: false,
  };
  for (const format of ['yaml', 'toml'] as const) {
    const fence = FENCES[format];
    const firstEnd = lineEnd(text, start);
    if (text.slice(start, firstEnd.contentEnd).trimEnd() !== fence) continue;
    const innerStart = firstEnd.next;
    let pos = innerStart;
    while (pos <= text.length) {
      const line = lineEnd(text, pos);
      if (text.slice(pos, line.contentEnd).trimEnd() === fence) {
        return {
          format,
          blockEnd: line.next,
          inner: text.slice(innerStart, pos),
          innerStart,
          innerLine: 2,
          body: text.slice(line.next),
          bodyStart: line.next,
          unclosed: false,
        };
      }
      if (line.next === pos) break;
      pos = line.next;
    }
    return { ...none, format, unclosed: true };
  }
  // `{{` opens a shortcode, never a JSON object: a post may start with one and have no front matter.
  if (text.charAt(start) === '{' && text.charAt(start + 1) !== '{') {
    const end = findJsonObjectEnd(text, start);
    if (end < 0) return { ...none, format: 'json', unclosed: true };
    const after = lineEnd(text, end);
    return {
      format: 'json',
      blockEnd: after.next,
      inner: text.slice(start, end),
      innerStart: start,
      innerLine: 1,
      body: text.slice(after.next),
      bodyStart: after.next,
      unclosed: false,
    };
  }
  return none;
}

/** Where the line starting at `pos` ends: `contentEnd` before the line break, `next` after it. */
function lineEnd(text: string, pos: number): { contentEnd: number; next: number } {
  const nl = text.indexOf('\n', pos);
  if (nl < 0) return { contentEnd: text.length, next: text.length };
  const contentEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  return { contentEnd, next: nl + 1 };
}

/** Offset just after the `}` closing the object that opens at `start`, honouring strings; -1 if unclosed. */
function findJsonObjectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
