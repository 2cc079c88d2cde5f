import { describe, expect, it } from 'vitest';
import { isDangerousUrl, urlTransform } from './url-transform';

describe('urlTransform', () => {
  it('blanks script and file URLs, whatever their case or leading junk', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:x',
      ' \tjavascript:x',
      'java\nscript:x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(urlTransform(url)).toBe('');
    }
  });

  it('allows data: only for common image types', () => {
    expect(isDangerousUrl('data:image/png;base64,AAAA')).toBe(false);
    expect(isDangerousUrl('data:image/svg+xml;base64,AAAA')).toBe(false);
    expect(isDangerousUrl('data:text/html;base64,AAAA')).toBe(true);
  });

  it('leaves ordinary URLs alone', () => {
    for (const url of [
      'https://example.com/a?b=c',
      '/local/path',
      '#anchor',
      'mailto:me@example.com',
      'page.md',
    ]) {
      expect(urlTransform(url)).toBe(url);
    }
  });
});
