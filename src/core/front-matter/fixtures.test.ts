/**
 * Fixture runner: tests/fixtures/front-matter/<case>/{input.md, edit.json, output.md}.
 *
 * edit.json is `{ "op": "set", "key", "input": FieldInput }` or `{ "op": "remove", "key" }`, with optional
 * `"changedLines": n` (exactly n lines differ) and `"refused": true` (the edit must be refused; no output.md).
 * `UPDATE=1 npx vitest run src/core/front-matter/fixtures` rewrites every output.md from the current code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitPost } from '../post/split-post';
import { applyChanges } from './apply-changes';
import { removeField, setField } from './edit-front-matter';
import { readFrontMatter } from './read-front-matter';
import type { FieldInput, TextChange } from './types';

interface EditSpec {
  op: 'set' | 'remove';
  key: string;
  input?: FieldInput;
  changedLines?: number;
  refused?: boolean;
}

const ROOT = fileURLToPath(new URL('../../../tests/fixtures/front-matter', import.meta.url));
const UPDATE = process.env['UPDATE'] === '1';
const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function run(text: string, spec: EditSpec) {
  return spec.op === 'set' ? setField(text, spec.key, spec.input as FieldInput) : removeField(text, spec.key);
}

/** Changes sorted by position and not overlapping (what CodeMirror needs). */
function expectOrdered(changes: TextChange[]): void {
  for (let i = 1; i < changes.length; i++) {
    expect(changes[i]!.from).toBeGreaterThanOrEqual(changes[i - 1]!.to);
  }
}

describe('front matter fixtures', () => {
  it('has at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('%s', (name) => {
    const dir = join(ROOT, name);
    const input = readFileSync(join(dir, 'input.md'), 'utf8');
    const spec = JSON.parse(readFileSync(join(dir, 'edit.json'), 'utf8')) as EditSpec;
    const result = run(input, spec);
    if (spec.refused) {
      expect(result.ok).toBe(false);
      return;
    }
    if (!result.ok) throw new Error(`edit refused: ${result.message}`);
    expectOrdered(result.changes);
    const output = applyChanges(input, result.changes);
    const outputPath = join(dir, 'output.md');
    if (UPDATE) writeFileSync(outputPath, output);
    if (!existsSync(outputPath))
      throw new Error(`${name} has no output.md yet: review one made with UPDATE=1`);
    expect(output).toBe(readFileSync(outputPath, 'utf8'));

    // The body is byte-identical, and every other key keeps its value and place.
    const [before, after] = [splitPost(input), splitPost(output)];
    expect(output.slice(after.bodyStart)).toBe(input.slice(before.bodyStart));
    const [readBefore, readAfter] = [readFrontMatter(input), readFrontMatter(output)];
    if (!readBefore.ok || !readAfter.ok) throw new Error('front matter does not read');
    const others = (data: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(data).filter(([k]) => k !== spec.key));
    expect(Object.keys(others(readAfter.data))).toEqual(Object.keys(others(readBefore.data)));
    expect(others(readAfter.data)).toEqual(others(readBefore.data));

    const had = Object.prototype.hasOwnProperty.call(readBefore.data, spec.key);
    if (spec.op === 'remove') {
      expect(result.changes.every((c) => c.insert === '')).toBe(true);
      expect(spec.key in readAfter.data).toBe(false);
    } else if (had) {
      // Every change lies inside the span the key's own lines take (what removing the key would delete).
      const removal = removeField(input, spec.key);
      if (!removal.ok) throw new Error(removal.message);
      const from = Math.min(...removal.changes.map((c) => c.from));
      const to = Math.max(...removal.changes.map((c) => c.to));
      for (const c of result.changes) {
        expect(c.from).toBeGreaterThanOrEqual(from);
        expect(c.to).toBeLessThanOrEqual(to);
      }
    } else if (before.format !== null) {
      // A new key is a pure insertion, and removing it again gives back the input exactly.
      expect(result.changes.every((c) => c.from === c.to)).toBe(true);
      const undo = removeField(output, spec.key);
      if (!undo.ok) throw new Error(undo.message);
      expect(applyChanges(output, undo.changes)).toBe(input);
    }

    if (spec.changedLines !== undefined) {
      const [a, b] = [input.split('\n'), output.split('\n')];
      expect(b.length).toBe(a.length);
      expect(a.filter((line, i) => line !== b[i]).length).toBe(spec.changedLines);
    }
  });
});
