import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

// Issue 8, points 2 and 3: outline, stats as Hugo counts them, problems that point to their place.
const filler = (n: number, word: string) =>
  Array.from(
    { length: n },
    (_, i) => `${word} line ${i + 1} of the section, long enough to wrap a little.`,
  ).join('\n\n');

const OUTLINED = `---
title: "Tending a small orchard"
description: "Pruning, feeding and picking through the year."
tags: ["garden"]
date: 2024-02-03T08:00:00+01:00
---

## Winter pruning

${filler(12, 'Pruning')}

## Spring feeding

${filler(12, 'Feeding')}

### Compost

${filler(4, 'Compost')}

## Autumn picking

${filler(12, 'Picking')}
`;

const COUNTED = `---
title: "Counted"
description: "A short post whose words are counted."
tags: ["numbers"]
---

One **two** three [four](https://example.org) five.
`;

const CJK = `---
title: "灯笼"
description: "纸灯笼"
tags: ["手工"]
isCJKLanguage: true
---

我们做了纸灯笼 and one lamp.
`;

const FLAWED = `---
title: "${'A title that goes on and on well past what a search result shows'}"
description: ""
draft: true
date: 2999-01-01T00:00:00Z
---

## Start

![](photos/kite.jpg)

See [the end](#finish) and [nothing]().

## Start
`;

describe('outline', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('orchard.md', OUTLINED, 'Tending a small orchard');
  });
  afterAll(async () => session.close());

  it("lists the post's headings by level", async () => {
    const items = app.outline.getByRole('button');
    await expect
      .poll(() => items.allTextContents())
      .toEqual(['Winter pruning', 'Spring feeding', 'Compost', 'Autumn picking']);
    expect(await app.outline.getByRole('listitem').nth(2).getAttribute('class')).toContain(
      'outline__item--h3',
    );
  });

  it('moves the editor and the preview to a heading, and marks it as where the caret is', async () => {
    await app.outline.getByRole('button', { name: 'Autumn picking' }).click();
    await expect
      .poll(() => app.page.locator('.cm-activeLine').first().textContent())
      .toBe('## Autumn picking');
    const heading = app.preview.getByRole('heading', { name: 'Autumn picking' });
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        const pane = await app.preview.boundingBox();
        return box && pane ? Math.abs(box.y - pane.y) : 9999;
      })
      .toBeLessThan(80);
    await expect
      .poll(() => app.outline.getByRole('button', { name: 'Autumn picking' }).getAttribute('aria-current'))
      .toBe('location');
  });

  it('follows the caret as it moves through the sections', async () => {
    await app.outline.getByRole('button', { name: 'Compost' }).click();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await expect
      .poll(() => app.outline.getByRole('button', { name: 'Compost' }).getAttribute('aria-current'))
      .toBe('location');
    await app.page.keyboard.press('ControlOrMeta+Home');
    await expect.poll(() => app.outline.locator('[aria-current]').count()).toBe(0);
  });

  it('updates as headings are typed', async () => {
    await app.typeAtEnd('\n## Winter again\n');
    await expect.poll(() => app.outline.getByRole('button').last().textContent()).toBe('Winter again');
  });
});

describe('stats and problems', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
  });
  afterAll(async () => session.close());

  const stat = (name: string) => app.page.locator(`[data-stat="${name}"]`);

  it('counts words, characters and reading time of the rendered post, as Hugo does', async () => {
    await app.load('counted.md', COUNTED, 'Counted');
    await expect.poll(() => stat('words').textContent()).toBe('5 words');
    await expect
      .poll(() => stat('characters').textContent())
      .toBe(`${'Onetwothreefourfive.'.length} characters`);
    expect(await stat('reading-time').textContent()).toBe('1 min read');
    await app.typeAtEnd(' ');
    await app.page.keyboard.insertText(`${Array.from({ length: 220 }, () => 'more').join(' ')}\n`);
    await expect.poll(() => stat('words').textContent()).toBe('225 words');
    await expect.poll(() => stat('reading-time').textContent()).toBe('2 min read');
    // Thousands are grouped, and the counts follow typing after the first keystroke's status change too.
    await app.page.keyboard.insertText(`${Array.from({ length: 1000 }, () => 'word').join(' ')}\n`);
    await expect.poll(() => stat('words').textContent()).toBe('1,225 words');
  });

  it('counts each CJK character as a word on a CJK page', async () => {
    await app.load('cjk.md', CJK, 'isCJKLanguage');
    // 我们做了纸灯笼 (7) + "and" + "one" + "lamp." = 10
    await expect.poll(() => stat('words').textContent()).toBe('10 words');
  });

  it('lists the problems an author wants to know about', async () => {
    await app.load('flawed.md', FLAWED, 'on and on');
    const problems = app.problems.getByRole('listitem');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(8);
    const text = (await app.problems.textContent()) ?? '';
    for (const expected of [
      /title has \d+ characters/,
      /no description/,
      /no tags/,
      /draft: true/,
      /in the future/,
      /already makes the id “start”/,
      /no alt text/,
      /#finish, but no heading/,
      /points nowhere/,
    ]) {
      expect(text).toMatch(expected);
    }
  });

  it('takes the editor to the place of a problem', async () => {
    await app.problems.getByRole('button', { name: /no alt text/ }).click();
    await expect.poll(() => app.selectedText()).toBe('![](photos/kite.jpg)');
    await app.problems.getByRole('button', { name: /points nowhere/ }).click();
    await expect.poll(() => app.selectedText()).toBe('[nothing]()');
  });

  it('clears a problem once it is fixed', async () => {
    const alt = app.problems.getByRole('button', { name: /no alt text/ });
    await alt.click();
    await app.page.keyboard.type('![A red kite](photos/kite.jpg)');
    await expect.poll(() => alt.count()).toBe(0);
  });

  it('exports a draft as it is when told to, byte for byte', async () => {
    await app.load(
      'draft-as-is.md',
      '---\ntitle: "Kept a draft"\ndraft: true\n---\n\nUnfinished.\n',
      'Kept a draft',
    );
    const exported = await app.exportMarkdown();
    expect(exported.text).toBe('---\ntitle: "Kept a draft"\ndraft: true\n---\n\nUnfinished.\n');
    await app.load('flawed.md', FLAWED, 'on and on');
  });

  it('asks before exporting a draft, and can mark it ready first', async () => {
    await app.button('Export .md').click();
    const question = app.page.getByRole('dialog', { name: 'This post is a draft' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });

    await app.button('Export .md').click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      question.getByRole('button', { name: 'Set draft: false and export' }).click(),
    ]);
    const exported = await readFile(await download.path(), 'utf8');
    expect(exported).toContain('draft: false');
    await expect.poll(() => app.editorText()).toContain('draft: false');
    // The problems are worked out in the background once the text is still: they follow a moment later.
    await expect.poll(() => app.problems.textContent()).not.toMatch(/draft: true/);
    // Not a draft any more: no question.
    const [again] = await Promise.all([app.page.waitForEvent('download'), app.button('Export .md').click()]);
    expect(again.suggestedFilename()).toMatch(/\.md$/);
  });
});
