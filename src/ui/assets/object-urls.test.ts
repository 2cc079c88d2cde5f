import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ObjectUrls, URL_GRACE_MS } from './object-urls';

describe('ObjectUrls', () => {
  let made: string[];
  let revoked: string[];
  let urls: ObjectUrls;
  beforeEach(() => {
    vi.useFakeTimers();
    made = [];
    revoked = [];
    let n = 0;
    urls = new ObjectUrls(
      {
        createObjectURL: () => {
          const url = `blob:test/${++n}`;
          made.push(url);
          return url;
        },
        revokeObjectURL: (url) => void revoked.push(url),
      },
      () => Date.now(),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('shares one URL per Blob and revokes it once nobody holds it', () => {
    const blob = new Blob(['a']);
    const url = urls.hold(blob);
    expect(urls.hold(blob)).toBe(url);
    urls.release(blob);
    vi.advanceTimersByTime(URL_GRACE_MS * 2);
    expect(revoked).toEqual([]);
    urls.release(blob);
    vi.advanceTimersByTime(URL_GRACE_MS * 2);
    expect(revoked).toEqual([url]);
    expect(made).toEqual([url]);
  });

  it('keeps a URL that is let go and taken again within the grace period', () => {
    const blob = new Blob(['a']);
    const url = urls.hold(blob);
    urls.release(blob);
    vi.advanceTimersByTime(URL_GRACE_MS / 2);
    expect(urls.hold(blob)).toBe(url);
    vi.advanceTimersByTime(URL_GRACE_MS * 3);
    expect(revoked).toEqual([]);
  });

  it('revokes a URL made for a render that never showed, and makes a new one when needed', () => {
    const blob = new Blob(['a']);
    const first = urls.peek(blob);
    vi.advanceTimersByTime(URL_GRACE_MS * 2);
    expect(revoked).toEqual([first]);
    expect(urls.hold(blob)).not.toBe(first);
  });

  it('revokes everything on dispose', () => {
    urls.hold(new Blob(['a']));
    urls.hold(new Blob(['b']));
    urls.dispose();
    expect(revoked).toHaveLength(2);
  });
});
