/**
 * Words for the safety views: sizes ("about 24 KB"), times ("today 14:05", "3 Mar 2025, 09:12") and why a
 * revision was taken. Text is stored as UTF-16, so a character takes about two bytes of the browser's quota.
 */

/** Bytes in a person's units: `512 B`, `24 KB`, `1.2 MB`, `3.4 GB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** About how much room `chars` characters of text take. */
export function formatTextSize(chars: number): string {
  return `about ${formatBytes(chars * 2)}`;
}

/** A moment in the browser's time zone: "today 14:05", "yesterday 09:30", or "3 Mar 2025, 09:12". */
export function formatWhen(at: number, now: number = Date.now()): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const day = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
  if (day(date) === day(new Date(now))) return `today ${time}`;
  if (day(date) === day(new Date(now - 86_400_000))) return `yesterday ${time}`;
  const calendar = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `${calendar}, ${time}`;
}

const REASONS: Record<string, string> = {
  edit: 'Saved while editing',
  imported: 'As imported',
  'before-import': 'Before an import replaced it',
  'before-restore': 'Before a restore replaced it',
  conflict: 'Set aside when two tabs disagreed',
  'before-change': 'Before a change to many drafts',
};

/** Why a revision was taken, in words. */
export function revisionReason(reason: string): string {
  return REASONS[reason] ?? 'Saved';
}
