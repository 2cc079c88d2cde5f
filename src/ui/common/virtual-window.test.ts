import { describe, expect, it } from 'vitest';
import { rowForKey, rowWindow, scrollToRow } from './virtual-window';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, within the list', () => {
    expect(rowWindow(10_000, 50, 0, 500, 8)).toEqual({ start: 0, end: 18 });
    expect(rowWindow(10_000, 50, 5000, 500, 8)).toEqual({ start: 92, end: 118 });
    expect(rowWindow(10_000, 50, 499_500, 500, 8)).toEqual({ start: 9982, end: 10_000 });
  });

  it('stays bounded by the viewport whatever the list size', () => {
    for (const count of [100, 10_000, 1_000_000]) {
      const { start, end } = rowWindow(count, 48, count * 24, 700, 8);
      expect(end - start).toBeLessThanOrEqual(Math.ceil(700 / 48) + 1 + 16);
    }
  });

  it('copes with empty lists, short lists and positions past the end', () => {
    expect(rowWindow(0, 50, 0, 500, 8)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(3, 50, 0, 500, 8)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(3, 50, 10_000, 500, 8)).toEqual({ start: 3, end: 3 });
    expect(rowWindow(30, 50, -40, 500, 2)).toEqual({ start: 0, end: 12 });
  });
});

describe('scrollToRow', () => {
  it('scrolls as little as needed to show the whole row', () => {
    expect(scrollToRow(5, 50, 0, 500)).toBe(0);
    expect(scrollToRow(10, 50, 0, 500)).toBe(50);
    expect(scrollToRow(2, 50, 300, 500)).toBe(100);
    expect(scrollToRow(9999, 50, 0, 500)).toBe(499_500);
  });
});

describe('rowForKey', () => {
  it('steps, pages and jumps within the list', () => {
    expect(rowForKey('ArrowDown', 0, 10, 4)).toBe(1);
    expect(rowForKey('ArrowDown', 9, 10, 4)).toBe(9);
    expect(rowForKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowForKey('PageDown', 3, 10, 4)).toBe(7);
    expect(rowForKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowForKey('PageUp', 3, 10, 4)).toBe(0);
    expect(rowForKey('Home', 5, 10, 4)).toBe(0);
    expect(rowForKey('End', 5, 10, 4)).toBe(9);
  });

  it('leaves other keys and empty lists alone', () => {
    expect(rowForKey('Enter', 0, 10, 4)).toBeNull();
    expect(rowForKey('a', 0, 10, 4)).toBeNull();
    expect(rowForKey('ArrowDown', 0, 0, 4)).toBeNull();
  });
});
