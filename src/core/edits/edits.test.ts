import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCursor, printCursor, runOnNotation } from './cursor-notation';
import { toggleInline } from './inline';
import { insertImage, insertLink } from './link';
import { setHeading, toggleCodeBlock, toggleList, toggleQuote } from './blocks';
import { applyEdit, mapPosition } from './types';

const bold = toggleInline('bold');
const italic = toggleInline('italic');
const code = toggleInline('code');
const strike = toggleInline('strikethrough');

describe('cursor notation', () => {
  it('round-trips carets and selections in both directions', () => {
    for (const n of ['ab‸c', 'a«bc»d', 'a»bc«d', '‸', '«x»']) {
      const { text, selection } = parseCursor(n);
      expect(printCursor(text, selection)).toBe(n);
    }
    expect(parseCursor('a»bc«d').selection).toEqual({ anchor: 3, head: 1 });
  });
});

describe('inline marks', () => {
  it('wraps a selection and keeps the text selected', () => {
    expect(runOnNotation('a «word» here', bold)).toBe('a **«word»** here');
    expect(runOnNotation('a «word» here', italic)).toBe('a *«word»* here');
    expect(runOnNotation('a «word» here', code)).toBe('a `«word»` here');
    expect(runOnNotation('a «word» here', strike)).toBe('a ~~«word»~~ here');
  });

  it('keeps a backwards selection backwards', () => {
    expect(runOnNotation('a »word« here', bold)).toBe('a **»word«** here');
  });

  it('leaves spaces at the selection ends outside the marks', () => {
    expect(runOnNotation('a« word »here', bold)).toBe('a **«word»** here');
  });

  it('unwraps when the marks sit just outside or just inside the selection', () => {
    expect(runOnNotation('a **«word»** here', bold)).toBe('a «word» here');
    expect(runOnNotation('a «**word**» here', bold)).toBe('a «word» here');
    expect(runOnNotation('a __«word»__ here', bold)).toBe('a «word» here');
  });

  it('tells italic from bold by the length of the run', () => {
    expect(runOnNotation('a **«word»** here', italic)).toBe('a ***«word»*** here');
    expect(runOnNotation('a ***«word»*** here', italic)).toBe('a **«word»** here');
    expect(runOnNotation('a ***«word»*** here', bold)).toBe('a *«word»* here');
    expect(runOnNotation('a *«word»* here', bold)).toBe('a ***«word»*** here');
  });

  it('with a caret in a word, marks the word and keeps the caret in place', () => {
    expect(runOnNotation('say wo‸rd now', bold)).toBe('say **wo‸rd** now');
    expect(runOnNotation('say **wo‸rd** now', bold)).toBe('say wo‸rd now');
  });

  it('with a caret between words, inserts an empty pair, and removes an empty pair', () => {
    expect(runOnNotation('end ‸', bold)).toBe('end **‸**');
    expect(runOnNotation('end **‸**', bold)).toBe('end ‸');
    expect(runOnNotation('‸', code)).toBe('`‸`');
  });

  it('never changes the text outside the edited range (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const anchor = a % (text.length + 1);
        const head = b % (text.length + 1);
        const edit = bold(text, { anchor, head });
        const out = applyEdit(text, edit.changes);
        const removed = out.replace(/\*/g, '');
        expect(removed).toBe(text.replace(/\*/g, ''));
        expect(edit.selection.head).toBeLessThanOrEqual(out.length);
      }),
    );
  });
});

describe('links and images', () => {
  it('turns selected text into the link text and selects the url placeholder', () => {
    expect(runOnNotation('see «the docs» now', insertLink)).toBe('see [the docs](«url») now');
    expect(runOnNotation('«photo»', insertImage)).toBe('![photo](«url»)');
  });

  it('turns a selected URL into the target and selects the text placeholder', () => {
    expect(runOnNotation('«https://example.org/a»', insertLink)).toBe('[«text»](https://example.org/a)');
    expect(runOnNotation('«images/a.png»', insertImage)).toBe('![«alt text»](images/a.png)');
    expect(runOnNotation('«./images/a.png»', insertImage)).toBe('![«alt text»](./images/a.png)');
  });

  it('inserts placeholders at a caret', () => {
    expect(runOnNotation('x ‸', insertLink)).toBe('x [«text»](url)');
    expect(runOnNotation('x ‸', insertImage)).toBe('x ![«alt text»](url)');
  });
});

describe('headings', () => {
  it('sets, changes and toggles off a heading level on the caret line', () => {
    expect(runOnNotation('Intro‸', setHeading(2))).toBe('## Intro‸');
    expect(runOnNotation('## Intro‸', setHeading(3))).toBe('### Intro‸');
    expect(runOnNotation('### Intro‸', setHeading(3))).toBe('Intro‸');
    expect(runOnNotation('### Intro‸', setHeading(0))).toBe('Intro‸');
  });

  it('puts the caret after the marks when it was before them', () => {
    expect(runOnNotation('‸Intro', setHeading(2))).toBe('## ‸Intro');
    expect(runOnNotation('‸', setHeading(1))).toBe('# ‸');
  });

  it('applies to every non-blank line of a selection', () => {
    expect(runOnNotation('«a\n\nb»', setHeading(2))).toBe('## «a\n\n## b»');
  });
});

describe('lists and quotes', () => {
  it('makes bullet, numbered and task lists, numbering from 1', () => {
    expect(runOnNotation('«one\ntwo»', toggleList('bullet'))).toBe('- «one\n- two»');
    expect(runOnNotation('«one\ntwo\nthree»', toggleList('ordered'))).toBe('1. «one\n2. two\n3. three»');
    expect(runOnNotation('do‸ it', toggleList('task'))).toBe('- [ ] do‸ it');
  });

  it('switches one kind of list to another and toggles the same kind off', () => {
    expect(runOnNotation('- «one\n- two»', toggleList('ordered'))).toBe('1. «one\n2. two»');
    expect(runOnNotation('- [ ] on‸e', toggleList('bullet'))).toBe('- on‸e');
    expect(runOnNotation('1. «one\n2. two»', toggleList('ordered'))).toBe('«one\ntwo»');
    expect(runOnNotation('- [x] do‸ne', toggleList('task'))).toBe('do‸ne');
  });

  it('keeps indentation of nested items', () => {
    expect(runOnNotation('  nest‸ed', toggleList('bullet'))).toBe('  - nest‸ed');
  });

  it('quotes lines, blank lines inside too, and unquotes them', () => {
    expect(runOnNotation('«a\n\nb»', toggleQuote)).toBe('> «a\n>\n> b»');
    expect(runOnNotation('> «a\n>\n> b»', toggleQuote)).toBe('«a\n\nb»');
    expect(runOnNotation('wise‸', toggleQuote)).toBe('> wise‸');
  });

  it('leaves the line after a selection that ends at its start alone', () => {
    expect(runOnNotation('«a\n»b', toggleList('bullet'))).toBe('- «a\n»b');
  });
});

describe('code blocks', () => {
  it('fences the selected lines and unfences them again', () => {
    expect(runOnNotation('«let x = 1;»', toggleCodeBlock)).toBe('```\n«let x = 1;»\n```');
    expect(runOnNotation('```\n«let x = 1;»\n```', toggleCodeBlock)).toBe('«let x = 1;»');
  });

  it('uses tildes when the code holds backtick fences', () => {
    expect(runOnNotation('«```»', toggleCodeBlock)).toBe('~~~\n«```»\n~~~');
  });
});

describe('mapPosition', () => {
  it('shifts positions after changes and keeps those before', () => {
    const changes = [{ from: 2, to: 4, insert: 'xyz' }];
    expect(mapPosition(1, changes)).toBe(1);
    expect(mapPosition(5, changes)).toBe(6);
    expect(mapPosition(3, changes, 1)).toBe(5);
    expect(mapPosition(3, changes, -1)).toBe(2);
  });
});
