/**
 * Pure: read YAML front matter the way Hugo's YAML reader (go-yaml v2, YAML 1.1) sees it.
 *
 * `yes/no/on/off/y/n` are booleans and `<<` merges, as in YAML 1.1; but dates stay the strings the author wrote
 * (go-yaml hands Hugo a string for an untagged timestamp too) and `1:20` stays a string (go-yaml has no
 * sexagesimal numbers). Keys are kept as written: `n: 1` has the key "n", not "false". A duplicate key is
 * allowed, the last one wins, and a warning says where.
 */
import { isMap, isScalar, parseDocument, visit, YAMLParseError } from 'yaml';
import type { Document, Node, ParsedNode, Tags } from 'yaml';
import type { InnerProblem, InnerRead } from './inner-read';
import { positionAt } from './line-ranges';

/** Tags of the YAML 1.1 schema that go-yaml does not apply when Hugo reads into a map. */
const DROPPED_TAGS = new Set(['tag:yaml.org,2002:timestamp', 'tag:yaml.org,2002:binary']);

/** The options every front matter YAML parse uses, so reading and editing agree. */
const PARSE_OPTIONS = {
  version: '1.1',
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
  customTags: (tags: Tags) => tags.filter(keepTag),
} as const;

function keepTag(tag: Tags[number]): boolean {
  if (typeof tag === 'string') return !['timestamp', 'binary', 'intTime', 'floatTime'].includes(tag);
  return !DROPPED_TAGS.has(tag.tag) && !('format' in tag && tag.format === 'TIME');
}

/** Deeper flow nesting than this is refused before parsing: front matter never needs it. */
export const MAX_YAML_FLOW_DEPTH = 100;
/** Block nesting deeper than this many columns of indentation is refused likewise. */
export const MAX_YAML_INDENT = 400;

/**
 * Parse YAML front matter into a Document with node ranges (offsets into `inner`). Never throws.
 *
 * Thousands of nested `[`/`{` make the yaml package exhaust the engine's memory in a way no `catch` sees (a fatal
 * RegExp allocation failure that ends the whole tab), so text nested deeper than any real front matter is
 * refused up front with a parse error at the place it gets too deep.
 */
export function parseYamlDocument(inner: string): Document.Parsed {
  const tooDeep = findExcessiveNesting(inner);
  if (tooDeep === null) return parseDocument(inner, PARSE_OPTIONS);
  const doc = parseDocument('', PARSE_OPTIONS);
  doc.errors.push(
    new YAMLParseError(
      [tooDeep, tooDeep + 1],
      'UNEXPECTED_TOKEN',
      `Front matter is nested too deeply (more than ${MAX_YAML_FLOW_DEPTH} levels).`,
    ),
  );
  return doc;
}

/** Offset where flow nesting passes the limit, or a line is indented past it; null when the text is fine. */
function findExcessiveNesting(text: string): number | null {
  let depth = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      indent = 0;
      quote = quote === "'" || quote === '"' ? quote : null;
      continue;
    }
    if (lineStart) {
      if (c === ' ') {
        if (++indent > MAX_YAML_INDENT) return i;
        continue;
      }
      lineStart = false;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl - 1;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_FLOW_DEPTH) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return null;
}

/**
 * A map key as a string, as the author wrote it: a plain scalar's source (`yes`, `n`, `1`), a quoted one's
 * value. null for a key that is not a scalar, or the `<<` merge key.
 */
export function yamlKeyText(key: unknown): string | null {
  if (!isScalar(key)) return null;
  if (key.type === 'PLAIN' && typeof key.source === 'string') return key.source === '<<' ? null : key.source;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

/** Read YAML front matter (the text between the `---` lines) into Hugo's `.Params` shape. Never throws. */
export function readYaml(inner: string): InnerRead {
  const doc = parseYamlDocument(inner);
  const at = (offset: number, message: string): InnerProblem => ({ message, ...positionAt(inner, offset) });
  const warnings = doc.warnings.map((w) => at(w.pos[0], w.message));
  const first = doc.errors[0];
  if (first) return { ok: false, error: at(first.pos[0], first.message), warnings };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null))
    return { ok: true, data: {}, warnings };
  if (!isMap(contents)) {
    return {
      ok: false,
      error: at(contents.range[0], 'front matter must be a map of keys to values'),
      warnings,
    };
  }
  const problem = checkNodes(doc, warnings, at);
  if (problem) return { ok: false, error: problem, warnings };
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 1000 });
    return { ok: true, data: data as Record<string, unknown>, warnings };
  } catch (e) {
    return { ok: false, error: at(contents.range[0], e instanceof Error ? e.message : String(e)), warnings };
  }
}

/**
 * A YAML text typed in the form's generic row (a nested map, a list of maps ...) as the value it stands for,
 * read with the same rules as front matter. Never throws.
 */
export function readYamlValue(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const doc = parseYamlDocument(text);
  const first = doc.errors[0];
  if (first) return { ok: false, message: first.message };
  const problem = checkNodes(doc, [], (offset, message) => ({ message, ...positionAt(text, offset) }));
  if (problem) return { ok: false, message: problem.message };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Walk the document once: give plain keys their source text (so toJS keeps keys as written), warn about
 * duplicate keys, and find aliases without an anchor (go-yaml refuses those). Mutates `doc`'s key nodes.
 */
function checkNodes(
  doc: Document.Parsed,
  warnings: InnerProblem[],
  at: (offset: number, message: string) => InnerProblem,
): InnerProblem | null {
  let problem: InnerProblem | null = null;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = yamlKeyText(pair.key);
        if (key === null) continue;
        const keyNode = pair.key as Node & { value: unknown };
        if (typeof keyNode.value !== 'string') keyNode.value = key;
        if (seen.has(key)) warnings.push(at(startOf(pair.key), `duplicate key "${key}": the last one wins`));
        seen.add(key);
      }
    },
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        problem = at(startOf(alias), `unknown anchor "${alias.source}"`);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return problem;
}

function startOf(node: unknown): number {
  return (node as Partial<ParsedNode> | null)?.range?.[0] ?? 0;
}
