/**
 * "Image problems": the image references the open draft cannot resolve (not among its images, or outside its
 * bundle), each a button that puts the caret on it. A long post can have thousands (a photo diary whose images
 * are not added yet), so the list is virtualised like the outline and the problems: only the rows in view are
 * drawn, every row is reachable by keyboard and by scrolling. Rows share one height: a message longer than two
 * lines is cut (the whole of it is the button's name and title).
 */
import { memo } from 'react';
import type { AssetProblem } from '../../core/bundle/asset-problems';
import { rowAttributes, useVirtualRows } from '../common/use-virtual-rows';
import { goToSource } from '../workbench/go-to-source';

/** A row's key: what it points at (so focus stays with it when problems before it come or go). */
const keyOf = (p: AssetProblem): string => `${p.at}:${p.url}`;

/** The list; nothing when there are no problems. */
export function ImageProblems({ problems }: { problems: AssetProblem[] }) {
  const rows = useVirtualRows({
    count: problems.length,
    keyAt: (i) => {
      const p = problems[i];
      return p && keyOf(p);
    },
    rowGuess: 40,
  });
  if (problems.length === 0) return null;
  return (
    <div className="image-problems">
      <h3 id="image-problems-title" className="image-problems__title">
        Image problems <span className="doc-panel__count">{problems.length}</span>
      </h3>
      <div className="image-problems__scroller" {...rows.scrollerProps}>
        <ul className="image-problems__list" aria-labelledby="image-problems-title" {...rows.listProps}>
          {rows.rows.map((i) => (
            <ImageProblemRow
              key={keyOf(problems[i]!)}
              problem={problems[i]!}
              index={i}
              count={problems.length}
              top={i * rows.rowHeight}
            />
          ))}
        </ul>
      </div>
    </div>
  );
}

const ImageProblemRow = memo(function ImageProblemRow({
  problem,
  index,
  count,
  top,
}: {
  problem: AssetProblem;
  index: number;
  count: number;
  top: number;
}) {
  return (
    <li className="image-problems__row" {...rowAttributes(index, count, top, keyOf(problem))}>
      <button
        type="button"
        className="image-problems__item"
        title={problem.message}
        onClick={() => goToSource(problem.at)}
      >
        <span className="image-problems__line">Line {problem.line}</span>{' '}
        <span className="image-problems__message">{problem.message}</span>
      </button>
    </li>
  );
});
