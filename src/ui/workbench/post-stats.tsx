/**
 * Word count, character count and reading time of the open post, as Hugo computes `.WordCount`,
 * `countrunes .Plain` and `.ReadingTime` (see core/analysis/stats). Rendering the post to count it is not free,
 * so it runs once typing pauses.
 */
import { useEffect, useState } from 'react';
import { useDocument } from '../app/stores-context';
import { postStats, type PostStats as Stats } from '../../core/analysis/stats';

const DELAY_MS = 300;

/** The counts, for the status bar. */
export function PostStats() {
  const text = useDocument((s) => s.text);
  const hasDraft = useDocument((s) => s.id !== null);
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        setStats(postStats(text));
      } catch {
        setStats(null);
      }
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  if (!hasDraft || !stats) return <span className="statusbar__count" />;
  const fmt = (n: number) => n.toLocaleString('en');
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
}
