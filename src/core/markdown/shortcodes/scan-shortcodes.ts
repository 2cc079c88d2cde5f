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

const TAG = /\{\{(<|%)\s*(\/\*)?\s*(\/)?\s*([^\s{}<>%"'`/*]+)([\s\S]*?)(\*\/)?\s*(\/)?\s*(>|%)\}\}/y;

/** Read the tag starting at `pos` (which holds `{{<` or `{{%`), or null when it isn't a well-formed tag. */
function readTag(text: string, pos: number): Tag | null {
  TAG.lastIndex = pos;
  const m = TAG.exec(text);
  if (!m) return null;
  const open = m[1] as '<' | '%';
  if ((open === '<') !== (m[8] === '>')) return null;
  const args = m[5] ?? '';
  if (/\{\{[<%]/.test(args)) return null;
  return {
    start: pos,
    end: pos + m[0].length,
    delim: open,
    closing: m[3] === '/',
    selfClosing: m[7] === '/',
    comment: m[2] === '/*',
    name: m[4] ?? '',
    args,
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

/** Index of the closing tag for `open`, honouring nested calls of the same name; -1 if none. */
function findClose(text: string, open: Tag): Tag | null {
  let depth = 0;
  let pos = open.end;
  for (;;) {
    const at = nextTagStart(text, pos);
    if (at < 0) return null;
    const tag = readTag(text, at);
    if (!tag) {
      pos = at + 3;
      continue;
    }
    pos = tag.end;
    if (tag.comment || tag.name !== open.name) continue;
    if (tag.closing) {
      if (depth === 0) return tag;
      depth--;
    } else if (!tag.selfClosing) depth++;
  }
}

function nextTagStart(text: string, from: number): number {
  const a = text.indexOf('{{<', from);
  const b = text.indexOf('{{%', from);
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}

/** Split `text` into plain text and top-level shortcode calls. Escaped (commented-out) calls become text. */
export function scanShortcodes(text: string): ShortcodePiece[] {
  const pieces: ShortcodePiece[] = [];
  let buffer = '';
  let pos = 0;
  while (pos < text.length) {
    const at = nextTagStart(text, pos);
    if (at < 0) break;
    buffer += text.slice(pos, at);
    const tag = readTag(text, at);
    if (!tag || tag.closing) {
      buffer += text.slice(at, tag ? tag.end : at + 3);
      pos = tag ? tag.end : at + 3;
      continue;
    }
    if (tag.comment) {
      buffer += `{{${tag.delim} ${tag.name}${tag.args.replace(/\s+$/, '')} ${tag.delim === '<' ? '>' : '%'}}}`;
      pos = tag.end;
      continue;
    }
    const close = tag.selfClosing ? null : findClose(text, tag);
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
      raw: text.slice(at, end),
    });
    pos = end;
  }
  buffer += text.slice(pos);
  if (buffer) pieces.push({ kind: 'text', value: buffer });
  return pieces;
}
