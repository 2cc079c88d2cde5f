/**
 * Pure: edit one top-level key of JSON front matter by replacing only the bytes of its value.
 *
 * A new key goes after the last one with the same indentation and `": "` spacing; a list keeps its one-line or
 * one-item-per-line layout. Offsets are into the inner text (the object).
 */
import { indentOfLine, startsItsLine } from './line-ranges';
import { readYamlValue } from './read-yaml';
import { scanJson } from './scan-json';
import type { JsonEntry } from './scan-json';
import type { EditResult, FieldInput, TextChange } from './types';

/** Set top-level `key` to `input` in JSON front matter `inner`, adding the key after the last one if missing. */
export function setJsonField(inner: string, key: string, input: FieldInput, eol: string): EditResult {
  const scan = scanJson(inner);
  if (!scan.ok) return { ok: false, message: `the front matter is not valid JSON: ${scan.message}` };
  const entry = scan.entries.filter((e) => e.key === key).pop();
  const last = scan.entries[scan.entries.length - 1];
  const multiLine = inner.slice(scan.objectStart, scan.objectEnd).includes('\n');
  const firstEntry = scan.entries[0];
  const unit = firstEntry && multiLine ? indentOfLine(inner, firstEntry.keyStart) || '  ' : '  ';
  const old = entry ? inner.slice(entry.valueStart, entry.valueEnd) : null;
  const value = valueText(input, old, multiLine ? unit : '', eol);
  if (!value.ok) return value;
  if (entry) return done([{ from: entry.valueStart, to: entry.valueEnd, insert: value.text }]);
  const name = JSON.stringify(key);
  if (!last) {
    const between = inner.slice(scan.objectStart + 1, scan.objectEnd);
    const insert = `${eol}  ${name}: ${value.text}${between.includes('\n') ? '' : eol}`;
    return done([{ from: scan.objectStart + 1, to: scan.objectStart + 1, insert }]);
  }
  const lead = startsItsLine(inner, last.keyStart) ? eol + indentOfLine(inner, last.keyStart) : ' ';
  const colon = inner.slice(last.keyEnd, last.valueStart);
  return done([{ from: last.valueEnd, to: last.valueEnd, insert: `,${lead}${name}${colon}${value.text}` }]);
}

/** Remove every occurrence of top-level `key` from JSON front matter `inner`, with its comma and line. */
export function removeJsonField(inner: string, key: string): EditResult {
  let text = inner;
  for (;;) {
    const scan = scanJson(text);
    if (!scan.ok) return { ok: false, message: `the front matter is not valid JSON: ${scan.message}` };
    const i = scan.entries.findIndex((e) => e.key === key);
    const entry = scan.entries[i];
    if (!entry) break;
    const prev = scan.entries[i - 1];
    const next = scan.entries[i + 1];
    let from: number;
    let to: number;
    if (next) [from, to] = [lineOrKeyStart(text, entry), lineOrKeyStart(text, next)];
    else if (prev) [from, to] = [prev.valueEnd, entry.valueEnd];
    else [from, to] = [scan.objectStart + 1, scan.objectEnd];
    text = text.slice(0, from) + text.slice(to);
  }
  return done(text === inner ? [] : [minimalChange(inner, text)]);
}

type Text = { ok: true; text: string } | { ok: false; message: string };

function valueText(input: FieldInput, old: string | null, unit: string, eol: string): Text {
  switch (input.kind) {
    case 'text':
    case 'date':
    case 'boolean':
      return { ok: true, text: JSON.stringify(input.value) };
    case 'number':
      if (!Number.isFinite(input.value)) return { ok: false, message: 'the number must be finite' };
      return { ok: true, text: JSON.stringify(input.value) };
    case 'list':
      return { ok: true, text: arrayText(input.value, old, eol) };
    case 'other': {
      const read = readYamlValue(input.yaml);
      if (!read.ok) return { ok: false, message: `not valid YAML: ${read.message}` };
      const json = JSON.stringify(read.value, null, unit) as string | undefined;
      if (json === undefined) return { ok: false, message: 'JSON cannot hold this value' };
      return { ok: true, text: json.split('\n').join(eol + unit) };
    }
  }
}

/** A list of strings, one line or one item per line as the old array was. */
function arrayText(items: string[], old: string | null, eol: string): string {
  const written = items.map((i) => JSON.stringify(i));
  if (written.length === 0) return '[]';
  if (old === null || !old.startsWith('[') || !old.includes('\n')) {
    const compact = old !== null && /,\S/.test(old) && !/,\s/.test(old);
    const pad = old !== null && /^\[ \S/.test(old) ? ' ' : '';
    return `[${pad}${written.join(compact ? ',' : ', ')}${pad}]`;
  }
  const firstItem = old.slice(1).search(/\S/) + 1;
  const indent = old[firstItem] === ']' ? '  ' : indentOfLine(old, firstItem);
  return `[${eol}${written.map((w) => indent + w).join(`,${eol}`)}${eol}${indentOfLine(old, old.length - 1)}]`;
}

function lineOrKeyStart(text: string, entry: JsonEntry): number {
  return startsItsLine(text, entry.keyStart)
    ? entry.keyStart - indentOfLine(text, entry.keyStart).length
    : entry.keyStart;
}

/** One change turning `before` into `after`: the span between their common prefix and common suffix. */
function minimalChange(before: string, after: string): TextChange {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before.at(-1 - end) === after.at(-1 - end)
  )
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

function done(changes: TextChange[]): EditResult {
  return { ok: true, changes };
}
