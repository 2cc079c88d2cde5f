/**
 * Pure: edit one top-level `key = value` of TOML front matter by replacing only the bytes of its value.
 *
 * Strings keep their style (basic, literal, multi-line), arrays keep their quotes, separator and line layout,
 * native dates stay native. Keys inside tables (`[params]`) and dotted keys are refused: the form shows them as
 * one generic value and they are edited in the source. Offsets are into the inner text (between the `+++`).
 */
import { indentOfLine, nextLineStart } from './line-ranges';
import { readToml } from './read-toml';
import { readYamlValue } from './read-yaml';
import { scanTomlTopLevel, scanValue } from './scan-toml';
import type { TomlEntry } from './scan-toml';
import type { EditResult, FieldInput, TextChange } from './types';
import { isTomlDateTime, tomlInlineValue, tomlKey, tomlString } from './write-toml';
import type { TomlStringStyle } from './write-toml';

type Located =
  | { ok: true; entry: TomlEntry | null; entries: TomlEntry[]; tablesStart: number }
  | { ok: false; message: string };

/** Set top-level `key` to `input` in TOML front matter `inner`, adding `key = value` when it is missing. */
export function setTomlField(inner: string, key: string, input: FieldInput, eol: string): EditResult {
  const found = locate(inner, key);
  if (!found.ok) return found;
  const { entry, entries, tablesStart } = found;
  const old = entry ? inner.slice(entry.valueStart, entry.valueEnd) : null;
  const value = valueText(input, old, eol);
  if (!value.ok) return value;
  if (entry) return done([{ from: entry.valueStart, to: entry.valueEnd, insert: value.text }]);
  const last = entries[entries.length - 1];
  const sep = last ? inner.slice(last.keyEnd, last.valueStart) : ' = ';
  const line = `${tomlKey(key)}${sep}${value.text}${eol}`;
  if (last) {
    const lead = last.lineEnd === inner.length && !inner.endsWith('\n') && inner !== '' ? eol : '';
    return done([{ from: last.lineEnd, to: last.lineEnd, insert: lead + line }]);
  }
  const lead = tablesStart === inner.length && inner !== '' && !inner.endsWith('\n') ? eol : '';
  const gap = tablesStart < inner.length ? eol : '';
  return done([{ from: tablesStart, to: tablesStart, insert: lead + line + gap }]);
}

/** Remove top-level `key` (its whole lines) from TOML front matter `inner`. A missing key changes nothing. */
export function removeTomlField(inner: string, key: string): EditResult {
  const found = locate(inner, key);
  if (!found.ok) return found;
  const { entry } = found;
  return done(entry ? [{ from: entry.lineStart, to: entry.lineEnd, insert: '' }] : []);
}

function locate(inner: string, key: string): Located {
  const scan = scanTomlTopLevel(inner);
  if (!scan.ok) return { ok: false, message: 'the front matter is not valid TOML' };
  const matches = scan.entries.filter((e) => e.path[0] === key);
  if (matches.some((e) => e.path.length > 1)) {
    return { ok: false, message: `"${key}" is a dotted key (a table) in TOML; edit it in the source` };
  }
  const entry = matches[0] ?? null;
  if (!entry) {
    const read = readToml(inner);
    if (read.ok && Object.prototype.hasOwnProperty.call(read.data, key)) {
      return { ok: false, message: `"${key}" is a TOML table; edit it in the source` };
    }
  }
  return { ok: true, entry, entries: scan.entries, tablesStart: scan.tablesStart };
}

type Text = { ok: true; text: string } | { ok: false; message: string };

/** The new value's text, shaped like `old` (the old value's text, null for a new key). */
function valueText(input: FieldInput, old: string | null, eol: string): Text {
  switch (input.kind) {
    case 'text':
      return { ok: true, text: tomlString(input.value, stringStyle(old), leadingBreak(old), eol) };
    case 'boolean':
      return { ok: true, text: String(input.value) };
    case 'number': {
      if (!Number.isFinite(input.value)) return { ok: false, message: 'the number must be finite' };
      const text = String(input.value);
      const wasFloat = old !== null && /^[+-]?(?:[\d_]*[.eE]|inf|nan)/.test(old) && !/^0[xob]/.test(old);
      return { ok: true, text: wasFloat && /^-?\d+$/.test(text) ? `${text}.0` : text };
    }
    case 'date':
      if (old !== null && /^["']/.test(old))
        return { ok: true, text: tomlString(input.value, stringStyle(old), false, eol) };
      return {
        ok: true,
        text: isTomlDateTime(input.value) ? input.value : tomlString(input.value, 'basic', false, eol),
      };
    case 'list':
      return { ok: true, text: arrayText(input.value, old, eol) };
    case 'other': {
      const read = readYamlValue(input.yaml);
      if (!read.ok) return { ok: false, message: `not valid YAML: ${read.message}` };
      const text = tomlInlineValue(read.value);
      return text === null
        ? { ok: false, message: 'TOML cannot hold this value (null?)' }
        : { ok: true, text };
    }
  }
}

function stringStyle(old: string | null): TomlStringStyle {
  if (old?.startsWith('"""')) return 'ml-basic';
  if (old?.startsWith("'''")) return 'ml-literal';
  return old?.startsWith("'") ? 'literal' : 'basic';
}

function leadingBreak(old: string | null): boolean {
  return old !== null && /^("""|''')\r?\n/.test(old);
}

/** An array of strings laid out like the old array: same quotes, separator, padding, one item per line or not. */
function arrayText(items: string[], old: string | null, eol: string): string {
  if (items.length === 0) return '[]';
  if (old === null || !old.startsWith('['))
    return `[${items.map((i) => tomlString(i, 'basic', false, eol)).join(', ')}]`;
  const layout = arrayLayout(old);
  const [a, b] = layout.items;
  const style: TomlStringStyle = a && old[a[0]] === "'" ? 'literal' : 'basic';
  const written = items.map((i) => tomlString(i, style, false, eol));
  if (!old.includes('\n')) {
    const sep = a && b ? old.slice(a[1], b[0]).replace(/^\s+,/, ',') : ', ';
    const pad = a && old[1] === ' ' ? ' ' : '';
    return `[${pad}${written.join(sep)}${pad}]`;
  }
  const indent = a && a[0] > old.indexOf('\n') ? indentOfLine(old, a[0]) : '  ';
  const close = indentOfLine(old, old.length - 1);
  const lines = written.map(
    (w, i) => `${indent}${w}${i < written.length - 1 || layout.trailingComma ? ',' : ''}`,
  );
  return `[${eol}${lines.join(eol)}${eol}${close}]`;
}

/** The item spans of an array's text (`[...]`), and whether a comma follows the last item. */
function arrayLayout(old: string): { items: [number, number][]; trailingComma: boolean } {
  const items: [number, number][] = [];
  let trailingComma = false;
  let pos = skipSpaceAndComments(old, 1);
  while (pos < old.length - 1 && old[pos] !== ']') {
    let end = scanValue(old, pos);
    if (!/^["'[{]/.test(old.charAt(pos))) end = pos + (/^[^\s,\]#]*/.exec(old.slice(pos))?.[0].length ?? 1);
    items.push([pos, end]);
    pos = skipSpaceAndComments(old, end);
    trailingComma = old[pos] === ',';
    if (!trailingComma) break;
    pos = skipSpaceAndComments(old, pos + 1);
  }
  return { items, trailingComma };
}

function skipSpaceAndComments(text: string, pos: number): number {
  while (pos < text.length) {
    if (/\s/.test(text.charAt(pos))) pos++;
    else if (text[pos] === '#') pos = nextLineStart(text, pos);
    else break;
  }
  return pos;
}

function done(changes: TextChange[]): EditResult {
  return { ok: true, changes };
}
