import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 4 (heap): typing in a long post must not keep each keystroke's whole text alive. The preview's head
// once asked React to compare front matter in a state updater; React keeps such an updater queued, with the
// text it closed over, until the component renders again, which typing in the body never caused: 40 keys in
// an 800 KB post held 32 MB. Counted, not timed: the live strings that are a whole version of the post.

const FIRST_LINE = 'title: "Ballast and trim"';
const SECTION = (i: number) => `## Leg ${i}

We left the mooring at first light and held a close reach for most of leg ${i}. The **trim** was off by a
hand's width; moving two water cans aft fixed it. See [the log](https://example.org/log/${i}).

- wind: a steady four, backing west by noon
- sea: a short chop over the bar, then long swell

`;
const POST = `---
${FIRST_LINE}
date: 2025-06-01T08:00:00+01:00
tags: ["sailing"]
---

${Array.from({ length: 400 }, (_, i) => SECTION(i + 1)).join('')}The end of the log.
`;
const TYPED = 'abcdefghijklmnopqrstuvwxyzabcd';

/** How many live JS strings are (nearly) a whole version of the post, from a heap snapshot after a GC. */
async function wholeTextCopies(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = JSON.parse(chunks.join('')) as {
      snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
      nodes: number[];
      strings: string[];
    };
    const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
    const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
      number,
      number,
      number,
    ];
    let copies = 0;
    for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
      if (types[0][snapshot.nodes[i + iType] as number] !== 'string') continue;
      const value = snapshot.strings[snapshot.nodes[i + iName] as number] as string;
      // A snapshot names a string by its first characters only; its size says how long it is.
      const size = snapshot.nodes[i + iSize] as number;
      if (size > POST.length / 2 && value.includes(FIRST_LINE)) copies++;
    }
    return copies;
  } finally {
    await cdp.detach();
  }
}

describe('memory while typing in a long post', () => {
  let session: Session;
  let app: WorkbenchDriver;

  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('ballast.md', POST, 'Ballast and trim');
  });
  afterAll(async () => session.close());

  it('keeps a few copies of the text, not one per keystroke', async () => {
    await expect
      .poll(() => app.preview.getByText('The end of the log.').count(), { timeout: 20_000 })
      .toBe(1);
    // The last line (the post ends with a line break): far below the editor's view, so by keyboard.
    await app.caretAtEndOf('Ballast and trim');
    for (const key of ['Control+End', 'ArrowUp', 'End']) await app.page.keyboard.press(key);
    // One key at a time, each shown before the next, as a person types: every keystroke's text reaches the
    // preview (typed faster, several keys are one render).
    for (let i = 1; i <= TYPED.length; i++) {
      await app.page.keyboard.press(TYPED[i - 1] as string);
      const shown = `The end of the log.${TYPED.slice(0, i)}`;
      await expect.poll(() => app.preview.getByText(shown, { exact: true }).count()).toBe(1);
    }
    await app.waitSaved();
    const copies = await wholeTextCopies(app.page);
    // The editor's, the document store's, the library's saved one and the preview's: a handful, whatever was
    // typed. One per keystroke would be 30 or more.
    expect(copies).toBeGreaterThan(0);
    expect(copies).toBeLessThan(12);
  });
});
