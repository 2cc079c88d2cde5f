/**
 * Pure: the names of the shortcodes Hugo 0.111 ships (everything else is a site's own, rendered as a stub).
 */

const BUILTINS = new Set([
  'figure',
  'highlight',
  'youtube',
  'vimeo',
  'gist',
  'x',
  'tweet',
  'twitter',
  'instagram',
  'ref',
  'relref',
  'param',
  'vimeo_simple',
]);

/** True for the shortcodes Hugo ships. */
export function isBuiltin(name: string): boolean {
  return BUILTINS.has(name);
}
