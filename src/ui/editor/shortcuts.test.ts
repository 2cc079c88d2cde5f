import { describe, expect, it } from 'vitest';
import { ariaShortcut, formatShortcut, isMacPlatform, matchesShortcut, parseShortcut } from './shortcuts';

const key = (over: Partial<Parameters<typeof matchesShortcut>[0]>) => ({
  key: '',
  code: '',
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  ...over,
});

describe('shortcuts', () => {
  it('reads CodeMirror notation', () => {
    expect(parseShortcut('Mod-Shift-k')).toMatchObject({ mod: true, shift: true, alt: false, key: 'k' });
    expect(parseShortcut('Mod-/').key).toBe('/');
    expect(parseShortcut('Mod--').key).toBe('-');
  });

  it('labels Mod as Cmd on macOS and Ctrl elsewhere', () => {
    expect(formatShortcut('Mod-b', true)).toBe('⌘B');
    expect(formatShortcut('Mod-b', false)).toBe('Ctrl+B');
    expect(formatShortcut('Mod-Shift-k', true)).toBe('⇧⌘K');
    expect(formatShortcut('Mod-Alt-2', false)).toBe('Ctrl+Alt+2');
    expect(ariaShortcut('Mod-k', true)).toBe('Meta+K');
    expect(ariaShortcut('Mod-/', false)).toBe('Control+Slash');
  });

  it('matches Cmd on macOS and Ctrl elsewhere, never both', () => {
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', metaKey: true }), 'Mod-k', true)).toBe(true);
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }), 'Mod-k', true)).toBe(false);
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }), 'Mod-k', false)).toBe(true);
    expect(
      matchesShortcut(key({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true }), 'Mod-k', false),
    ).toBe(false);
  });

  it('matches shifted digits and punctuation by the physical key', () => {
    expect(
      matchesShortcut(key({ key: '&', code: 'Digit7', ctrlKey: true, shiftKey: true }), 'Mod-Shift-7', false),
    ).toBe(true);
    expect(matchesShortcut(key({ key: '/', code: 'Slash', ctrlKey: true }), 'Mod-/', false)).toBe(true);
  });

  it('knows macOS platforms', () => {
    expect(isMacPlatform('MacIntel')).toBe(true);
    expect(isMacPlatform('Linux x86_64')).toBe(false);
  });
});
