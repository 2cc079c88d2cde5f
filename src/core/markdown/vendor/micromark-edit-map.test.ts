import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Event, Token } from 'micromark-util-types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditMap } from './micromark-edit-map';

/** A distinct stand-in event (the edit map never looks inside one). */
const event = (name: string): Event => ['enter', { type: name } as unknown as Token, {} as Event[2]];
const names = (events: Event[]) => events.map((e) => e[1].type as string);

interface Edit {
  at: number;
  remove: number;
  add: number;
  before: boolean;
}

/** The edits' meaning, spelled out: merged per index as `add`/`addBefore` do, then spliced from the last back. */
function applyBySplice(list: string[], edits: Edit[], tag: (i: number) => string[]): string[] {
  const merged = new Map<number, { remove: number; add: string[] }>();
  edits.forEach((edit, i) => {
    if (edit.remove === 0 && edit.add === 0) return;
    const add = tag(i);
    const existing = merged.get(edit.at);
    if (!existing) merged.set(edit.at, { remove: edit.remove, add });
    else {
      existing.remove += edit.remove;
      existing.add = edit.before ? [...add, ...existing.add] : [...existing.add, ...add];
    }
  });
  const out = [...list];
  for (const at of [...merged.keys()].sort((a, b) => b - a)) {
    const { remove, add } = merged.get(at) as { remove: number; add: string[] };
    out.splice(at, remove, ...add);
  }
  return out;
}

describe('EditMap', () => {
  it('applies edits as splices from the last back, merging edits at one index', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }).chain((length) =>
          fc.tuple(
            fc.constant(length),
            fc.array(
              fc.record({
                // Edits never overlap in micromark: each removes within the gap before the next edit's index.
                at: fc.integer({ min: 0, max: length }),
                remove: fc.integer({ min: 0, max: 2 }),
                add: fc.integer({ min: 0, max: 3 }),
                before: fc.boolean(),
              }),
              { maxLength: 6 },
            ),
          ),
        ),
        ([length, raw]) => {
          // Keep the removals at each index, together, inside the list and short of the next edit's index.
          const ats = [...new Set(raw.map((e) => e.at))].sort((a, b) => a - b);
          const edits = raw.map((e) => {
            const next = ats.find((at) => at > e.at) ?? length;
            const sharing = raw.filter((other) => other.at === e.at).length;
            return { ...e, remove: Math.min(e.remove, Math.floor((next - e.at) / sharing)) };
          });
          const list = Array.from({ length }, (_, i) => `e${i}`);
          const tag = (i: number) => Array.from({ length: edits[i]?.add ?? 0 }, (_, k) => `a${i}.${k}`);
          const events = list.map(event);
          const map = new EditMap();
          edits.forEach((edit, i) => {
            const add = tag(i).map(event);
            if (edit.before) map.addBefore(edit.at, edit.remove, add);
            else map.add(edit.at, edit.remove, add);
          });
          map.consume(events);
          expect(names(events)).toEqual(applyBySplice(list, edits, tag));
          // Consumed: a second call changes nothing.
          const again = [...events];
          map.consume(events);
          expect(events).toEqual(again);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves the events before the first edit alone (what made parsing a long post quadratic)', () => {
    const list = Array.from({ length: 10_000 }, (_, i) => event(`e${i}`));
    let headReads = 0;
    const events = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < 9_990) headReads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const map = new EditMap();
    map.add(9_995, 1, [event('new')]);
    map.add(10_000, 0, [event('end')]);
    map.consume(events);
    expect(headReads).toBe(0);
    expect(list).toHaveLength(10_001);
    expect(names(list.slice(9_993))).toEqual([
      'e9993',
      'e9994',
      'new',
      'e9996',
      'e9997',
      'e9998',
      'e9999',
      'end',
    ]);
  });
});

describe('micromark, as the app and the tests load it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses this edit map when a list or block quote closes', () => {
    const consume = vi.spyOn(EditMap.prototype, 'consume');
    const tree = fromMarkdown('- one\n- two\n\n> quoted\n\nAfter.\n');
    expect(tree.children.map((node) => node.type)).toEqual(['list', 'blockquote', 'paragraph']);
    expect(consume).toHaveBeenCalled();
  });
});
