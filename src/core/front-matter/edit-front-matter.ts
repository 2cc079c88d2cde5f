/**
 * Pure: the front matter form's edits as text changes to the whole post (YAML, TOML or JSON).
 *
 * The post's text is the single source of truth: a form edit becomes TextChange[] that the caller applies
 * through CodeMirror (so undo covers it). Only the edited value's bytes change. Every edit is checked before it
 * is returned: the changed text is read again, the key must hold the new value and every other key its old one,
 * in the same order; when that fails the edit is refused with a message rather than risk the post.
 */
import { splitPost } from '../post/split-post';
import { applyChanges } from './apply-changes';
import { removeJsonField, setJsonField } from './edit-json';
import { removeTomlField, setTomlField } from './edit-toml';
import { removeYamlField, setYamlField } from './edit-yaml';
import { normalizeParams } from './hugo-normalize';
import { detectEol } from './line-ranges';
import { sameValue } from './plain-values';
import { readFrontMatter, readSplit } from './read-front-matter';
import { readYamlValue } from './read-yaml';
import type { EditResult, FieldInput, FrontMatterFormat, TextChange } from './types';

interface FormatEditor {
  set(inner: string, key: string, input: FieldInput, eol: string): EditResult;
  remove(inner: string, key: string): EditResult;
}

const EDITORS: Record<FrontMatterFormat, FormatEditor> = {
  yaml: { set: setYamlField, remove: removeYamlField },
  toml: { set: setTomlField, remove: removeTomlField },
  json: { set: setJsonField, remove: removeJsonField },
};

/**
 * Set top-level `key` to `input`: replace just its value (keeping its quoting and layout), append `key: value`
 * at the end of the block when the key is missing, or create a YAML block at the top when the post has none.
 * Setting the value the key already has gives no changes. Refused when the front matter is invalid or
 * unclosed, or the key is one the form cannot edit in place.
 */
export function setField(text: string, key: string, input: FieldInput): EditResult {
  const split = splitPost(text);
  if (split.unclosed) return refuse('the front matter is not closed');
  const eol = detectEol(text);
  if (split.format === null) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const line = setYamlField('', key, input, eol);
    if (!line.ok) return line;
    const insert = `---${eol}${line.changes.map((c) => c.insert).join('')}---${eol}`;
    return checked(text, [{ from: start, to: start, insert }], {}, key, input);
  }
  const before = readSplit(text, split);
  if (!before.ok) return refuse(invalidMessage(before.error));
  // Writing the value a key already has changes nothing (no reformatting of an untouched field).
  const current = Object.prototype.hasOwnProperty.call(before.data, key) ? before.data[key] : undefined;
  if (current !== undefined && sameValue(current, expectedValue(key, input)))
    return { ok: true, changes: [] };
  const edit = EDITORS[split.format].set(split.inner, key, input, eol);
  if (!edit.ok) return edit;
  return checked(text, shift(edit.changes, split.innerStart), before.data, key, input);
}

/** Remove top-level `key` (its lines; every occurrence of a duplicated key). A missing key changes nothing. */
export function removeField(text: string, key: string): EditResult {
  const split = splitPost(text);
  if (split.unclosed) return refuse('the front matter is not closed');
  if (split.format === null) return { ok: true, changes: [] };
  const before = readSplit(text, split);
  if (!before.ok) return refuse(invalidMessage(before.error));
  const edit = EDITORS[split.format].remove(split.inner, key);
  if (!edit.ok) return edit;
  return checked(text, shift(edit.changes, split.innerStart), before.data, key, null);
}

/** `changes` if the changed text reads back as intended (see the module comment), else a refusal. */
function checked(
  text: string,
  changes: TextChange[],
  before: Record<string, unknown>,
  key: string,
  input: FieldInput | null,
): EditResult {
  const after = readFrontMatter(applyChanges(text, changes));
  if (!after.ok)
    return refuse(`writing "${key}" this way would break the front matter; edit it in the source`);
  const others = (data: Record<string, unknown>) => Object.keys(data).filter((k) => k !== key);
  const kept = others(before);
  const keptAfter = others(after.data);
  const same =
    kept.length === keptAfter.length &&
    kept.every((k, i) => k === keptAfter[i] && sameValue(before[k], after.data[k]));
  const has = Object.prototype.hasOwnProperty.call(after.data, key);
  const value = input === null ? null : expectedValue(key, input);
  const right = input === null ? !has : has && sameValue(after.data[key], value);
  return same && right
    ? { ok: true, changes }
    : refuse(`could not write "${key}" safely here; edit it in the source`);
}

/** What the reader should give for `key` once `input` is written (Hugo's normalisations included). */
function expectedValue(key: string, input: FieldInput): unknown {
  if (input.kind !== 'other') return normalizeParams({ [key]: input.value })[key];
  const read = readYamlValue(input.yaml);
  return read.ok ? normalizeParams({ [key]: read.value })[key] : undefined;
}

function shift(changes: TextChange[], by: number): TextChange[] {
  return changes.map((c) => ({ from: c.from + by, to: c.to + by, insert: c.insert }));
}

function invalidMessage(error: { message: string; line: number }): string {
  return `the front matter has an error on line ${error.line} (${error.message}); fix it in the source first`;
}

function refuse(message: string): EditResult {
  return { ok: false, message };
}
