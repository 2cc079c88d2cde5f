import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { render } from './render';
import { splitPost } from './post/split-post';
import { encodePost, readTextFile } from './import/read-text-file';
import { fuzzParams, giantDocuments, hostileDocument, PLAIN_POST } from './hostile-documents.testkit';

// Issue 7, point 4: the front door. Thousands of generated and mutated documents go through `render` in both
// raw HTML modes; none throws, and none takes more than a bound proportional to its size. Not a speed test
// (that is `npm run bench`): the bounds are tens of times what a linear parser needs, so only runaway
// behaviour (catastrophic backtracking, exponential nesting) can cross them on a busy machine. Failures print
// fast-check's seed; FC_SEED=<seed> replays one.

/** `text` with each lone surrogate replaced by U+FFFD (what UTF-8 encoding does to it). */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Milliseconds `fn` took, best of `times` (the least disturbed by other work on the machine). */
function bestTime(fn: () => void, times = 2): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** What rendering costs here per character of an ordinary post (measured, so the bounds follow the machine). */
function msPerChar(): number {
  const post = PLAIN_POST.repeat(40);
  render(post);
  return bestTime(() => render(post), 3) / post.length;
}

/** The giant documents rendered at full size (the issue names them). */
const FULL_SIZE = ['10 000 list items', 'unclosed fences', 'blockquotes 2000 deep', 'lone surrogates'];

describe('render on hostile documents', () => {
  const perChar = msPerChar();

  it('never throws and always gives strings, in both raw HTML modes', () => {
    fc.assert(
      fc.property(hostileDocument(), fc.boolean(), (text, unsafe) => {
        const result = render(text, { unsafe });
        expect(typeof result.html).toBe('string');
        expect(typeof result.summary).toBe('string');
        expect(Number.isFinite(result.wordCount)).toBe(true);
      }),
      fuzzParams(400),
    );
  });

  it('finishes each generated document within a bound proportional to its size', () => {
    fc.assert(
      fc.property(hostileDocument(), (text) => {
        const elapsed = bestTime(() => render(text, { unsafe: true }), 1);
        // 200 ms of slack for a GC pause or a busy machine, then 50 times the ordinary cost per character.
        expect(elapsed).toBeLessThan(200 + 50 * perChar * text.length);
      }),
      fuzzParams(150),
    );
  });

  // The sizes the issue names, once each: nothing throws.
  it.each(giantDocuments().filter(([name]) => FULL_SIZE.includes(name)))('renders %s', (_name, text) => {
    expect(() => render(text)).not.toThrow();
  });

  // Every giant at two sizes. Four times the input may cost about four times the time (quadratic: 16); on a
  // shared machine the ratio is noisy, so this only fails on runaway growth (cubic 64, exponential far more).
  // The absolute bound is the proportional one: a second plus 50 times the ordinary cost per character.
  it.each(giantDocuments(0.2))('renders %s, both modes, in time proportional to its size', (name, text) => {
    const small = giantDocuments(0.05).find(([n]) => n === name)?.[1] ?? '';
    for (const unsafe of [false, true]) expect(() => render(text, { unsafe })).not.toThrow();
    const large = bestTime(() => render(text), 2);
    const ratio =
      large /
      Math.max(
        bestTime(() => render(small), 3),
        10,
      );
    expect(ratio).toBeLessThan(40);
    expect(large).toBeLessThan(1000 + 50 * perChar * text.length);
  });
});

// "The text always survives unchanged": reading a post never rewrites it. The split is exact, and an
// imported file's text is the file's text (for any well-formed text the import door accepts).
describe('the text survives', () => {
  it('splitPost cuts a document into pieces that rejoin to it exactly', () => {
    fc.assert(
      fc.property(hostileDocument(), (text) => {
        const split = splitPost(text);
        expect(split.inner).toBe(text.slice(split.innerStart, split.innerStart + split.inner.length));
        if (split.unclosed || split.format === null) expect(split.body).toBe(text);
        else expect(text.slice(0, split.bodyStart) + split.body).toBe(text);
      }),
      fuzzParams(1500),
    );
  });

  it('an imported file keeps every character, BOM and line endings included', () => {
    fc.assert(
      fc.property(hostileDocument(), (generated) => {
        const text = wellFormed(generated);
        const read = readTextFile('post.md', encodePost(text));
        if (read.ok) expect(read.text).toBe(text);
        else expect(read.message).toMatch(/binary|UTF-8|too large/);
      }),
      fuzzParams(1000),
    );
  });
});
