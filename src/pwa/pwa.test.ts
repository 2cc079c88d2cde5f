import { describe, expect, it } from 'vitest';
import { inflateSync } from 'node:zlib';
import { drawIcon } from './png';
import { webManifest } from './precache-plugin';
import { serviceWorkerSource } from './service-worker';

describe('PWA build pieces', () => {
  it('draws a valid PNG icon of the asked size', () => {
    const png = drawIcon(48);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(48);
    expect(png.readUInt32BE(20)).toBe(48);
    const idatLength = png.readUInt32BE(33);
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe((48 * 4 + 1) * 48);
  });

  it('declares what Chrome needs to install the app', () => {
    const manifest = webManifest() as { icons: { sizes: string }[]; display: string; start_url: string };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toContain('512x512');
    expect(manifest.start_url).toBe('./');
  });

  it('writes a worker that precaches the files, waits to be told before taking over, and is versioned', () => {
    const a = serviceWorkerSource(['./', 'assets/a.js'], 'v1');
    expect(a).toContain('"assets/a.js"');
    expect(a).toContain('postwright-v1');
    expect(a).toContain('SKIP_WAITING');
    expect(a).not.toMatch(/install[\s\S]*skipWaiting\(\)[\s\S]*activate/);
    expect(serviceWorkerSource(['./'], 'v2')).not.toBe(serviceWorkerSource(['./'], 'v1'));
  });
});
