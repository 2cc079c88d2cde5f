/**
 * Pure: the Content-Security-Policy the built app ships (a `<meta>` tag added at build time, and the same
 * policy as a header from `npm start`). It is the second wall behind the sanitizer: even if hostile markup got
 * into the preview, the browser runs no inline script, no event handler attribute, no `javascript:` URL, no
 * `eval`, and no script from anywhere but the app's own origin.
 *
 * Styles may be inline ('unsafe-inline' for style-src only): CodeMirror and React set styles at run time. Images
 * and media may come from anywhere a post points to (that is what posts do); frames only from the embed
 * hosts the sanitizer keeps. `fetch` reaches only the app's origin and local `blob:`/`data:` URLs (reading a
 * draft's images back). Remote images stay possible, so a script that did run could still leak through an
 * image URL: the point of the policy is that no script from a post runs at all.
 */

/** Origins of the embeds the sanitizer keeps (privacy-enhanced YouTube, Vimeo's player). */
export const EMBED_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

/** The policy, directive by directive. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'https:', 'http:', 'data:', 'blob:'],
  'media-src': ["'self'", 'https:', 'http:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'blob:', 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': EMBED_ORIGINS,
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'manifest-src': ["'self'"],
};

/** Directives a `<meta>` policy cannot carry; the `npm start` header adds them. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
};

/** A directive map as a policy string: `name value value; name value`. */
export function formatPolicy(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The policy for the `<meta http-equiv="Content-Security-Policy">` tag. */
export function metaPolicy(): string {
  return formatPolicy(CSP_DIRECTIVES);
}

/** The policy for the `Content-Security-Policy` response header (the meta policy plus frame-ancestors). */
export function headerPolicy(): string {
  return formatPolicy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

/** A policy string back as a directive map (names lower-cased; the first of a repeated directive wins). */
export function parsePolicy(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in out)) out[key] = values;
  }
  return out;
}

/**
 * Why `policy` would not stop a script from a post: each problem as a sentence, none when it holds. Checks the
 * issue's rules: scripts only from 'self' (no 'unsafe-inline', 'unsafe-eval', wildcards, schemes or remote
 * origins, whether through script-src or a default-src fallback) and object-src 'none'.
 */
export function scriptPolicyProblems(policy: string): string[] {
  const directives = parsePolicy(policy);
  const problems: string[] = [];
  const script = directives['script-src'] ?? directives['default-src'];
  if (!script) problems.push('no script-src (nor default-src): any script may load');
  for (const value of script ?? []) {
    if (value !== "'self'" && value !== "'none'") problems.push(`script source ${value} is allowed`);
  }
  for (const name of ['script-src-elem', 'script-src-attr']) {
    for (const value of directives[name] ?? []) {
      if (value !== "'self'" && value !== "'none'") problems.push(`${name} allows ${value}`);
    }
  }
  const object = directives['object-src'] ?? directives['default-src'];
  if (object?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  return problems;
}
