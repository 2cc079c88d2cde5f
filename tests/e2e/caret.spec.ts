import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { WorkbenchDriver } from '../support/workbench-driver';

const POST = `---
title: "A caret that blinks"
---

The first paragraph of a short post.

The second paragraph, where the caret goes.
`;

/**
 * The caret's opacity as drawn, sampled every 40 ms for `ms` (CodeMirror draws the caret in its cursor layer).
 * Sampling runs in the page, so the samples are evenly spaced whatever the test runner does meanwhile.
 */
async function caretOpacities(session: Session, ms: number): Promise<string[]> {
  return session.page.evaluate(async (span) => {
    const seen: string[] = [];
    const until = performance.now() + span;
    while (performance.now() < until) {
      const layer = document.querySelector('.cm-cursor-primary')?.parentElement;
      seen.push(layer ? getComputedStyle(layer).opacity : 'no caret');
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    return seen;
  }, ms);
}

/** Animations running on anything inside the editor (CSS animations included). */
async function editorAnimations(session: Session): Promise<number> {
  return session.page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        return !!target?.closest('.cm-editor');
      }).length,
  );
}

// Issue 4: the caret blinks by a timer, not an endless CSS animation, which made each keystroke's frame wait
// for the animation's clock (docs/performance.md, tenth session).
describe('the editor caret', () => {
  let session: Session;
  let app: WorkbenchDriver;
  beforeAll(async () => {
    session = await launch();
    app = new WorkbenchDriver(session.page);
    await app.open();
    await app.load('caret.md', POST, 'where the caret goes');
    await app.caretAtEndOf('where the caret goes');
  });
  afterAll(async () => session.close());

  it('blinks while the editor has focus, with no animation running', async () => {
    const seen = await caretOpacities(session, 2000);
    expect(seen).toContain('1');
    expect(seen).toContain('0');
    expect(await editorAnimations(session)).toBe(0);
  });

  it('stays shown while the person types', async () => {
    const seen: string[] = [];
    for (const key of 'typing on') {
      await app.page.keyboard.press(key === ' ' ? 'Space' : key);
      seen.push(...(await caretOpacities(session, 150)));
    }
    expect(await app.editorText()).toContain('where the caret goes.typing on');
    expect(new Set(seen)).toEqual(new Set(['1']));
    expect(await editorAnimations(session)).toBe(0);
  });

  it('stops blinking when focus leaves the editor, and shows at once when it comes back', async () => {
    await app.field('Title').click();
    const away = await caretOpacities(session, 1400);
    // CodeMirror does not draw the caret of an editor without focus; the layer is left shown for its return.
    expect(new Set(away)).toEqual(new Set(['1']));
    await app.caretAtEndOf('first paragraph of a short post');
    expect((await caretOpacities(session, 200)).every((o) => o === '1')).toBe(true);
  });
});
