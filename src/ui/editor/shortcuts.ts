/**
 * Shortcut notation, shown and matched per platform. Shortcuts are written as CodeMirror writes them
 * (`Mod-Shift-k`: `Mod` is Cmd on macOS and Ctrl elsewhere); this module turns them into labels ("⌘⇧K",
 * "Ctrl+Shift+K"), `aria-keyshortcuts` values, and matches them against key events outside the editor. Pure
 * (no DOM access) so it is unit tested; the platform is passed in.
 */

/** The parts of a shortcut. */
export interface ParsedShortcut {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** The key, lower-cased for letters (`k`, `7`, `/`, `.`, `enter`, `f1`). */
  key: string;
}

/** Read `Mod-Shift-k` (the key is the last part, so `Mod--` is Mod and minus). */
export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split(/-(?!$)/);
  const key = (parts.pop() ?? '').toLowerCase();
  const has = (name: string) => parts.some((p) => p.toLowerCase() === name);
  return {
    mod: has('mod'),
    ctrl: has('ctrl'),
    shift: has('shift'),
    alt: has('alt'),
    meta: has('meta') || has('cmd'),
    key,
  };
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' };
const KEY_NAMES: Record<string, string> = {
  enter: 'Enter',
  escape: 'Esc',
  arrowup: '↑',
  arrowdown: '↓',
  '/': '/',
  '.': '.',
};

function keyLabel(key: string): string {
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key[0]?.toUpperCase() + key.slice(1));
}

/** The label a person reads: `⌘⇧K` on macOS, `Ctrl+Shift+K` elsewhere. */
export function formatShortcut(shortcut: string, mac: boolean): string {
  const s = parseShortcut(shortcut);
  const ctrl = s.ctrl || (s.mod && !mac);
  const meta = s.meta || (s.mod && mac);
  if (mac) {
    return (
      (ctrl ? MAC_SYMBOLS.ctrl : '') +
      (s.alt ? MAC_SYMBOLS.alt : '') +
      (s.shift ? MAC_SYMBOLS.shift : '') +
      (meta ? MAC_SYMBOLS.meta : '') +
      keyLabel(s.key)
    );
  }
  const parts: string[] = [];
  if (ctrl) parts.push('Ctrl');
  if (meta) parts.push('Meta');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  parts.push(keyLabel(s.key));
  return parts.join('+');
}

/** The `aria-keyshortcuts` value (`Control+Shift+K`, `Meta+K`). */
export function ariaShortcut(shortcut: string, mac: boolean): string {
  const s = parseShortcut(shortcut);
  const parts: string[] = [];
  if (s.ctrl || (s.mod && !mac)) parts.push('Control');
  if (s.meta || (s.mod && mac)) parts.push('Meta');
  if (s.alt) parts.push('Alt');
  if (s.shift) parts.push('Shift');
  const key = s.key === '/' ? 'Slash' : s.key === '.' ? 'Period' : keyLabel(s.key);
  parts.push(key);
  return parts.join('+');
}

/** What `matchesShortcut` reads from a keyboard event. */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** The key a physical key stands for without Shift or Alt (`Digit7` -> `7`), so layouts do not matter. */
function baseKey(event: KeyLike): string {
  const code = event.code;
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  const named: Record<string, string> = { Slash: '/', Period: '.', Comma: ',', Minus: '-', Equal: '=' };
  return named[code] ?? event.key.toLowerCase();
}

/** Whether `event` presses `shortcut` on this platform. */
export function matchesShortcut(event: KeyLike, shortcut: string, mac: boolean): boolean {
  const s = parseShortcut(shortcut);
  const wantCtrl = s.ctrl || (s.mod && !mac);
  const wantMeta = s.meta || (s.mod && mac);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (event.altKey !== s.alt || event.shiftKey !== s.shift) return false;
  return event.key.toLowerCase() === s.key || baseKey(event) === s.key;
}

/** Whether this browser runs on macOS (or iOS), where `Mod` is Cmd. */
export function isMacPlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}
