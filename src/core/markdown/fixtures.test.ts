/**
 * Fixture runner: tests/fixtures/markdown/<case>/{input.md, output.html, options.json?}.
 *
 * output.html is `render(input, options).html`; options.json holds RenderOptions (e.g. `{ "unsafe": true }`).
 * `UPDATE=1 npx vitest run src/core/markdown/fixtures` rewrites every output.html from the current code (review
 * the diff before committing). A case without output.html fails rather than passing by writing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../render';
import { FIXTURE_CASES, FIXTURE_ROOT as ROOT, readFixture } from './fixture-cases';

const UPDATE = process.env['UPDATE'] === '1';

describe('markdown fixtures', () => {
  it('has a case for every rule', () => {
    expect(FIXTURE_CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FIXTURE_CASES)('%s', (name) => {
    const { input, options } = readFixture(name);
    const html = render(input, options).html;
    const outputFile = join(ROOT, name, 'output.html');
    if (UPDATE) writeFileSync(outputFile, html);
    if (!existsSync(outputFile))
      throw new Error(`no output.html for ${name}: run with UPDATE=1 and review it`);
    expect(html).toBe(readFileSync(outputFile, 'utf8'));
  });
});
