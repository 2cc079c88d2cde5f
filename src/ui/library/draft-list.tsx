/**
 * The library: a filter box and the list "Drafts", newest change first, each item showing title, date and draft
 * state, with Open (the title), Duplicate and Delete.
 *
 * The list is virtualised (see common/use-virtual-rows): only the rows in view (plus a few either side, and the
 * row holding focus) are in the DOM. Rows carry `aria-setsize`/`aria-posinset`, so a screen reader knows the
 * whole size; arrow keys, Page Up/Down and Home/End move focus through every draft.
 */
import { memo, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import type { LibraryState } from '../../state/create-stores';
import { formatPostDate } from '../preview/post-head';
import { rowAttributes, useVirtualRows } from '../common/use-virtual-rows';

type Draft = LibraryState['drafts'][number];

/** A row's height (pixels, gap included) until one has been measured. */
const ROW_GUESS = 50;
/** The gap under each row (as `.draft-item`'s margin was). */
const ROW_GAP = 2;

export interface DraftListProps {
  drafts: Draft[];
  /** False while only the newest drafts are listed (the rest are still being read): the list says it is busy. */
  complete?: boolean;
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
  complete = true,
  activeId,
  filter,
  onFilter,
  onOpen,
  onDuplicate,
  onDelete,
}: DraftListProps) {
  // The filter box shows each keystroke at once; the rows for a new filter follow as soon as React gets to them.
  // Any other change of the list (the first drafts listed at start, a save) shows at once: deferred, it would
  // wait behind every other update (at start, the editor opening and the preview filling in).
  const deferredFilter = useDeferredValue(filter);
  const deferredDrafts = useDeferredValue(current);
  const drafts = deferredFilter === filter ? current : deferredDrafts;
  const count = drafts.length;
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
  const { rows, rowHeight, scrollerProps, listProps } = useVirtualRows({
    count,
    keyAt: (i) => drafts[i]?.id,
    rowGuess: ROW_GUESS,
    rowGap: ROW_GAP,
    rowSelector: '.draft-item',
    resetKey: filter,
  });

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
      <div className="library__scroller" {...scrollerProps}>
        <ul
          className="library__list"
          aria-label="Drafts"
          aria-busy={complete ? undefined : true}
          {...listProps}
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
      {...rowAttributes(index, count, top, draft.id)}
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
