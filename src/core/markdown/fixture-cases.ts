/**
 * Test helper (Node only, never imported by the app): the render fixtures under tests/fixtures/markdown,
 * shared by the fixture runner and the react-markdown parity test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenderOptions } from './options';

/** Where the cases live: one folder per case with input.md, output.html and optional options.json. */
export const FIXTURE_ROOT = fileURLToPath(new URL('../../../tests/fixtures/markdown', import.meta.url));

/** The case folders, sorted. */
export const FIXTURE_CASES = readdirSync(FIXTURE_ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** Read one case: its input text and options. */
export function readFixture(name: string): { input: string; options: RenderOptions | undefined } {
  const dir = join(FIXTURE_ROOT, name);
  const input = readFileSync(join(dir, 'input.md'), 'utf8');
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as RenderOptions)
    : undefined;
  return { input, options };
}
