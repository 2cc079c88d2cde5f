/**
 * Pure: write single YAML values (scalars, list items, keys) in a chosen style with the yaml package, for the
 * YAML editor to drop into an existing document. Nothing here sees the document itself.
 *
 * Line breaks in the results are `\n`; the editor converts them to the post's own.
 */
import { Document, Pair, Scalar, YAMLMap } from 'yaml';

/** The scalar styles of the yaml package (`Scalar.Type`). */
export type YamlScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** Line breaks as YAML 1.1 (go-yaml) sees them: a plain or single-quoted scalar cannot carry them safely. */
const BREAKS = /[\n\r\u0085\u2028\u2029]/;
/** Line breaks other than LF: a block scalar would turn them into LF (or fold them). */
const ODD_BREAKS = /[\r\u0085\u2028\u2029]/;
/** A lone surrogate (a valid pair is one code point under the `u` flag, so it does not match). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Characters only double quotes' escapes can carry: control characters (not tab or line breaks), DEL, lone surrogates. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return LONE_SURROGATE.test(value);
}

/**
 * The text that follows `key:` for `value` written in `style` (or the nearest style that can hold it), with
 * its leading space: ` hello`, ` "a: b"`, ` >-\n  folded text`. `indent` is the absolute indentation of a
 * block scalar's content lines. Strings with line breaks leave plain and single-quoted style for double quotes.
 */
export function yamlScalarText(
  value: string | number | boolean,
  style: YamlScalarStyle,
  indent: number,
): string {
  let type = style;
  if (typeof value === 'string') {
    if ((type === 'PLAIN' || type === 'QUOTE_SINGLE') && (BREAKS.test(value) || hasControl(value))) {
      type = 'QUOTE_DOUBLE';
    }
    const block = type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED';
    if (block && (value === '' || hasControl(value) || ODD_BREAKS.test(value))) {
      type = 'QUOTE_DOUBLE';
    }
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string') scalar.type = type;
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar('k'), scalar));
  const doc = new Document(null, { version: '1.1' });
  doc.contents = map;
  const lineWidth = type === 'BLOCK_FOLDED' ? 80 : 0;
  const out = doc.toString({ indent: Math.max(1, indent), lineWidth, minContentWidth: 0 });
  const text = out.slice(2).replace(/\n$/, '');
  // go-yaml takes NEL, LS and PS as line breaks even inside quotes: write them as escapes.
  return text.startsWith(' "') ? text.replace(/[\u0085\u2028\u2029]/g, (c) => NAMED_ESCAPES[c] ?? c) : text;
}

const NAMED_ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/** `value` as a string item inside a flow list `[...]`, in `style` where it can be (else double-quoted). */
export function yamlFlowItem(value: string, style: YamlScalarStyle): string {
  if (style === 'QUOTE_SINGLE' && !BREAKS.test(value) && !hasControl(value))
    return `'${value.replace(/'/g, "''")}'`;
  if (style === 'PLAIN' && isPlainFlowSafe(value)) return value;
  return yamlScalarText(value, 'QUOTE_DOUBLE', 2).slice(1);
}

/** A map key: bare when it reads back as the same string, else double-quoted. */
export function yamlKey(key: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key) && yamlScalarText(key, 'PLAIN', 2) === ` ${key}`
    ? key
    : yamlScalarText(key, 'QUOTE_DOUBLE', 2).slice(1);
}

const BOOLEAN_WORDS: [string, string][] = [
  ['true', 'false'],
  ['yes', 'no'],
  ['on', 'off'],
  ['y', 'n'],
];

/**
 * A boolean in the same family and case as `original` (`yes` -> `no`, `On` -> `Off`, `TRUE` -> `FALSE`), or
 * `true`/`false` when the original was not a boolean word.
 */
export function yamlBoolean(value: boolean, original: string | null): string {
  const lower = original?.toLowerCase() ?? '';
  const pair = BOOLEAN_WORDS.find(([t, f]) => t === lower || f === lower);
  const word = (pair ?? ['true', 'false'])[value ? 0 : 1];
  if (!pair || !original || original === lower) return word;
  if (original === original.toUpperCase()) return word.toUpperCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** True when `value` can stand unquoted inside `[...]` and read back as the same string. */
function isPlainFlowSafe(value: string): boolean {
  if (value === '' || value !== value.trim() || /[,[\]{}#]/.test(value) || /:(\s|$)/.test(value))
    return false;
  return yamlScalarText(value, 'PLAIN', 2) === ` ${value}`;
}
