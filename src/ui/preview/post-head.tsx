/**
 * The post's head as a blog theme shows it: title, date, draft badge, categories and tags, description and
 * cover image, from the front matter values. Values are rendered as text by React, never as HTML, so a hostile
 * title cannot inject markup.
 */
import { toDateInput } from '../../core/front-matter/hugo-date';
import { PreviewImage } from './preview-image';

export interface PostHeadProps {
  data: Record<string, unknown>;
  /** Set when the front matter could not be read: the head then says so instead of showing stale values. */
  error?: string;
}

/** The rendered head of a post. */
export function PostHead({ data, error }: PostHeadProps) {
  if (error) {
    return (
      <header className="post-head">
        <p className="post-head__error">Front matter has an error: {error}</p>
      </header>
    );
  }
  const title = stringOf(data.title);
  const description = stringOf(data.description);
  const image = stringOf(data.image);
  const date = stringOf(data.date);
  const isDraft = data.draft === true;
  const tags = listOf(data.tags);
  const categories = listOf(data.categories);
  return (
    <header className="post-head">
      {image && (
        <div className="post-head__cover">
          <PreviewImage src={image} alt={title ? `Cover image for ${title}` : 'Cover image'} />
        </div>
      )}
      <h1 className="post-head__title">{title || <span className="muted">Untitled</span>}</h1>
      <p className="post-head__meta">
        {date && <time dateTime={date}>{formatPostDate(date)}</time>}
        {isDraft && <span className="badge badge--draft">Draft</span>}
      </p>
      {(categories.length > 0 || tags.length > 0) && (
        <ul className="post-head__terms" aria-label="Categories and tags">
          {categories.map((c) => (
            <li key={`c:${c}`} className="term term--category">
              {c}
            </li>
          ))}
          {tags.map((t) => (
            <li key={`t:${t}`} className="term term--tag">
              #{t}
            </li>
          ))}
        </ul>
      )}
      {description && <p className="post-head__description">{description}</p>}
    </header>
  );
}

function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString();
  return '';
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => String(v));
  if (typeof value === 'string' && value) return [value];
  return [];
}

// Made once: a DateTimeFormat costs far more to make than to use (the library formats a date per row).
let made: { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat } | null = null;
const formatters = () =>
  (made ??= {
    day: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
    time: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' }),
  });

/** "27 March 2024, 16:54 (UTC+08:00)": the wall-clock time in the post's own offset. */
export function formatPostDate(text: string): string {
  const input = toDateInput(text);
  if (!input.ok) return text;
  const [datePart, timePart] = input.value.split('T');
  const [y, m, d] = (datePart ?? '').split('-').map(Number);
  const [hh, mm] = (timePart ?? '00:00').split(':').map(Number);
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
  const day = formatters().day.format(utc);
  if (!timePart) return day;
  const time = formatters().time.format(utc);
  const zone = input.offsetLabel === 'Z' ? 'UTC' : input.offsetLabel ? `UTC${input.offsetLabel}` : '';
  return zone ? `${day}, ${time} (${zone})` : `${day}, ${time}`;
}
