/**
 * Word count, character count and reading time of the open post, as Hugo computes `.WordCount`,
 * `countrunes .Plain` and `.ReadingTime` (see core/analysis/stats). Rendering the post to count it is not free,
 * so it runs once typing pauses, in the background worker.
 */
import { memo } from 'react';
import { useDocument } from '../app/stores-context';
import { useBackground } from '../background/use-background';

const DELAY_MS = 300;

let numbers: Intl.NumberFormat | null = null;
/** `n` with thousands separators; one formatter for the page (`toLocaleString` makes one on every call). */
const fmt = (n: number) => (numbers ??= new Intl.NumberFormat('en')).format(n);

/**
 * The counts, for the status bar. Memoised: the bar renders again when the save state changes (the first
 * keystroke after a save, in its own task), and this has nothing new to show then.
 */
export const PostStats = memo(function PostStats() {
  const hasDraft = useDocument((s) => s.id !== null);
  // Counted in the background worker (a full render of the post), never on the page's main thread.
  // The `page` job: the same render also gives the summary and table of contents (see page-values).
  const stats = useBackground('page', DELAY_MS)?.stats;
  if (!hasDraft || !stats) return <span className="statusbar__count" />;
  return (
    <span
      className="statusbar__count"
      title={`Counted as Hugo counts .WordCount and .ReadingTime${stats.cjk ? ' on a CJK page' : ''}`}
    >
      <span data-stat="words">{fmt(stats.words)} words</span> ·{' '}
      <span data-stat="characters">{fmt(stats.characters)} characters</span> ·{' '}
      <span data-stat="reading-time">{stats.readingMinutes} min read</span>
    </span>
  );
});
