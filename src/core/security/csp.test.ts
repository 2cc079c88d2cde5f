import { describe, expect, it } from 'vitest';
import { EMBED_SRC } from '../markdown/sanitize-schema';
import {
  CSP_DIRECTIVES,
  EMBED_ORIGINS,
  headerPolicy,
  metaPolicy,
  parsePolicy,
  scriptPolicyProblems,
} from './csp';

describe('the Content-Security-Policy', () => {
  it('lets scripts come only from the app itself, and no plugins at all', () => {
    expect(scriptPolicyProblems(metaPolicy())).toEqual([]);
    expect(scriptPolicyProblems(headerPolicy())).toEqual([]);
    const directives = parsePolicy(metaPolicy());
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
  });

  it('allows unsafe-inline for styles only (CodeMirror and React set styles), never for scripts', () => {
    const policy = metaPolicy();
    expect(policy.match(/'unsafe-inline'/g)).toHaveLength(1);
    expect(parsePolicy(policy)['style-src']).toContain("'unsafe-inline'");
    expect(policy).not.toContain('unsafe-eval');
  });

  it('lets images load from posts (remote, data: and object URLs) but frames only from the embed hosts', () => {
    const directives = parsePolicy(metaPolicy());
    expect(directives['img-src']).toEqual(expect.arrayContaining(['https:', 'data:', 'blob:']));
    expect(directives['frame-src']).toEqual([...EMBED_ORIGINS]);
  });

  it('frames exactly the hosts the sanitizer keeps', () => {
    for (const origin of EMBED_ORIGINS) {
      const path = origin.includes('vimeo') ? '/video/1' : '/embed/abc';
      expect(EMBED_SRC.test(`${origin}${path}`)).toBe(true);
    }
    expect(EMBED_SRC.test('https://www.youtube.com/embed/abc')).toBe(false);
  });

  it('lets fetch reach only the app itself and local blob:/data: URLs, never another origin', () => {
    expect(parsePolicy(metaPolicy())['connect-src']).toEqual(["'self'", 'blob:', 'data:']);
  });

  it('puts frame-ancestors in the header only (a meta policy cannot carry it)', () => {
    expect(parsePolicy(metaPolicy())['frame-ancestors']).toBeUndefined();
    expect(parsePolicy(headerPolicy())['frame-ancestors']).toEqual(["'none'"]);
    expect(Object.keys(CSP_DIRECTIVES)).not.toContain('frame-ancestors');
  });

  // The checker itself must be able to fail.
  it.each([
    ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'", "'unsafe-inline'"],
    ["script-src 'self' 'unsafe-eval'; object-src 'none'", "'unsafe-eval'"],
    ["script-src 'self' https://cdn.example.com; object-src 'none'", 'https://cdn.example.com'],
    ["script-src 'self' data:; object-src 'none'", 'data:'],
    ["default-src *; object-src 'none'", '*'],
    ["script-src 'self'", 'object-src'],
    ["object-src 'none'", 'no script-src'],
    ["script-src 'self'; script-src-attr 'unsafe-inline'; object-src 'none'", 'script-src-attr'],
  ])('reports the weakness in %s', (policy, named) => {
    expect(scriptPolicyProblems(policy).join('\n')).toContain(named);
  });
});
