/**
 * The library: a filter box and the list "Drafts", newest change first, each item showing title, date and draft
 * state, with Open (the title), Duplicate and Delete.
 */
import type { LibraryState } from '../../state/create-stores';
import { formatPostDate } from '../preview/post-head';

type Draft = LibraryState['drafts'][number];

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
  drafts,
  activeId,
  filter,
  onFilter,
  onOpen,
  onDuplicate,
  onDelete,
}: DraftListProps) {
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
      <ul className="library__list" aria-label="Drafts">
        {drafts.map((draft) => {
          const title = draft.meta.title || 'Untitled';
          return (
            <li
              key={draft.id}
              className={draft.id === activeId ? 'draft-item draft-item--active' : 'draft-item'}
            >
              <button
                type="button"
                className="draft-item__open"
                aria-current={draft.id === activeId ? 'true' : undefined}
                onClick={() => onOpen(draft.id)}
              >
                <span className="draft-item__title">{title}</span>
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
        })}
      </ul>
      {drafts.length === 0 && (
        <p className="library__empty">{filter ? 'No draft matches.' : 'No drafts yet.'}</p>
      )}
    </div>
  );
}

/** A small outline icon (decorative: the button carries the name). */
function Icon({ path }: { path: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
    </svg>
  );
}
