/**
 * A line diff between two texts, loaded with its diff library only when first shown. Lines only in the older
 * text are marked "−" (removed), lines only in the newer text "+" (added); long unchanged stretches fold.
 */
import { useEffect, useState } from 'react';
import type { LineDiff } from '../../core/history/diff-lines';

export interface DiffViewProps {
  /** The older text (a revision, the other tab's version). */
  from: string;
  /** The newer text (the current one, this tab's). */
  to: string;
  /** Names for the two sides, for the legend and screen readers. */
  fromLabel: string;
  toLabel: string;
}

/** The diff of `from` against `to`. */
export function DiffView({ from, to, fromLabel, toLabel }: DiffViewProps) {
  const [diff, setDiff] = useState<LineDiff | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../core/history/diff-lines').then(({ diffText }) => {
      if (live) setDiff(diffText(from, to));
    });
    return () => {
      live = false;
    };
  }, [from, to]);

  if (!diff) return <p className="diff__note">Comparing…</p>;
  if (diff.identical) return <p className="diff__note">Identical to {toLabel}.</p>;
  return (
    <div className="diff">
      <p className="diff__legend">
        <span className="diff__removed">
          − {diff.removed} only in {fromLabel}
        </span>
        {' · '}
        <span className="diff__added">
          + {diff.added} only in {toLabel}
        </span>
      </p>
      <pre className="diff__body" aria-label={`Differences between ${fromLabel} and ${toLabel}`}>
        {diff.parts.map((part, i) =>
          part.kind === 'fold' ? (
            <span key={i} className="diff__fold">
              {`⋯ ${part.hidden} unchanged line${part.hidden === 1 ? '' : 's'}\n`}
            </span>
          ) : (
            part.lines.map((line, j) => (
              <span key={`${i}-${j}`} className={`diff__line diff__line--${line.kind}`}>
                {`${line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '} ${line.text}\n`}
              </span>
            ))
          ),
        )}
      </pre>
    </div>
  );
}
