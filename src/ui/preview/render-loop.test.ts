import { describe, expect, it, vi } from 'vitest';
import { isCodeLanguageLoaded } from '../../core/markdown/code/highlighter';
import { render } from '../../core/render';
import type { PreviewReply } from './preview-protocol';
import { PATCH_CHARS, createRenderLoop } from './render-loop';

/** A host that runs `later` tasks when asked, and a view that applies the patches like BlockDom does. */
function harness() {
  const replies: PreviewReply[] = [];
  const tasks: (() => void)[] = [];
  const loop = createRenderLoop({ post: (r) => replies.push(r), later: (t) => tasks.push(t), now: () => 0 });
  const html = new Map<number, string>();
  let order: number[] = [];
  const view = () => {
    for (const reply of replies.splice(0)) {
      for (const [id, h] of reply.added) html.set(id, h);
      if (reply.ids) order = reply.ids;
    }
    return order
      .map((id) => html.get(id) ?? '')
      .join('\n')
      .replace(/ data-source-(?:start|end)="\d+"/g, '');
  };
  const settle = async () => {
    for (let i = 0; i < 200; i++) {
      const task = tasks.shift();
      if (task) task();
      else await new Promise((r) => setTimeout(r, 10));
      if (!tasks.length && replies.length === 0 && i > 20) break;
    }
  };
  return { loop, replies, tasks, view, settle };
}

/** The body that `replies`, applied in order, show (without the preview's source positions). */
function shownBy(replies: readonly PreviewReply[]): string {
  const html = new Map<number, string>();
  let order: number[] = [];
  for (const reply of replies) {
    for (const [id, h] of reply.added) html.set(id, h);
    if (reply.ids) order = reply.ids;
  }
  const shown = order.map((id) => html.get(id) ?? '').join('\n');
  return shown.replace(/ data-source-(?:start|end)="\d+"/g, '');
}

const POST = '---\ntitle: Quay\n---\n\n## Quay\n\nRopes[^r] and "cleats".\n\n[^r]: Hemp, mostly.\n';

describe('render loop', () => {
  it('warms up on a sample post while no text has come, and sends nothing for it', async () => {
    const { loop, replies, tasks, settle } = harness();
    loop.warm();
    expect(tasks.length).toBe(1);
    await settle();
    expect(replies).toEqual([]);
    expect(tasks).toEqual([]);
  });

  it('drops the warm-up for the first text that comes, and answers it as it would have without', async () => {
    const { loop, replies, tasks, view, settle } = harness();
    loop.warm();
    tasks.shift()?.(); // one slice of the sample
    loop.receive({ type: 'update', version: 1, text: POST, options: { unsafe: false } });
    await settle();
    expect(replies.every((r) => r.version === 1)).toBe(true);
    expect(view()).toBe(render(POST).html);
    loop.warm(); // too late: a text is there
    expect(tasks).toEqual([]);
  });

  it('answers a text with patches that, applied, are the rendered body (plus preview positions)', () => {
    const { loop, replies, view } = harness();
    loop.receive({ type: 'update', version: 1, text: POST, options: { unsafe: false } });
    expect(replies.at(-1)?.done).toBe(true);
    expect(replies.at(-1)?.version).toBe(1);
    expect(view()).toBe(render(POST).html);
  });

  it('renders the changed blocks at once for the next text, keeping the others', () => {
    const { loop, replies, view } = harness();
    loop.receive({ type: 'update', version: 1, text: POST, options: { unsafe: false } });
    view();
    const next = POST.replace('Ropes', 'Wet ropes');
    loop.receive({ type: 'update', version: 2, text: next, options: { unsafe: false } });
    const patch = replies.at(-1);
    expect(patch?.version).toBe(2);
    expect(patch?.added.length).toBe(1);
    expect(view()).toBe(render(next).html);
  });

  it('sends a long post that fills in over many slices in batches, at most one per FILL_PATCH_MS', () => {
    const replies: PreviewReply[] = [];
    const tasks: (() => void)[] = [];
    let clock = 0;
    // Every look at the clock takes 1 ms: each slice renders a few blocks, then the loop yields.
    const loop = createRenderLoop({
      post: (r) => replies.push(r),
      later: (t) => tasks.push(t),
      now: () => clock++,
    });
    const text = Array.from(
      { length: 400 },
      (_, i) => `Paragraph ${i} about the harbour and its tides.`,
    ).join('\n\n');
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    expect(replies).toHaveLength(1); // the first blocks at once
    let slices = 1;
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      task();
      slices++;
    }
    expect(replies.at(-1)?.done).toBe(true);
    expect(slices).toBeGreaterThan(20);
    expect(replies.length).toBeLessThan(slices / 4);
    expect(shownBy(replies)).toBe(render(text).html);
  });

  it('sends no patch much over PATCH_CHARS of HTML, however fast the worker renders', () => {
    const replies: PreviewReply[] = [];
    const tasks: (() => void)[] = [];
    // A clock that never moves: no slice runs out of time, so only the size of the HTML ends a patch.
    const loop = createRenderLoop({
      post: (r) => replies.push(r),
      later: (t) => tasks.push(t),
      now: () => 0,
    });
    const paragraph = (i: number) =>
      `Paragraph ${i} about the harbour, its tides and the boats that wait on them.`;
    const text = Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n\n');
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    for (let task = tasks.shift(); task; task = tasks.shift()) task();
    const sizes = replies.map((r) => r.added.reduce((n, [, html]) => n + html.length, 0));
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * PATCH_CHARS);
    expect(Math.max(...sizes)).toBeLessThan(PATCH_CHARS + 500);
    expect(replies.at(-1)?.done).toBe(true);
    expect(shownBy(replies)).toBe(render(text).html);
  });

  it('follows the raw HTML setting', () => {
    const { loop, view } = harness();
    const text = 'A <b>bold</b> claim.\n';
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    expect(view()).toContain('raw HTML omitted');
    loop.receive({ type: 'update', version: 2, text, options: { unsafe: true } });
    expect(view()).toBe(render(text, { unsafe: true }).html);
  });

  it('follows the site settings: typographer, heading ids and heading attributes', () => {
    const { loop, view } = harness();
    const text = '## Über "uns" -- {#crew .wide}\n\n## Ça va?\n\nShe said "wait..."\n';
    loop.receive({ type: 'update', version: 1, text, options: {} });
    expect(view()).toBe(render(text).html);
    const site = { typographer: false, headingIds: 'github-ascii', attributes: false } as const;
    loop.receive({ type: 'update', version: 2, text, options: site });
    expect(view()).toBe(render(text, site).html);
    expect(view()).toContain('"wait..."');
    expect(view()).toContain('{#crew .wide}');
    loop.receive({ type: 'update', version: 3, text, options: { headingIds: 'blackfriday' } });
    expect(view()).toBe(render(text, { headingIds: 'blackfriday' }).html);
  });

  it('starts loading the code languages of a newly opened post with its first render, not after all of it', async () => {
    const replies: PreviewReply[] = [];
    const tasks: (() => void)[] = [];
    let clock = 0;
    const loop = createRenderLoop({
      post: (r) => replies.push(r),
      later: (t) => tasks.push(t), // never run here: the post stays half rendered
      now: () => (clock += 5),
    });
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of a long post.\n`).join('\n');
    const text = `${paragraphs}\n\`\`\`python\nprint("late")\n\`\`\`\n`;
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    expect(replies.at(-1)?.done).toBe(false);
    await vi.waitFor(() => expect(isCodeLanguageLoaded('python')).toBe(true), { timeout: 5000 });
    expect(tasks.length).toBeGreaterThan(0);
  });

  it('settles on a post whose code is in a language it cannot colour (unknown, or plain text)', async () => {
    const { loop, replies, settle } = harness();
    const text = '```mermaid\ngraph TD\n```\n\n```text\nplain\n```\n';
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    await settle();
    const settled = replies.length;
    await settle(); // nothing more comes: the failed languages are not asked for, and rendered, again and again
    expect(replies.length).toBe(settled);
    expect(replies.at(-1)?.done).toBe(true);
  });

  it('loads a code language the post uses, then colours its code', async () => {
    const { loop, view, settle } = harness();
    const text = '```go\nfunc main() {}\n```\n';
    loop.receive({ type: 'update', version: 1, text, options: { unsafe: false } });
    expect(view()).not.toContain('<span style="color:');
    await settle();
    expect(view()).toContain('<span style="color:');
  });
});
