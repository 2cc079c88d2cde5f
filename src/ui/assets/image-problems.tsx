/**
 * "Image problems": the image references the open draft cannot resolve (not among its images, or outside its
 * bundle), each a button that puts the caret on it. A small list of its own, to be merged into a general
 * problems panel later.
 */
import type { AssetProblem } from '../../core/bundle/asset-problems';
import { goToSource } from '../workbench/go-to-source';

/** The list; nothing when there are no problems. */
export function ImageProblems({ problems }: { problems: AssetProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="image-problems">
      <h3 id="image-problems-title" className="image-problems__title">
        Image problems <span className="doc-panel__count">{problems.length}</span>
      </h3>
      <ul className="image-problems__list" aria-labelledby="image-problems-title">
        {problems.map((p) => (
          <li key={`${p.at}:${p.url}`}>
            <button type="button" className="image-problems__item" onClick={() => goToSource(p.at)}>
              <span className="image-problems__line">Line {p.line}</span> {p.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
