/**
 * The open post's outline and problems, in the sidebar. The outline lists the headings (indented by level) and
 * marks the one whose section holds the caret; choosing one moves the editor and the preview there. The
 * problems list says what is wrong and where; choosing one selects that span in the editor.
 */
import { useDocument } from '../app/stores-context';
import { headingIndexAt, type OutlineHeading } from '../../core/analysis/analyze-post';
import { positionAt } from '../../core/front-matter/line-ranges';
import type { Problem } from '../../core/checks/index';
import { goToSource } from './go-to-source';
import { usePostAnalysis } from './use-post-analysis';

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function showHeading(heading: OutlineHeading): void {
  goToSource(heading.from);
  const target = document.querySelector(`.preview .post-body [id="${CSS.escape(heading.id)}"]`);
  target?.scrollIntoView({ block: 'start' });
}

/** Outline and problems for the open draft. */
export function DocumentPanels() {
  const caret = useDocument((s) => s.caret);
  const { analysis, problems } = usePostAnalysis();
  const current = headingIndexAt(analysis.headings, caret);
  return (
    <div className="doc-panels">
      <section className="doc-panel" aria-labelledby="outline-title">
        <h2 id="outline-title" className="doc-panel__title">
          Outline
        </h2>
        <nav id="outline-panel" aria-label="Outline" tabIndex={-1} className="outline">
          {analysis.headings.length === 0 ? (
            <p className="doc-panel__empty">No headings yet.</p>
          ) : (
            <ol className="outline__list">
              {analysis.headings.map((h, i) => (
                <li key={`${h.from}:${h.id}`} className={`outline__item outline__item--h${h.level}`}>
                  <button
                    type="button"
                    className="outline__link"
                    aria-current={i === current ? 'location' : undefined}
                    onClick={() => showHeading(h)}
                  >
                    {h.text || <span className="muted">(empty heading)</span>}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </nav>
      </section>
      <section className="doc-panel" aria-labelledby="problems-title">
        <h2 id="problems-title" className="doc-panel__title">
          Problems <span className="doc-panel__count">{problems.length}</span>
        </h2>
        <div id="problems-panel" tabIndex={-1} className="problems">
          {problems.length === 0 ? (
            <p className="doc-panel__empty">No problems found.</p>
          ) : (
            <ul className="problems__list" aria-label="Problems">
              {problems.map((p) => (
                <ProblemItem key={`${p.check}:${p.from}:${p.message}`} problem={p} text={analysis.text} />
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}

function ProblemItem({ problem, text }: { problem: Problem; text: string }) {
  const { line } = positionAt(text, problem.from);
  return (
    <li className={`problem problem--${problem.severity}`}>
      <button type="button" className="problem__button" onClick={() => goToSource(problem.from, problem.to)}>
        <span className="problem__severity">{SEVERITY_WORDS[problem.severity]}</span>
        <span className="problem__message">{problem.message}</span>
        <span className="problem__line">line {line}</span>
      </button>
    </li>
  );
}
