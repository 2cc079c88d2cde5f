import { describe, expect, it } from 'vitest';
import { formatGoTime } from './go-time-format';

// 2025-03-04T05:06:07.089Z
const AT = new Date(Date.UTC(2025, 2, 4, 5, 6, 7, 89));

describe('formatGoTime', () => {
  it('formats the reference layouts at an offset', () => {
    expect(formatGoTime(AT, '2006-01-02T15:04:05Z07:00', 480)).toBe('2025-03-04T13:06:07+08:00');
    expect(formatGoTime(AT, '2006-01-02T15:04:05Z07:00', 0)).toBe('2025-03-04T05:06:07Z');
    expect(formatGoTime(AT, '2006-01-02 15:04:05 -0700', -90)).toBe('2025-03-04 03:36:07 -0130');
  });
  it('knows names, 12-hour clocks, short forms and fractions', () => {
    expect(formatGoTime(AT, 'Monday, January 2, 2006', 0)).toBe('Tuesday, March 4, 2025');
    expect(formatGoTime(AT, 'Mon Jan _2 3:04PM', 0)).toBe('Tue Mar  4 5:06AM');
    expect(formatGoTime(AT, '06/1/2 15:04:05.000', 0)).toBe('25/3/4 05:06:07.089');
  });
});
