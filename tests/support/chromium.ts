/**
 * Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then /usr/bin/chromium. When neither exists and
 * we run as root on Debian, installs Debian's `chromium` package with apt-get; otherwise stops with a message
 * saying how to get one. Never downloads a browser build of its own (those downloads fail on our machines).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The launch flags every browser test uses (see docs/developers.md). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Path of a usable Chromium, installing Debian's package when allowed; throws with instructions otherwise. */
export function findOrInstallChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = '/usr/bin/chromium';
  if (existsSync(system)) return system;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('[e2e] No Chromium found: installing Debian package "chromium" with apt-get ...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(system)) return system;
  }
  throw new Error(
    'The browser tests need Chromium and none was found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run `npm test` again.',
  );
}

/** A fresh, empty user-data directory for one browser. */
export function freshUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'postwright-e2e-'));
}
