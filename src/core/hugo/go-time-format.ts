/**
 * Pure: Go's reference-time layouts (`2006-01-02T15:04:05Z07:00`), for `now.Format` and `time.Format` in
 * archetypes. A date is formatted as wall-clock time at a given offset (minutes east of UTC).
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

function offsetText(minutes: number, colon: boolean, zulu: boolean): string {
  if (zulu && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

// Longest tokens first, so `January` wins over `Jan` and `2006` over `2`.
const TOKENS =
  /January|Monday|Z07:00|-07:00|Z0700|-0700|2006|\.000|\.999|Jan|Mon|MST|_2|06|01|02|15|03|04|05|PM|pm|1|2|3|4|5/g;

/** Format `date` with Go `layout` as wall-clock time `offsetMinutes` east of UTC. */
export function formatGoTime(date: Date, layout: string, offsetMinutes: number): string {
  const t = new Date(date.getTime() + offsetMinutes * 60_000);
  const y = t.getUTCFullYear();
  const mo = t.getUTCMonth();
  const d = t.getUTCDate();
  const h = t.getUTCHours();
  const mi = t.getUTCMinutes();
  const s = t.getUTCSeconds();
  const ms = t.getUTCMilliseconds();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return layout.replace(TOKENS, (token) => {
    switch (token) {
      case 'January':
        return MONTHS[mo] ?? '';
      case 'Jan':
        return (MONTHS[mo] ?? '').slice(0, 3);
      case 'Monday':
        return DAYS[t.getUTCDay()] ?? '';
      case 'Mon':
        return (DAYS[t.getUTCDay()] ?? '').slice(0, 3);
      case '2006':
        return pad(y, 4);
      case '06':
        return pad(y % 100);
      case '01':
        return pad(mo + 1);
      case '1':
        return String(mo + 1);
      case '02':
        return pad(d);
      case '_2':
        return pad(d, 2, ' ');
      case '2':
        return String(d);
      case '15':
        return pad(h);
      case '03':
        return pad(h12);
      case '3':
        return String(h12);
      case '04':
        return pad(mi);
      case '4':
        return String(mi);
      case '05':
        return pad(s);
      case '5':
        return String(s);
      case 'PM':
        return h < 12 ? 'AM' : 'PM';
      case 'pm':
        return h < 12 ? 'am' : 'pm';
      case '.000':
        return `.${pad(ms, 3)}`;
      case '.999':
        return ms ? `.${pad(ms, 3).replace(/0+$/, '')}` : '';
      case 'Z07:00':
        return offsetText(offsetMinutes, true, true);
      case '-07:00':
        return offsetText(offsetMinutes, true, false);
      case 'Z0700':
        return offsetText(offsetMinutes, false, true);
      case '-0700':
        return offsetText(offsetMinutes, false, false);
      case 'MST':
        return offsetMinutes === 0 ? 'UTC' : offsetText(offsetMinutes, false, false);
      default:
        return token;
    }
  });
}
