/**
 * A virtualised list's behaviour, shared by the library's drafts and the sidebar's outline, problems and table of
 * contents. Only the rows in view (plus a few either side, and the row holding focus) are rendered, each placed
 * at its index times the row height (measured from a rendered row), in a list as tall as all rows together, so a
 * list of thousands costs what a screenful costs. Arrow keys, Page Up/Down and Home/End move focus through every
 * row, scrolling it into view; Tab moves through the rendered rows, and the list follows focus as it scrolls.
 *
 * The list sits in its own scroller (`scrollerProps`) and gets `listProps`. Each rendered row carries
 * `data-index` (its place) and `data-row-key` (what it shows, so focus stays with it when the list changes);
 * a row's focusable elements are the buttons and links inside it that do not belong to a row nested in it.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, FocusEvent, KeyboardEvent, RefObject } from 'react';
import { rowForKey, rowWindow, scrollToRow } from './virtual-window';

/** The viewport height assumed until the scroller has been measured. */
const VIEWPORT_GUESS = 800;

export interface VirtualRowsOptions {
  /** How many rows the list has. */
  count: number;
  /** The key of row `index` (stable for what it shows). */
  keyAt(index: number): string | undefined;
  /** A row's height in pixels (gap included) until one has been measured. */
  rowGuess: number;
  /** Space under each row that its box does not include (e.g. a margin). */
  rowGap?: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** The element measured for the row height (default: the first rendered row). */
  rowSelector?: string;
  /** When this changes, the list scrolls back to its top (e.g. a new filter). */
  resetKey?: unknown;
}

export interface VirtualRows {
  /** The indexes to render, in list order (the window, plus the focused row wherever it is). */
  rows: number[];
  /** The row height every row is placed by. */
  rowHeight: number;
  scrollerProps: { ref: RefObject<HTMLDivElement | null>; onScroll(): void };
  listProps: {
    style: CSSProperties;
    onKeyDown(event: KeyboardEvent<HTMLElement>): void;
    onFocus(event: FocusEvent<HTMLElement>): void;
    onBlur(event: FocusEvent<HTMLElement>): void;
  };
}

/** A rendered row's place: put these on its element (`<li {...rowAttributes(...)}>`). */
export function rowAttributes(index: number, count: number, top: number, key: string) {
  return {
    style: { top },
    'aria-setsize': count,
    'aria-posinset': index + 1,
    'data-index': index,
    'data-row-key': key,
  };
}

/** The buttons and links of `row` (not those of rows nested inside it). */
function focusablesOf(row: Element): HTMLElement[] {
  return Array.from(row.querySelectorAll<HTMLElement>('button, a[href]')).filter(
    (el) => el.closest('[data-row-key]') === row,
  );
}

/** See the file's comment. */
export function useVirtualRows({
  count,
  keyAt,
  rowGuess,
  rowGap = 0,
  overscan = 8,
  rowSelector = '[data-index]',
  resetKey,
}: VirtualRowsOptions): VirtualRows {
  const scroller = useRef<HTMLDivElement | null>(null);
  const [rowHeight, setRowHeight] = useState(rowGuess);
  const [view, setView] = useState({ top: 0, height: 0 });
  /** The row holding focus: kept rendered even when scrolled away, so focus is never lost. */
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  /** A row keyboard navigation moves to, focused once it is rendered (its focusable number `column`). */
  const pending = useRef<{ key: string; column: number } | null>(null);
  const [, setPendingTick] = useState(0);

  const viewport = view.height || VIEWPORT_GUESS;
  const win = rowWindow(count, rowHeight, view.top, viewport, overscan);
  const rows: number[] = [];
  for (let i = win.start; i < win.end; i++) rows.push(i);
  if (focusedKey !== null) {
    let at = -1;
    for (let i = 0; i < count; i++) {
      if (keyAt(i) === focusedKey) {
        at = i;
        break;
      }
    }
    // In place, so the DOM (and a screen reader's reading order) stays in list order.
    if (at >= 0 && at < win.start) rows.unshift(at);
    else if (at >= win.end) rows.push(at);
  }

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setView((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight },
    );
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // Every row has the same height: measure one and place every row by it.
  useLayoutEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>(rowSelector);
    if (!row) return;
    const height = Math.round(row.getBoundingClientRect().height) + rowGap;
    if (height > rowGap && height !== rowHeight) setRowHeight(height);
  }, [rowHeight, count, rowSelector, rowGap]);

  // A new list (e.g. a new filter) shows from the top.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && el.scrollTop !== 0) {
      el.scrollTop = 0;
      measure();
    }
  }, [resetKey, measure]);

  // Focus the row keyboard navigation asked for once it is in the DOM.
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    const row = scroller.current?.querySelector(`[data-row-key="${CSS.escape(target.key)}"]`);
    const focusables = row ? focusablesOf(row) : [];
    const element = focusables[Math.min(target.column, focusables.length - 1)];
    if (!element) return;
    pending.current = null;
    element.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    const el = scroller.current;
    if (!row || !el || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(el.clientHeight / rowHeight) - 1);
    const next = rowForKey(e.key, index, count, page);
    const key = next === null ? undefined : keyAt(next);
    if (next === null || key === undefined) return;
    e.preventDefault();
    const column = Math.max(0, focusablesOf(row).indexOf(target));
    pending.current = { key, column };
    setFocusedKey(key);
    el.scrollTop = scrollToRow(next, rowHeight, el.scrollTop, el.clientHeight);
    measure();
    setPendingTick((n) => n + 1);
  };

  return {
    rows,
    rowHeight,
    scrollerProps: { ref: scroller, onScroll: measure },
    listProps: {
      style: { height: count * rowHeight },
      onKeyDown,
      onFocus: (e) => {
        const key = (e.target as HTMLElement).closest<HTMLElement>('[data-row-key]')?.dataset.rowKey;
        if (key !== undefined) setFocusedKey(key);
      },
      onBlur: (e) => {
        const next = e.relatedTarget as Node | null;
        if (!next || !e.currentTarget.contains(next)) setFocusedKey(null);
      },
    },
  };
}
