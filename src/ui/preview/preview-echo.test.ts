import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlockDom } from './block-dom';
import type * as EchoRenderer from './echo-renderer';
import { PreviewEcho } from './preview-echo';
import type { PreviewReply } from './preview-protocol';

// The page's echo renderer, with its factory counted (its own warm-up calls the real one, not this spy).
const made = vi.hoisted(() => ({ count: 0 }));
vi.mock('./echo-renderer', async (importOriginal) => {
  const actual = await importOriginal<typeof EchoRenderer>();
  return {
    ...actual,
    echoRenderer: (...args: Parameters<typeof actual.echoRenderer>) => {
      made.count += 1;
      return actual.echoRenderer(...args);
    },
  };
});

const POST = '---\ntitle: "Notes from the meetup"\nparams:\n  mood: calm\n---\n\nA first paragraph.\n';

function reply(version: number): PreviewReply {
  return { type: 'patch', version, done: true, ids: [], starts: [], ends: [], added: [], hints: [] };
}

const blocks = {
  prebuild: () => undefined,
  apply: () => undefined,
  blockAt: () => null,
  echo: () => undefined,
} as unknown as BlockDom;

afterEach(() => {
  made.count = 0;
});

describe('PreviewEcho', () => {
  it('makes the renderer for the shown post in idle time, before the first keystroke needs it', async () => {
    const echo = new PreviewEcho(blocks);
    echo.reply(reply(1), POST);
    echo.prepare(POST, {});
    await vi.waitFor(() => expect(made.count).toBe(1), { timeout: 5000 });
    // The keystroke finds it made (the same front matter and options): nothing is made on its path.
    echo.edit(`${POST}More`, {});
    expect(made.count).toBe(1);
  });

  it('makes a new renderer when the front matter changed since', async () => {
    const echo = new PreviewEcho(blocks);
    echo.reply(reply(1), POST);
    echo.prepare(POST, {});
    await vi.waitFor(() => expect(made.count).toBe(1), { timeout: 5000 });
    const retitled = POST.replace('Notes from', 'Notes after');
    echo.reply(reply(2), retitled);
    echo.edit(`${retitled}More`, {});
    expect(made.count).toBe(2);
  });

  it('echoes, at the next keystroke, the ones typed before the renderer was loaded', async () => {
    const start = POST.indexOf('A first');
    const shown: string[] = [];
    const paragraph = {
      ...blocks,
      blockAt: () => ({ id: 7, start, end: POST.length }),
      echo: (e: { html: string }) => shown.push(e.html),
    } as unknown as BlockDom;
    const echo = new PreviewEcho(paragraph);
    const hint = { prefix: '', firstDivider: false, laterDivider: false, footnotes: [] };
    echo.reply({ ...reply(1), hints: [[7, hint]] }, POST);
    const typed = (s: string) => `${POST.slice(0, -1)}${s}\n`;
    // Typed while the renderer is still loading: not echoed (the worker's reply will show it).
    expect(echo.edit(typed(' And'), {})).toBe(false);
    echo.prepare(POST, {});
    await vi.waitFor(() => expect(made.count).toBe(1), { timeout: 5000 });
    // The next keystroke shows both, against the text the preview shows.
    expect(echo.edit(typed(' And more'), {})).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/>A first paragraph\. And more<\/p>$/);
  });
});
