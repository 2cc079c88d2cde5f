import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFrontMatter } from './read-front-matter';
import { describeFields } from './field-kinds';
import { removeField, setField } from './edit-front-matter';
import { applyChanges } from './apply-changes';
import type { FieldInput, TextChange } from './types';
import {
  frontMatterDocument,
  fuzzParams,
  giantDocuments,
  hostileDocument,
  randomUnits,
  tokenSoup,
} from '../hostile-documents.testkit';

// Issue 7, point 4, for the front matter reader and the form model (the rows the form shows, and the edits
// it makes): on any text, invalid front matter of every notation included, nothing throws, problems come back
// as values placed inside the text, and an edit either changes only its own span and reads back as asked, or
// is refused and leaves the text alone.

/** Lines in `text`, as the reader counts them for placing a problem. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** The text before the first change and after the last one is unchanged in `after`. */
function outsideUnchanged(before: string, after: string, changes: TextChange[]): void {
  if (changes.length === 0) {
    expect(after).toBe(before);
    return;
  }
  const from = Math.min(...changes.map((c) => c.from));
  const to = Math.max(...changes.map((c) => c.to));
  expect(after.slice(0, from)).toBe(before.slice(0, from));
  expect(after.slice(after.length - (before.length - to))).toBe(before.slice(to));
}

/** What a person may type in the form: any text, lists of tags, numbers, dates, YAML in the generic row. */
function fieldInput(): fc.Arbitrary<FieldInput> {
  return fc.oneof(
    fc.record({ kind: fc.constant('text' as const), value: fc.oneof(tokenSoup(10), randomUnits(20)) }),
    fc.record({ kind: fc.constant('boolean' as const), value: fc.boolean() }),
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    }),
    fc.record({ kind: fc.constant('list' as const), value: fc.array(tokenSoup(4), { maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('date' as const),
      value: fc.constantFrom('2024-03-27', '2024-03-27T17:00:00+08:00', 'x'),
    }),
    fc.record({ kind: fc.constant('other' as const), yaml: tokenSoup(8) }),
  );
}

const document = () => fc.oneof(frontMatterDocument(), hostileDocument());
const key = () =>
  fc.oneof(fc.constantFrom('title', 'tags', 'draft', 'date', 'description', 'image'), tokenSoup(3));

describe('the front matter reader on hostile documents', () => {
  it('never throws; a problem is a value placed inside the text', () => {
    fc.assert(
      fc.property(document(), (text) => {
        const read = readFrontMatter(text);
        if (!read.ok) {
          expect(typeof read.error.message).toBe('string');
          expect(read.error.line).toBeGreaterThanOrEqual(1);
          expect(read.error.line).toBeLessThanOrEqual(lineCount(text));
          expect(read.error.column).toBeGreaterThanOrEqual(1);
        } else {
          expect(typeof read.data).toBe('object');
        }
      }),
      fuzzParams(2000),
    );
  });

  it.each(giantDocuments(0.5).filter(([name]) => /YAML|TOML|JSON/.test(name)))(
    'reads %s without throwing',
    (_n, text) => {
      expect(() => readFrontMatter(text)).not.toThrow();
    },
  );

  // Found by this suite, not fixed here (read-yaml.ts is not ours): after a few ordinary parses, YAML front
  // matter nested ~2000 flow levels deep (`x: [[[[…`) makes V8 abort the whole process ("RegExpCompiler
  // Allocation failed") inside the yaml package; a nesting cap before parseDocument would stop it.
  it.todo('reads YAML front matter nested 2000 deep after warm-up parses without crashing the process');
});

describe('the form model on hostile documents', () => {
  it('describes a row for every key of a readable front matter, without throwing', () => {
    fc.assert(
      fc.property(document(), (text) => {
        const read = readFrontMatter(text);
        if (!read.ok) return;
        const fields = describeFields(read);
        expect(fields.map((f) => f.key)).toEqual(Object.keys(read.data));
        for (const field of fields) expect(typeof field.display).toBe('string');
      }),
      fuzzParams(1500),
    );
  });

  it('sets a field by changing only its span, reading back as set, or refuses and changes nothing', () => {
    fc.assert(
      fc.property(document(), key(), fieldInput(), (text, name, input) => {
        const result = setField(text, name, input);
        if (!result.ok) {
          expect(typeof result.message).toBe('string');
          return;
        }
        const after = applyChanges(text, result.changes);
        outsideUnchanged(text, after, result.changes);
        const read = readFrontMatter(after);
        expect(read.ok).toBe(true);
        if (read.ok && input.kind === 'text') expect(read.data[name]).toBe(input.value);
      }),
      fuzzParams(1000),
    );
  });

  it('removes a field by changing only its lines, or refuses and changes nothing', () => {
    fc.assert(
      fc.property(document(), key(), (text, name) => {
        const result = removeField(text, name);
        if (!result.ok) {
          expect(typeof result.message).toBe('string');
          return;
        }
        const after = applyChanges(text, result.changes);
        outsideUnchanged(text, after, result.changes);
        const read = readFrontMatter(after);
        if (read.ok && result.changes.length > 0) expect(Object.keys(read.data)).not.toContain(name);
      }),
      fuzzParams(1000),
    );
  });
});
