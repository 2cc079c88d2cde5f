/**
 * Vitest global setup for the browser tests: find (or install) Chromium, build the production app once, and
 * serve it with `vite preview` on a free loopback port. Tests read both through `inject`.
 */
import type { TestProject } from 'vitest/node';
import { build, preview } from 'vite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOrInstallChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromiumPath: string;
    /** The served build's folder (the PWA test changes sw.js there to publish an update). */
    outDir: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findOrInstallChromium();
  // A build of our own, so parallel runs (or `npm start`) never share an output folder.
  const outDir = mkdtempSync(join(tmpdir(), 'postwright-build-'));
  await build({ logLevel: 'warn', configFile: 'vite.config.ts', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
  project.provide('outDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
