import { describe, expect, it } from 'vitest';
import { ChangeSet, EditorState, Text } from '@codemirror/state';
import { applyChanges, DocText } from './doc-text';

/** A small deterministic generator (the same cases every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const WORDS = ['tide', '\n', 'moon ', '## Harbour\n', '', 'é', '👋', '\n\n- buoy', 'x'];

function randomChanges(next: () => number, length: number): ChangeSet {
  const specs = [];
  let pos = 0;
  const count = 1 + Math.floor(next() * 3);
  for (let i = 0; i < count && pos <= length; i++) {
    const from = pos + Math.floor(next() * (length - pos + 1));
    const to = Math.min(length, from + Math.floor(next() * 12));
    specs.push({ from, to, insert: WORDS[Math.floor(next() * WORDS.length)] as string });
    pos = to + 1;
  }
  return ChangeSet.of(specs, length);
}

describe('applyChanges', () => {
  it('gives what the document gives, over many random edits', () => {
    const next = random(7);
    let text = '---\ntitle: "Tide tables"\n---\n\nHigh water at noon.\n';
    let doc = Text.of(text.split('\n'));
    for (let i = 0; i < 2000; i++) {
      const changes = randomChanges(next, doc.length);
      text = applyChanges(text, changes);
      doc = changes.apply(doc);
      expect(text).toBe(doc.toString());
    }
  });

  it('handles an insertion at the very start and a deletion to the end', () => {
    const changes = ChangeSet.of(
      [
        { from: 0, insert: '> ' },
        { from: 4, to: 9 },
      ],
      9,
    );
    expect(applyChanges('tidewater', changes)).toBe('> tide');
  });
});

describe('DocText', () => {
  const edit = (state: EditorState, from: number, insert: string) =>
    state.update({ changes: { from, insert } });

  it('follows an editor through transactions', () => {
    let state = EditorState.create({ doc: 'Low water\nat dusk' });
    const follow = new DocText('Low water\nat dusk');
    for (const [from, insert] of [
      [3, ' slack'],
      [0, '# '],
      [5, '\n'],
    ] as const) {
      const tr = edit(state, from, insert);
      expect(follow.next(state.doc, tr.changes, tr.newDoc)).toBe(tr.newDoc.toString());
      state = tr.state;
    }
  });

  it('takes a text with \\r\\n line breaks from the document (the editor counts them as one \\n)', () => {
    const start = 'Low water\r\nat dusk';
    let state = EditorState.create({ doc: start });
    const follow = new DocText(start);
    const tr = edit(state, 3, 'est');
    expect(follow.next(state.doc, tr.changes, tr.newDoc)).toBe('Lowest water\nat dusk');
    state = tr.state;
    const tr2 = edit(state, 0, '# ');
    expect(follow.next(state.doc, tr2.changes, tr2.newDoc)).toBe('# Lowest water\nat dusk');
  });

  it('starts again from the document when the text it followed does not match it', () => {
    const state = EditorState.create({ doc: 'Spring tide' });
    const follow = new DocText('Neap');
    const tr = edit(state, 0, 'A ');
    expect(follow.next(state.doc, tr.changes, tr.newDoc)).toBe('A Spring tide');
  });
});

describe('DocText.reset', () => {
  it('takes the next text from the document', () => {
    const state = EditorState.create({ doc: 'Ebb' });
    const follow = new DocText('Ebb');
    follow.reset();
    const tr = state.update({ changes: { from: 3, insert: ' tide' } });
    const spy = { calls: 0 };
    const doc = new Proxy(tr.newDoc, {
      get(target, prop, receiver) {
        if (prop === 'toString') spy.calls++;
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    expect(follow.next(state.doc, tr.changes, doc)).toBe('Ebb tide');
    expect(spy.calls).toBe(1);
  });
});
