import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dateToInstant,
  formatRfc3339,
  fromDateInput,
  isHugoDate,
  parseHugoDate,
  toDateInput,
} from './hugo-date';

describe('parseHugoDate', () => {
  it.each([
    '2024-03-27',
    '2024-03-27T16:54:49+08:00',
    '2024-03-27T16:54:49Z',
    '2024-03-27T16:54:49',
    '2024-03-27T16:54:49.123456789-05:30',
    '2024-03-27 16:54:49',
    '2024-03-27 16:54:49 +0800',
    '2024-03-27 16:54:49+08:00',
    '2024-03-27T16:54:49-0700',
    '2024-03-27 16:54:49.5 +0800 CST',
    '2024-02-29',
  ])('accepts %s', (text) => {
    expect(isHugoDate(text)).toBe(true);
  });

  it.each([
    '',
    'yesterday',
    '2024-3-27',
    '2024-03-27T16:54',
    '2023-02-29',
    '2024-13-01',
    '2024-03-27T24:00:00',
    '2024-03-27T16:54:49+08:61',
    '2024-03-27T16:54:49+25:00',
    ' 2024-03-27',
  ])('refuses %j', (text) => {
    expect(parseHugoDate(text)).toBeNull();
  });

  it('keeps how the date was written', () => {
    expect(parseHugoDate('2024-03-27 16:54:49.50 +0800')).toEqual({
      year: 2024,
      month: 3,
      day: 27,
      hasTime: true,
      hour: 16,
      minute: 54,
      second: 49,
      fraction: '50',
      offsetText: '+0800',
      offsetMinutes: 480,
    });
  });
});

describe('dateToInstant', () => {
  it('reads the offset, and UTC when there is none', () => {
    expect(dateToInstant('2024-03-27T16:54:49+08:00')).toBe(Date.UTC(2024, 2, 27, 8, 54, 49));
    expect(dateToInstant('2024-03-27T16:54:49-0130')).toBe(Date.UTC(2024, 2, 27, 18, 24, 49));
    expect(dateToInstant('2024-03-27T16:54:49')).toBe(Date.UTC(2024, 2, 27, 16, 54, 49));
    expect(dateToInstant('2024-03-27')).toBe(Date.UTC(2024, 2, 27));
    expect(dateToInstant('2024-03-27T16:54:49.25Z')).toBe(Date.UTC(2024, 2, 27, 16, 54, 49, 250));
  });

  it('does not turn years below 100 into 19xx', () => {
    expect(new Date(dateToInstant('0012-01-01') ?? NaN).getUTCFullYear()).toBe(12);
  });

  it('is null for text that is not a date', () => {
    expect(dateToInstant('soon')).toBeNull();
  });
});

describe('toDateInput', () => {
  it('shows wall-clock time in the post’s own offset', () => {
    expect(toDateInput('2024-03-27T16:54:49+08:00')).toEqual({
      value: '2024-03-27T16:54:49',
      offsetLabel: '+08:00',
      hasTime: true,
      ok: true,
    });
    expect(toDateInput('2024-03-27 16:54:49 -0430').offsetLabel).toBe('-04:30');
    expect(toDateInput('2024-03-27T16:54:49Z').offsetLabel).toBe('Z');
    expect(toDateInput('2024-03-27T16:54:49+00:00').offsetLabel).toBe('+00:00');
    expect(toDateInput('2024-03-27T16:54:49').offsetLabel).toBe('');
  });

  it('gives a date for a date without time', () => {
    expect(toDateInput('2024-03-27')).toEqual({
      value: '2024-03-27',
      offsetLabel: '',
      hasTime: false,
      ok: true,
    });
  });

  it('is not ok for text that is not a date', () => {
    expect(toDateInput('next week').ok).toBe(false);
  });
});

describe('fromDateInput', () => {
  it.each([
    ['2024-03-27T16:54:49+08:00', '2024-04-01T09:05', '2024-04-01T09:05:00+08:00'],
    ['2024-03-27T16:54:49Z', '2024-04-01T09:05:30', '2024-04-01T09:05:30Z'],
    ['2024-03-27T16:54:49+00:00', '2024-04-01T09:05:30', '2024-04-01T09:05:30+00:00'],
    ['2024-03-27 16:54:49 +0800', '2024-04-01T09:05:30', '2024-04-01 09:05:30 +0800'],
    ['2024-03-27 16:54:49 +0800 CST', '2024-04-01T09:05:30', '2024-04-01 09:05:30 +0800 CST'],
    ['2024-03-27T16:54:49.123+08:00', '2024-04-01T09:05:30', '2024-04-01T09:05:30.123+08:00'],
    ['2024-03-27T16:54:49.123+08:00', '2024-04-01T09:05:30.5', '2024-04-01T09:05:30.500+08:00'],
    ['2024-03-27T16:54:49', '2024-04-01T09:05:30', '2024-04-01T09:05:30'],
    ['2024-03-27', '2024-04-01T09:05:30', '2024-04-01'],
    ['2024-03-27T16:54:49+08:00', '2024-04-01', '2024-04-01T16:54:49+08:00'],
    ['not a date', '2024-04-01T09:05', '2024-04-01T09:05:00'],
    ['2024-03-27T16:54:49+08:00', 'garbage', '2024-03-27T16:54:49+08:00'],
  ])('%s + %s -> %s', (original, input, expected) => {
    expect(fromDateInput(original, input)).toBe(expected);
  });

  it('round-trips the wall-clock time it showed', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
        fc.integer({ min: -720, max: 840 }),
        (date, offset) => {
          const text = formatRfc3339(date, offset);
          const shown = toDateInput(text);
          expect(fromDateInput(text, shown.value)).toBe(text);
          expect(dateToInstant(text)).toBe(Math.floor(date.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});

describe('formatRfc3339', () => {
  const instant = new Date(Date.UTC(2026, 10, 24, 0, 21, 17, 900));

  it('writes wall-clock time at the offset, seconds truncated', () => {
    expect(formatRfc3339(instant, 480)).toBe('2026-11-24T08:21:17+08:00');
    expect(formatRfc3339(instant, -330)).toBe('2026-11-23T18:51:17-05:30');
  });

  it('writes Z for UTC, as Hugo does', () => {
    expect(formatRfc3339(instant, 0)).toBe('2026-11-24T00:21:17Z');
  });

  it('gives an empty string for an invalid date', () => {
    expect(formatRfc3339(new Date(NaN), 0)).toBe('');
  });
});
