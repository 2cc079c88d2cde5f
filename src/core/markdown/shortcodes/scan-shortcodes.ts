/**
 * Pure: find Hugo shortcode calls in a post's body, the way Hugo's page lexer sees them (everywhere, code
 * blocks included, since Hugo handles shortcodes before Markdown).
 */

/** One shortcode call with its arguments, and its inner content when a closing tag follows. */
export interface ShortcodeCall {
  kind: 'shortcode';
  name: string;
  /** `%` for `{{% %}}` (output is Markdown), `<` for `{{< >}}` (output is HTML). */
  delim: '<' | '%';
  positional: string[];
  named: Record<string, string>;
  /** The text between the opening and closing tag, or null when the call has no closing tag. */
  inner: string | null;
  /** The exact text of the call, closing tag included. */
  raw: string;
}

/** A piece of the body: plain text, or a shortcode call. */
export type ShortcodePiece = { kind: 'text'; value: string } | ShortcodeCall;

interface Tag {
  start: number;
  end: number;
  delim: '<' | '%';
  closing: boolean;
  selfClosing: boolean;
  comment: boolean;
  name: string;
  args: string;
}

const NAME_AND_ARGS = /^([^\s{}<>%"'`/*]+)([\s\S]*)$/;

/**
 * Read the tag starting at `pos` (which holds `{{<` or `{{%`), or null when it isn't a well-formed tag. Linear
 * in the tag's length: the end is found with indexOf, never by backtracking.
 */
function readTag(text: string, pos: number): Tag | null {
  const delim = text[pos + 2] === '<' ? '<' : '%';
  const end = text.indexOf(delim === '<' ? '>}}' : '%}}', pos + 3);
  if (end < 0) return null;
  const nextOpen = text.indexOf('{{', pos + 3);
  if (nextOpen >= 0 && nextOpen < end) return null;
  let body = text.slice(pos + 3, end).trim();
  let comment = false;
  if (body.startsWith('/*') && body.endsWith('*/') && body.length >= 4) {
    comment = true;
    body = body.slice(2, -2).trim();
  }
  let selfClosing = false;
  if (body.endsWith('/')) {
    selfClosing = true;
    body = body.slice(0, -1).trim();
  }
  let closing = false;
  if (body.startsWith('/')) {
    closing = true;
    body = body.slice(1).trim();
  }
  const m = NAME_AND_ARGS.exec(body);
  if (!m) return null;
  return {
    start: pos,
    end: end + 3,
    delim,
    closing,
    selfClosing,
    comment,
    name: m[1] ?? '',
    args: m[2] ?? '',
  };
}

/** Split `args` into positional and named arguments (quoted with "" or ``, or bare words). */
export function parseShortcodeArgs(args: string): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  const re = /\s*(?:([A-Za-z_][\w-]*)\s*=\s*)?("((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(args)) !== null) {
    if (m[0].length === 0) break;
    const value = m[3] !== undefined ? m[3].replace(/\\(.)/g, '$1') : (m[4] ?? m[5] ?? '');
    if (m[1] !== undefined) named[m[1]] = value;
    else positional.push(value);
  }
  return { positional, named };
}

function nextTagStart(text: string, from: number): number {
  const a = text.indexOf('{{<', from);
  const b = text.indexOf('{{%', from);
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}

/** Every well-formed tag of `text`, in order (one pass). */
function readTags(text: string): Tag[] {
  const tags: Tag[] = [];
  let pos = 0;
  for (;;) {
    const at = nextTagStart(text, pos);
    if (at < 0) return tags;
    const tag = readTag(text, at);
    if (tag) {
      tags.push(tag);
      pos = tag.end;
    } else pos = at + 3;
  }
}

/**
 * Pair opening and closing tags by name, innermost first (a closing tag closes the nearest open call of the
 * same name). Returns, per opening tag index, the index of its closing tag.
 */
function pairTags(tags: Tag[]): Map<number, number> {
  const open = new Map<string, number[]>();
  const pairs = new Map<number, number>();
  tags.forEach((tag, index) => {
    if (tag.comment) return;
    if (tag.closing) {
      const stack = open.get(tag.name);
      const opener = stack?.pop();
      if (opener !== undefined) pairs.set(opener, index);
    } else if (!tag.selfClosing) {
      const stack = open.get(tag.name) ?? [];
      stack.push(index);
      open.set(tag.name, stack);
    }
  });
  return pairs;
}

/** Split `text` into plain text and top-level shortcode calls. Escaped (commented-out) calls become text. */
export function scanShortcodes(text: string): ShortcodePiece[] {
  const tags = readTags(text);
  const pairs = pairTags(tags);
  const pieces: ShortcodePiece[] = [];
  let buffer = '';
  let pos = 0;
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index] as Tag;
    if (tag.start < pos) continue;
    buffer += text.slice(pos, tag.start);
    if (tag.closing) {
      buffer += text.slice(tag.start, tag.end);
      pos = tag.end;
      continue;
    }
    if (tag.comment) {
      buffer += `{{${tag.delim} ${tag.name}${tag.args.replace(/\s+$/, '')} ${tag.delim === '<' ? '>' : '%'}}}`;
      pos = tag.end;
      continue;
    }
    const closeIndex = pairs.get(index);
    const close = closeIndex === undefined ? undefined : tags[closeIndex];
    if (buffer) pieces.push({ kind: 'text', value: buffer });
    buffer = '';
    const end = close ? close.end : tag.end;
    const { positional, named } = parseShortcodeArgs(tag.args);
    pieces.push({
      kind: 'shortcode',
      name: tag.name,
      delim: tag.delim,
      positional,
      named,
      inner: close ? text.slice(tag.end, close.start) : tag.selfClosing ? '' : null,
      raw: text.slice(tag.start, end),
    });
    pos = end;
  }
  buffer += text.slice(pos);
  if (buffer) pieces.push({ kind: 'text', value: buffer });
  return pieces;
}
