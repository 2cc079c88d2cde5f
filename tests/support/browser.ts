/**
 * Starts Chromium for one test file: the system executable, our fixed flags, a fresh profile. Each call gets
 * its own user-data dir, so IndexedDB and localStorage start empty.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, freshUserDataDir } from './chromium';

export interface Session {
  context: BrowserContext;
  page: Page;
  baseURL: string;
  userDataDir: string;
  /** Close the browser and delete its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  /** Reuse a profile (to come back after the browser was closed or killed). */
  userDataDir?: string;
  /** Keep the profile on close (to start again with it). */
  keepProfile?: boolean;
  /** The browser's time zone (the app dates new posts in the browser's offset). */
  timezoneId?: string;
  /** 'block' keeps the app's service worker out (for tests that serve their own pages on the app's origin). */
  serviceWorkers?: 'allow' | 'block';
}

/** Launch a browser with a fresh profile (or the given one) and open one page on the app. */
export async function launch(options: LaunchOptions = {}): Promise<Session> {
  const userDataDir = options.userDataDir ?? freshUserDataDir();
  const baseURL = inject('baseURL');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: false, // --headless=new is passed explicitly below
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: true,
    baseURL,
    timezoneId: options.timezoneId,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('[page error]', error.message));
  return {
    context,
    page,
    baseURL,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      if (!options.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
