/**
 * Runs axe-core in a page and returns its serious and critical violations (what issue 8 asks to be none of),
 * each as a short line naming the rule and the first offending elements, so a failing test says what to fix.
 * The engine is evaluated through the DevTools protocol, which the app's Content-Security-Policy does not
 * block (an injected script tag would be).
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

let source: string | null = null;

async function axeSource(): Promise<string> {
  if (source === null) {
    const require = createRequire(import.meta.url);
    source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  return source;
}

/** Serious and critical violations on the page (or inside `selector`), as readable lines. */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.evaluate(await axeSource());
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[]; failureSummary?: string }[];
      }[];
    }
    const results = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => {
        const where = v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').split('\n')[1]?.trim() ?? ''}`);
        return `${v.impact} ${v.id}: ${v.help} [${where.join(' | ')}]`;
      });
  }, selector ?? null);
}
