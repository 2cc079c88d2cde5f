/**
 * The library: a filter box and the list "Drafts", newest change first, each item showing title, date and draft
 * state, with Open (the title), Duplicate and Delete.
 *
 * The list is virtualised: only the rows in view (plus a few either side, and the row holding focus) are in the
 * DOM, each absolutely placed at its index times the row height, in a list as tall as all rows together. Rows
 * carry `aria-setsize`/`aria-posinset`, so a screen reader knows the whole size. Arrow keys, Page Up/Down and
 * Home/End move focus through every draft, scrolling it into view; Tab moves through the rendered rows, and the
 * list follows focus as it scrolls.
 */
import { memo, useCallback, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { LibraryState } from '../../state/create-stores';
import { formatPostDate } from '../preview/post-head';
import { rowForKey, rowWindow, scrollToRow } from './virtual-window';
import type { RowWindow } from './virtual-window';

type Draft = LibraryState['drafts'][number];

/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN = 8;
/** A row's height (pixels, gap included) until one has been measured. */
const ROW_GUESS = 50;
/** The gap under each row (as `.draft-item`'s margin was). */
const ROW_GAP = 2;
/** The viewport height assumed until the scroller has been measured. */
const VIEWPORT_GUESS = 800;

export interface DraftListProps {
  drafts: Draft[];
  activeId: string | null;
  filter: string;
  onFilter(text: string): void;
  onOpen(id: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

/** The sidebar list of drafts. */
export function DraftList({
  drafts: current,
  activeId,
  filter,
  onFilter,
  onOpen,
  onDuplicate,
  onDelete,
}: DraftListProps) {
  // The filter box shows each keystroke at once; the rows follow as soon as React gets to them.
  const drafts = useDeferredValue(current);
  const count = drafts.length;
  const scroller = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_GUESS);
  const [view, setView] = useState({ top: 0, height: 0 });
  /** The draft whose row holds focus: kept rendered even when scrolled away, so focus is never lost. */
  const [focusedId, setFocusedId] = useState<string | null>(null);
  /** A row keyboard navigation moves to, focused once it is rendered (button `column` of the row). */
  const pending = useRef<{ id: string; column: number } | null>(null);
  const [, setPendingTick] = useState(0);
  // Rows get callbacks that never change, so a row re-renders only when its own draft or place does.
  const handlers = useRef({ onOpen, onDuplicate, onDelete });
  useLayoutEffect(() => {
    handlers.current = { onOpen, onDuplicate, onDelete };
  });
  const [actions] = useState(() => ({
    open: (id: string) => handlers.current.onOpen(id),
    duplicate: (id: string) => handlers.current.onDuplicate(id),
    remove: (id: string) => handlers.current.onDelete(id),
  }));

  const viewport = view.height || VIEWPORT_GUESS;
  const win: RowWindow = rowWindow(count, rowHeight, view.top, viewport, OVERSCAN);
  const rows: number[] = [];
  for (let i = win.start; i < win.end; i++) rows.push(i);
  if (focusedId !== null) {
    const at = drafts.findIndex((d) => d.id === focusedId);
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

  // Rows are one line of title and one of meta: measure one and place every row by it.
  useLayoutEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>('.draft-item');
    if (!row) return;
    const height = Math.round(row.getBoundingClientRect().height) + ROW_GAP;
    if (height > ROW_GAP && height !== rowHeight) setRowHeight(height);
  }, [rowHeight, count]);

  // A new filter shows its matches from the top.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el && el.scrollTop !== 0) {
      el.scrollTop = 0;
      measure();
    }
  }, [filter, measure]);

  // Focus the row keyboard navigation asked for once it is in the DOM.
  useLayoutEffect(() => {
    const target = pending.current;
    if (!target) return;
    const row = scroller.current?.querySelector(`[data-draft-id="${CSS.escape(target.id)}"]`);
    const buttons = row?.querySelectorAll<HTMLButtonElement>('button');
    const button = buttons?.[Math.min(target.column, buttons.length - 1)];
    if (!button) return;
    pending.current = null;
    button.focus({ preventScroll: true });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    const el = scroller.current;
    if (!row || !el || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(el.clientHeight / rowHeight) - 1);
    const next = rowForKey(e.key, index, count, page);
    const draft = next === null ? undefined : drafts[next];
    if (next === null || !draft) return;
    e.preventDefault();
    const column = Math.max(
      0,
      Array.from(row.querySelectorAll('button')).indexOf(target as HTMLButtonElement),
    );
    pending.current = { id: draft.id, column };
    setFocusedId(draft.id);
    el.scrollTop = scrollToRow(next, rowHeight, el.scrollTop, el.clientHeight);
    measure();
    setPendingTick((n) => n + 1);
  };

  return (
    <div className="library">
      <label className="library__filter">
        <span className="visually-hidden">Filter drafts</span>
        <input
          type="search"
          placeholder="Filter by title, tag or text"
          value={filter}
          onChange={(e) => onFilter(e.target.value)}
        />
      </label>
      <div className="library__scroller" ref={scroller} onScroll={measure}>
        <ul
          className="library__list"
          aria-label="Drafts"
          style={{ height: count * rowHeight }}
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const id = (e.target as HTMLElement).closest<HTMLElement>('[data-draft-id]')?.dataset.draftId;
            if (id !== undefined) setFocusedId(id);
          }}
          onBlur={(e) => {
            const next = e.relatedTarget as Node | null;
            if (!next || !e.currentTarget.contains(next)) setFocusedId(null);
          }}
        >
          {rows.map((i) => {
            const draft = drafts[i]!;
            return (
              <DraftRow
                key={draft.id}
                draft={draft}
                index={i}
                count={count}
                top={i * rowHeight}
                active={draft.id === activeId}
                onOpen={actions.open}
                onDuplicate={actions.duplicate}
                onDelete={actions.remove}
              />
            );
          })}
        </ul>
        {count === 0 && <p className="library__empty">{filter ? 'No draft matches.' : 'No drafts yet.'}</p>}
      </div>
    </div>
  );
}

interface DraftRowProps {
  draft: Draft;
  index: number;
  count: number;
  top: number;
  active: boolean;
  onOpen(id: string): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

/** One draft's row (re-rendered only when its draft, place or state changes). */
const DraftRow = memo(function DraftRow({
  draft,
  index,
  count,
  top,
  active,
  onOpen,
  onDuplicate,
  onDelete,
}: DraftRowProps) {
  const title = draft.meta.title || 'Untitled';
  return (
    <li
      className={active ? 'draft-item draft-item--active' : 'draft-item'}
      style={{ top }}
      aria-setsize={count}
      aria-posinset={index + 1}
      data-index={index}
      data-draft-id={draft.id}
    >
      <button
        type="button"
        className="draft-item__open"
        aria-current={active ? 'true' : undefined}
        onClick={() => onOpen(draft.id)}
      >
        <span className="draft-item__title">{title}</span>
        {/* The title and the date are separate lines: say so, or "Post 12" and "4 September" run together. */}
        <span className="visually-hidden">, </span>
        <span className="draft-item__meta">
          {draft.meta.date ? formatPostDate(draft.meta.date) : 'No date'}
          {' · '}
          {draft.meta.draft ? (
            <span className="badge badge--draft">Draft</span>
          ) : (
            <span className="badge badge--published">Published</span>
          )}
        </span>
      </button>
      <span className="draft-item__actions">
        <button
          type="button"
          aria-label={`Duplicate ${title}`}
          title="Duplicate"
          onClick={() => onDuplicate(draft.id)}
        >
          <Icon path="M8 8h11v11H8zM5 5h11v2H7v9H5z" />
        </button>
        <button
          type="button"
          aria-label={`Delete ${title}`}
          title="Delete"
          onClick={() => onDelete(draft.id)}
        >
          <Icon path="M6 7h12l-1 13H7zM9 4h6l1 2H8z" />
        </button>
      </span>
    </li>
  );
});

/** A small outline icon (decorative: the button carries the name). */
function Icon({ path }: { path: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
