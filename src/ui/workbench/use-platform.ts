/**
 * Whether the app runs on macOS (or iOS), where `Mod` shortcuts use Cmd. Read once from the browser, the way
 * CodeMirror reads it.
 */
import { isMacPlatform } from '../editor/shortcuts';

let cached: boolean | null = null;

/** True on Apple platforms. */
export function isMac(): boolean {
  if (cached === null) {
    // navigator.platform, as CodeMirror reads it to decide what Mod means: both must agree.
    cached = isMacPlatform(navigator.platform || navigator.userAgent);
  }
  return cached;
}
