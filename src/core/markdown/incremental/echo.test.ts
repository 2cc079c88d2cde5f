import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_POST } from '../../post/sample-post';
import { rehypeSourcePositions } from '../../sync/source-positions';
import { createBlockRenderer, type BlockRenderer, type ViewTransforms } from './block-render';
import { echoEdit, findEdit, type EchoBlock } from './echo';
import { PreviewEngine, type EchoHint, type EngineOptions, type PreviewPatch } from './engine';
import { postBody } from './whole-render';

const FIXTURES = new URL('../../../../tests/fixtures/', import.meta.url).pathname;

const positions: ViewTransforms = (input, offset) =>
  offset === null ? [] : [rehypeSourcePositions({ body: input, bodyStart: offset })];

/** What a view holds after the engine's patches (as the preview's BlockDom does). */
class ViewModel {
  ids: number[] = [];
  starts: number[] = [];
  ends: number[] = [];
  html = new Map<number, string>();
  hints = new Map<number, EchoHint>();

  apply(patch: PreviewPatch): void {
    for (const [id, html] of patch.added) this.html.set(id, html);
    for (const [id, hint] of patch.hints) this.hints.set(id, hint);
    if (patch.ids) this.ids = patch.ids;
    if (patch.starts) this.starts = patch.starts;
    if (patch.ends) this.ends = patch.ends;
  }

  blockAt = (offset: number): EchoBlock | null => {
    let found: EchoBlock | null = null;
    this.ids.forEach((id, i) => {
      const start = this.starts[i] ?? -1;
      if (start >= 0 && start <= offset)
        found = { id, start, end: this.ends[i] ?? -1, hint: this.hints.get(id) ?? null };
    });
    return found;
  };

  /** The HTML the view shows for the blocks in `start`..`end`, source positions counted from `start`. */
  htmlOf(start: number, end: number): string {
    const parts: string[] = [];
    this.ids.forEach((id, i) => {
      const at = this.starts[i] ?? -1;
      if (at >= start && at < end) parts.push(moved(this.html.get(id) ?? '', at - start));
    });
    return parts.join('\n');
  }
}

function moved(html: string, by: number): string {
  return html.replace(
    /data-source-(start|end)="(\d+)"/g,
    (_m, k: string, v: string) => `data-source-${k}="${Number(v) + by}"`,
  );
}

function rendered(text: string, options: EngineOptions = {}): { engine: PreviewEngine; view: ViewModel } {
  const engine = new PreviewEngine(options, positions);
  const view = new ViewModel();
  engine.update(text);
  engine.step();
  view.apply(engine.publish());
  return { engine, view };
}

/** A block renderer as the page makes one for the post: its params from the front matter. */
function rendererFor(text: string): BlockRenderer {
  const renderer = createBlockRenderer({ params: postBody(text).data }, positions);
  if (!renderer) throw new Error('no block renderer');
  return renderer;
}

function posts(): [string, string][] {
  const out: [string, string][] = [['sample post', SAMPLE_POST]];
  const markdown = join(FIXTURES, 'markdown');
  for (const name of readdirSync(markdown)) {
    if (statSync(join(markdown, name)).isDirectory())
      out.push([`markdown/${name}`, readFileSync(join(markdown, name, 'input.md'), 'utf8')]);
  }
  for (const name of readdirSync(join(FIXTURES, 'posts'))) {
    out.push([`posts/${name}`, readFileSync(join(FIXTURES, 'posts', name), 'utf8')]);
  }
  return out;
}

/** Offsets in the post's body, spread over it, where typing a letter stays on a non-blank line. */
function typingSpots(text: string, count: number): number[] {
  const bodyStart = text.startsWith('---\n') ? text.indexOf('\n---', 4) + 5 : 0;
  const spots: number[] = [];
  const stride = Math.max(1, Math.floor((text.length - bodyStart) / count));
  for (let at = bodyStart + 1; at < text.length; at += stride) {
    if (text[at] !== '\n' && text[at - 1] !== '\n') spots.push(at);
  }
  return spots;
}

describe('echo: one block rendered alone while the engine catches up', { timeout: 180_000 }, () => {
  it('finds the edited stretch', () => {
    expect(findEdit('abcdef', 'abXdef')).toEqual({ from: 2, oldTo: 3, newTo: 3 });
    expect(findEdit('abc', 'abcd')).toEqual({ from: 3, oldTo: 3, newTo: 4 });
    expect(findEdit('aaaa', 'aaa')).toEqual({ from: 3, oldTo: 4, newTo: 3 });
  });

  it('renders a letter typed anywhere in every fixture exactly as the engine then does (the same HTML for the stretch)', () => {
    let echoed = 0;
    const wrong: string[] = [];
    for (const [name, text] of posts()) {
      const renderer = rendererFor(text);
      const { engine, view } = rendered(text);
      for (const at of typingSpots(text, 30)) {
        const next = `${text.slice(0, at)}q${text.slice(at)}`;
        const echo = echoEdit(renderer, text, next, view.blockAt);
        if (!echo) continue;
        engine.update(next);
        engine.step();
        view.apply(engine.publish());
        echoed += 1;
        if (view.htmlOf(echo.start, echo.end) !== echo.html) wrong.push(`${name} @${at}`);
        engine.update(text);
        engine.step();
        view.apply(engine.publish());
      }
    }
    expect(echoed).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('renders deleting a character the same way, and moves the blocks after it', () => {
    const text = SAMPLE_POST;
    const renderer = rendererFor(text);
    const at = text.indexOf('hallway');
    const next = text.slice(0, at) + text.slice(at + 1);
    const { engine, view } = rendered(text);
    const echo = echoEdit(renderer, text, next, view.blockAt);
    expect(echo?.delta).toBe(-1);
    engine.update(next);
    engine.step();
    view.apply(engine.publish());
    expect(echo && view.htmlOf(echo.start, echo.end)).toBe(echo?.html);
    const i = view.starts.indexOf(echo?.start ?? -2);
    expect(view.starts[i + 1]).toBe(echo?.end);
  });

  it('leaves edits that may re-cut the post, code and blank lines to the engine', () => {
    const renderer = rendererFor('');
    const text =
      'Intro paragraph here.\n\n```go\nfunc main() {}\n```\n\nLast words.\n\n{{< note >}}\nNoted.\n{{< /note >}}\n';
    const { view } = rendered(text);
    const typeAt = (needle: string, insert: string, offset = 0) => {
      const at = text.indexOf(needle) + offset;
      return echoEdit(renderer, text, text.slice(0, at) + insert + text.slice(at), view.blockAt);
    };
    expect(typeAt('paragraph', 'x')).not.toBeNull();
    expect(typeAt('paragraph', '\n')).toBeNull(); // a line break can split the block
    expect(typeAt('func', 'x')).toBeNull(); // code is coloured by languages loaded elsewhere
    expect(typeAt('\n\nLast', 'x', 1)).toBeNull(); // typing on a blank line joins or splits blocks
    expect(typeAt('Last', '```', 0)).toBeNull(); // opens fenced code that runs past the block
    expect(typeAt('{{< /note', 'x', 1)).toBeNull(); // breaks a shortcode tag (what a pair spans may change)
    expect(typeAt('Noted', 'x')).not.toBeNull(); // inside a paired shortcode
  });
});
