/**
 * Pure: edit one top-level key of YAML front matter by replacing only the bytes of its value.
 *
 * The yaml Document API gives every node's range; the new value is written with the yaml package in the style
 * the old one had (plain, quoted, block scalar, flow or block list) and dropped into that range. Every other
 * byte (other keys, their order, comments, blank lines, line breaks) stays as it was. Offsets in the returned
 * changes are into the inner text (between the `---` lines).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, ParsedNode, YAMLMap } from 'yaml';
import { indentOfLine, lineStartOf, nextLineStart, trimLineBreakBefore } from './line-ranges';
import { parseYamlDocument, yamlKeyText } from './read-yaml';
import type { EditResult, FieldInput, TextChange } from './types';
import { yamlBoolean, yamlFlowItem, yamlKey, yamlScalarText } from './write-yaml';
import type { YamlScalarStyle } from './write-yaml';

type Found = { ok: true; map: YAMLMap | null } | { ok: false; message: string };

/** Set `key` to `input` in YAML front matter `inner`, appending the key when it is missing. */
export function setYamlField(inner: string, key: string, input: FieldInput, eol: string): EditResult {
  const found = topMap(inner);
  if (!found.ok) return found;
  const { map } = found;
  const pair = map ? findPairs(map, key).pop() : undefined;
  const firstKey = map?.items[0] ? nodeRange(map.items[0].key) : null;
  const indent = firstKey ? firstKey[0] - lineStartOf(inner, firstKey[0]) : 0;
  if (!pair) {
    const text = valueText(inner, input, null, indent + 2, map);
    if (!text.ok) return text;
    const lead = inner === '' || inner.endsWith('\n') ? '' : eol;
    const line = `${' '.repeat(indent)}${yamlKey(key)}:${text.text}`;
    return done([{ from: inner.length, to: inner.length, insert: lead + line.replace(/\n/g, eol) + eol }]);
  }
  const value = pair.value as ParsedNode | null;
  const text = valueText(inner, input, value, indent + 2, map);
  if (!text.ok) return text;
  const insert = text.text.replace(/\n/g, eol);
  const colonEnd = afterColon(inner, nodeRange(pair.key)?.[1] ?? 0);
  const range = value ? nodeRange(value) : null;
  if (!value || !range || range[0] === range[1]) return done([{ from: colonEnd, to: colonEnd, insert }]);
  const blockCollection = (isMap(value) || isSeq(value)) && !value.flow;
  const end = blockCollection || isBlockScalar(value) ? trimLineBreakBefore(inner, range[1]) : range[1];
  if (blockCollection || !insert.startsWith(' ')) return done([{ from: colonEnd, to: end, insert }]);
  return done([{ from: range[0], to: end, insert: insert.slice(1) }]);
}

/** Remove every occurrence of `key` from YAML front matter `inner`: the lines of its key and value. */
export function removeYamlField(inner: string, key: string): EditResult {
  const found = topMap(inner);
  if (!found.ok) return found;
  const changes: TextChange[] = [];
  for (const pair of found.map ? findPairs(found.map, key) : []) {
    const keyRange = nodeRange(pair.key);
    if (!keyRange) continue;
    const valueRange = nodeRange(pair.value);
    const end = Math.max(keyRange[1], valueRange?.[2] ?? 0);
    const to = inner.charAt(end - 1) === '\n' ? end : nextLineStart(inner, end);
    changes.push({ from: lineStartOf(inner, keyRange[0]), to, insert: '' });
  }
  return done(changes);
}

function topMap(inner: string): Found {
  const doc = parseYamlDocument(inner);
  const error = doc.errors[0];
  if (error) return { ok: false, message: `the front matter is not valid YAML: ${error.message}` };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { ok: true, map: null };
  if (!isMap(contents)) return { ok: false, message: 'the front matter is not a map of keys to values' };
  if (contents.flow) return { ok: false, message: 'the front matter is one {…} map; edit it in the source' };
  return { ok: true, map: contents };
}

function findPairs(map: YAMLMap, key: string): Pair[] {
  return map.items.filter((pair) => yamlKeyText(pair.key) === key);
}

type Text = { ok: true; text: string } | { ok: false; message: string };

/** The text that follows `key:` for the new value, shaped like `old` (null for a new key). */
function valueText(
  inner: string,
  input: FieldInput,
  old: ParsedNode | null,
  blockIndent: number,
  map: YAMLMap | null,
): Text {
  const style: YamlScalarStyle = isScalar(old) && old.type ? old.type : 'PLAIN';
  switch (input.kind) {
    case 'text': {
      const indent = isBlockScalar(old) ? blockContentIndent(inner, old, blockIndent) : blockIndent;
      return { ok: true, text: yamlScalarText(input.value, style, indent) };
    }
    case 'boolean':
      return {
        ok: true,
        text: ` ${yamlBoolean(input.value, isScalar(old) && old.type === 'PLAIN' ? (old.source ?? null) : null)}`,
      };
    case 'number': {
      if (!Number.isFinite(input.value)) return { ok: false, message: 'the number must be finite' };
      const text = yamlScalarText(input.value, 'PLAIN', blockIndent);
      // A float written `1.0` stays a float when it becomes a whole number.
      const wasFloat = isScalar(old) && old.type === 'PLAIN' && /^[-+]?[\d_]*\.\d/.test(old.source ?? '');
      return { ok: true, text: wasFloat && /^ -?\d+$/.test(text) ? `${text}.0` : text };
    }
    case 'date': {
      const quoted = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE';
      if (!quoted && /^[0-9][0-9TtZz:.+ -]*[0-9Zz]$/.test(input.value) && !input.value.includes(': ')) {
        return { ok: true, text: ` ${input.value}` };
      }
      return { ok: true, text: yamlScalarText(input.value, quoted ? style : 'PLAIN', blockIndent) };
    }
    case 'list':
      return { ok: true, text: listText(inner, input.value, old, map) };
    case 'other':
      return otherText(input.yaml, blockIndent);
  }
}

/** A list of strings: a block list stays a block list, a flow list keeps its quotes, spacing and separator. */
function listText(inner: string, items: string[], old: ParsedNode | null, map: YAMLMap | null): string {
  const range = nodeRange(old);
  if (isSeq(old) && !old.flow && range && items.length > 0) {
    const column = range[0] - lineStartOf(inner, range[0]);
    const style = itemStyle(old.items[0]) ?? 'PLAIN';
    const lines = items.map(
      (item) => `${' '.repeat(column)}- ${yamlScalarText(item, style, column + 2).slice(1)}`,
    );
    return `\n${lines.join('\n')}`;
  }
  let style: YamlScalarStyle = 'QUOTE_DOUBLE';
  let sep = ', ';
  let pad = '';
  if (isSeq(old) && old.flow && range) {
    style = itemStyle(old.items[0]) ?? flowStyleHint(map) ?? style;
    const [a, b] = [nodeRange(old.items[0]), nodeRange(old.items[1])];
    if (a && b && !inner.slice(a[1], b[0]).includes('\n')) sep = inner.slice(a[1], b[0]).replace(/\s*,/, ',');
    if (old.items.length > 0 && /^\[[ \t]/.test(inner.slice(range[0], range[1]))) pad = ' ';
  } else style = flowStyleHint(map) ?? style;
  if (items.length === 0) return ' []';
  return ` [${pad}${items.map((item) => yamlFlowItem(item, style)).join(sep)}${pad}]`;
}

/** The YAML text typed in the generic row: inline after `key:`, or as an indented block below it. */
function otherText(yaml: string, blockIndent: number): Text {
  const doc = parseYamlDocument(yaml);
  const error = doc.errors[0];
  if (error) return { ok: false, message: `not valid YAML: ${error.message}` };
  const lines = yaml
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
    .split('\n');
  const dedent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0));
  const body = lines.map((l) => (l.trim() === '' ? '' : ' '.repeat(blockIndent) + l.slice(dedent)));
  const contents = doc.contents;
  if ((isMap(contents) || isSeq(contents)) && !contents.flow)
    return { ok: true, text: `\n${body.join('\n')}` };
  if (lines.join('') === '') return { ok: true, text: '' };
  return { ok: true, text: ` ${[body[0]?.trimStart(), ...body.slice(1)].join('\n')}` };
}

/** The quote style of the first string item of a flow list elsewhere at the top level, to match it. */
function flowStyleHint(map: YAMLMap | null): YamlScalarStyle | null {
  for (const pair of map?.items ?? []) {
    if (isSeq(pair.value) && pair.value.flow) {
      const style = itemStyle(pair.value.items[0]);
      if (style) return style;
    }
  }
  return null;
}

function itemStyle(item: unknown): YamlScalarStyle | null {
  if (!isScalar(item) || typeof item.value !== 'string') return null;
  return item.type === 'QUOTE_SINGLE' || item.type === 'QUOTE_DOUBLE' ? item.type : 'PLAIN';
}

function isBlockScalar(node: unknown): node is ParsedNode {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

/** The indentation of a block scalar's first content line, so a rewrite indents the same way. */
function blockContentIndent(inner: string, node: ParsedNode, fallback: number): number {
  const [start, end] = node.range;
  for (let pos = nextLineStart(inner, start); pos < end; pos = nextLineStart(inner, pos)) {
    const line = inner.slice(pos, nextLineStart(inner, pos));
    if (line.trim() !== '') return indentOfLine(inner, pos).length;
    if (nextLineStart(inner, pos) === pos) break;
  }
  return fallback;
}

function afterColon(inner: string, keyEnd: number): number {
  const colon = inner.indexOf(':', keyEnd);
  return colon < 0 ? keyEnd : colon + 1;
}

function nodeRange(node: unknown): [number, number, number] | null {
  const range = (node as Partial<ParsedNode> | null)?.range;
  return range ? [range[0], range[1], range[2]] : null;
}

function done(changes: TextChange[]): EditResult {
  return { ok: true, changes };
}
