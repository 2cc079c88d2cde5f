/**
 * Pure: the date forms Hugo reads in front matter (RFC 3339 and its relatives), kept as the text the author wrote.
 *
 * The form shows a date as wall-clock time in the post's OWN offset and writes it back in the same shape, so a
 * post dated `+08:00` stays `+08:00` whatever zone the browser runs in. Accepted: `2024-03-27`,
 * `2024-03-27T16:54:49` (no offset: UTC for Hugo), fractional seconds, `Z`, `+08:00`, `+0800`, a space instead of
 * `T`, a space before the offset, and Go's `Time.String()` zone name (`2024-03-27 16:54:49 +0800 CST`).
 */

/** A date's parts and the details of how it was written. */
export interface HugoDateParts {
  year: number;
  month: number;
  day: number;
  /** False for a date without a time (`2024-03-27`). */
  hasTime: boolean;
  hour: number;
  minute: number;
  second: number;
  /** Fractional-second digits as written, without the dot ('' when none). */
  fraction: string;
  /** The offset as written: 'Z', 'z', '+08:00', '+0800', or '' when there is none. */
  offsetText: string;
  /** Minutes east of UTC, or null when the text has no offset. */
  offsetMinutes: number | null;
}

/** The wall-clock value for an `<input type="datetime-local">` (or `type="date"` when `hasTime` is false). */
export interface DateInputValue {
  /** `YYYY-MM-DDTHH:mm:ss`, or `YYYY-MM-DD` for a date without time; '' when not ok. */
  value: string;
  /** The post's own offset: 'Z', '+08:00' (always with a colon), or '' when the date has none. */
  offsetLabel: string;
  /** Whether the text has a time of day. */
  hasTime: boolean;
  ok: boolean;
}

const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:([Tt ])(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?: ?(Z|z|[+-]\d{2}:?\d{2})(?: [A-Z]{1,5})?)?)?$/;
const INPUT_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/;

/** Parse a Hugo date text; null when it is not one of the accepted forms or a field is out of range. */
export function parseHugoDate(text: string): HugoDateParts | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [, y = '', mo = '', d = '', sep, hh = '0', mi = '0', ss = '0', frac = '', off = ''] = m;
  const parts: HugoDateParts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hasTime: sep !== undefined,
    hour: Number(hh),
    minute: Number(mi),
    second: Number(ss),
    fraction: frac,
    offsetText: off,
    offsetMinutes: parseOffset(off),
  };
  return inRange(parts) ? parts : null;
}

/** True when `text` is a date Hugo reads (see parseHugoDate). */
export function isHugoDate(text: string): boolean {
  return parseHugoDate(text) !== null;
}

/** The instant a date text names, in ms since the epoch; a text without offset is UTC (Hugo's default). */
export function dateToInstant(text: string): number | null {
  const p = parseHugoDate(text.trim());
  if (!p) return null;
  const ms = Number(p.fraction.padEnd(3, '0').slice(0, 3));
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second, ms) - (p.offsetMinutes ?? 0) * 60_000;
}

/** The date as the form shows it: wall-clock time in the post's own offset, and that offset's label. */
export function toDateInput(text: string): DateInputValue {
  const p = parseHugoDate(text.trim());
  if (!p) return { value: '', offsetLabel: '', hasTime: false, ok: false };
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return {
    value: p.hasTime ? `${date}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` : date,
    offsetLabel:
      p.offsetMinutes === null
        ? ''
        : offsetLabel(p.offsetMinutes, p.offsetText === 'Z' || p.offsetText === 'z'),
    hasTime: p.hasTime,
    ok: true,
  };
}

/**
 * `original` with its wall-clock time replaced by `inputValue` (a datetime-local or date input's value), written
 * in exactly the original's shape: separator, seconds, fraction digits, offset text (`Z` stays `Z`, `+0800` stays
 * `+0800`). A date-only original stays date-only; a date-only input keeps the original's time; missing input
 * seconds are 00; the original fraction is kept unless the input has one. An input that is not a date gives
 * `original` back unchanged; an original that is not a date gives the input as `YYYY-MM-DDTHH:mm:ss`.
 */
export function fromDateInput(originalText: string, inputValue: string): string {
  const m = INPUT_RE.exec(inputValue.trim());
  if (!m) return originalText;
  const [, y = '', mo = '', d = '', hh, mi, ss = '00', frac] = m;
  const lead = /^\s*/.exec(originalText)?.[0] ?? '';
  const trail = /\s*$/.exec(originalText)?.[0] ?? '';
  const body = originalText.slice(lead.length, originalText.length - trail.length);
  const orig = DATE_RE.exec(body);
  if (!orig || !parseHugoDate(body)) return `${y}-${mo}-${d}T${hh ?? '00'}:${mi ?? '00'}:${ss}`;
  const date = `${y}-${mo}-${d}`;
  const [, , , , sep, oh, om, os, ofrac] = orig;
  if (sep === undefined) return lead + date + trail;
  const time = hh === undefined ? `${oh}:${om}:${os}` : `${hh}:${mi}:${ss}`;
  let fraction = ofrac ?? '';
  if (fraction && frac !== undefined) fraction = frac.padEnd(fraction.length, '0').slice(0, fraction.length);
  const afterTime = body.slice(DATE_TIME_LENGTH + (ofrac === undefined ? 0 : ofrac.length + 1));
  return lead + date + sep + time + (fraction ? `.${fraction}` : '') + afterTime + trail;
}

/** Length of `YYYY-MM-DDTHH:mm:ss`. */
const DATE_TIME_LENGTH = 19;

/**
 * An RFC 3339 text for `date` as wall-clock time at `offsetMinutes` east of UTC (for a new post, pass
 * `-date.getTimezoneOffset()`). Offset 0 is written `Z`, as Hugo and Go write it; seconds are truncated.
 * An invalid date gives ''.
 */
export function formatRfc3339(date: Date, offsetMinutes: number): string {
  const shifted = new Date(date.getTime() + offsetMinutes * 60_000);
  if (Number.isNaN(shifted.getTime())) return '';
  const d = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  const t = `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`;
  return `${d}T${t}${offsetLabel(offsetMinutes, true)}`;
}

function offsetLabel(minutes: number, zulu: boolean): string {
  if (minutes === 0 && zulu) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function parseOffset(text: string): number | null {
  if (text === '') return null;
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
  return text[0] === '-' ? -minutes : minutes;
}

function inRange(p: HugoDateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  if (p.day > new Date(utcMs(p.year, p.month + 1, 0, 0, 0, 0, 0)).getUTCDate()) return false;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  if (p.offsetMinutes !== null && Math.abs(p.offsetMinutes) >= 24 * 60) return false;
  return p.offsetText.length < 5 || Number(p.offsetText.slice(-2)) < 60;
}

/** Date.UTC without its two-digit-year surprise (years 0-99 would become 1900-1999). */
function utcMs(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(Date.UTC(2000, mo - 1, d, h, mi, s, ms));
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
