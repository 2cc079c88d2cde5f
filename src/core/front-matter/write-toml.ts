/**
 * Pure: write single TOML values (strings in each of TOML's four string styles, keys, inline values) for the
 * TOML editor. Line breaks inside multi-line strings are written with the post's own `eol`.
 */

/** TOML's string styles: "basic", 'literal', """multi-line basic""", '''multi-line literal'''. */
export type TomlStringStyle = 'basic' | 'literal' | 'ml-basic' | 'ml-literal';

const SHORT_ESCAPES: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
};

/**
 * `value` as a TOML string in `style` where that style can hold it (a literal string cannot hold `'`, line
 * breaks or control characters; it then becomes basic). `leadingBreak` keeps a multi-line string's opening
 * delimiter on its own line, as it was.
 */
export function tomlString(
  value: string,
  style: TomlStringStyle,
  leadingBreak: boolean,
  eol: string,
): string {
  const text = value.replace(/\r\n/g, '\n');
  if (style === 'literal' && !text.includes("'") && !hasControl(text, false)) return `'${text}'`;
  if (style === 'ml-literal' && !text.includes("'''") && !hasControl(text, true)) {
    const lead = leadingBreak || text.startsWith('\n') ? eol : '';
    return `'''${lead}${text.replace(/\n/g, eol)}'''`;
  }
  if (style === 'ml-basic' || style === 'ml-literal') {
    const body = escape(text, true);
    const lines = (!leadingBreak && body.startsWith('\n') ? `\\n${body.slice(1)}` : body).split('\n');
    return `"""${leadingBreak ? eol : ''}${lines.join(eol)}"""`;
  }
  return `"${escape(text, false)}"`;
}

/** A key: bare when it is made of letters, digits, `_` and `-`, else a basic string. */
export function tomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key, 'basic', false, '\n');
}

/** True for a date TOML can hold natively (RFC 3339 with seconds, or a date alone). */
export function isTomlDateTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})?)?$/.test(text);
}

/**
 * A plain value (from the form's YAML box) as one inline TOML value: arrays as `[...]`, maps as inline tables
 * `{ a = 1 }`. null when TOML cannot hold it (null, or a number that is not finite).
 */
export function tomlInlineValue(value: unknown): string | null {
  if (typeof value === 'string') return tomlString(value, 'basic', false, '\n');
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(tomlInlineValue);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value).map(([k, v]) => {
      const inline = tomlInlineValue(v);
      return inline === null ? null : `${tomlKey(k)} = ${inline}`;
    });
    if (parts.some((p) => p === null)) return null;
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return null;
}

/** Control characters TOML strings cannot hold raw: C0 except tab (and line feed when `keepLf`), and DEL. */
function isControl(code: number, keepLf: boolean): boolean {
  return (code < 0x20 && code !== 0x09 && !(keepLf && code === 0x0a)) || code === 0x7f;
}

function hasControl(text: string, keepLf: boolean): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i), keepLf)) return true;
  return false;
}

/** Escape `"`, `\` and control characters for a basic string (multi-line: line feeds and tabs stay raw). */
function escape(text: string, multiLine: boolean): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\' || (isControl(code, multiLine) && !(multiLine && c === '\t'))) {
      out += SHORT_ESCAPES[c] ?? `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`;
    } else out += c;
  }
  return out;
}
