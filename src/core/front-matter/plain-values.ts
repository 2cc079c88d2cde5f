/**
 * Pure: small helpers for the plain values front matter is made of (strings, numbers, booleans, null, arrays,
 * plain objects).
 */

/** Set `obj[key] = value` as an own, enumerable property, even for `__proto__` (no prototype is ever changed). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** True for a non-null object that is not an array or a Date (a map of keys to values). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Deep equality of plain values. Strings compare with CRLF taken as LF, because readers differ in whether they
 * keep the CR of a line break inside a multi-line string; the editors use this to check what they wrote.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string')
    return a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (isPlainRecord(a) && isPlainRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue(a[k], b[k]));
  }
  return Object.is(a, b);
}
