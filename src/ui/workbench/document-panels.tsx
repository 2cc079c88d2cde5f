/**
 * The open post's outline and problems, in the sidebar (then Hugo's summary and table of contents, see
 * page-values). The outline lists the headings (indented by level) and
 * marks the one whose section holds the caret; choosing one moves the editor and the preview there. The
 * problems list says what is wrong and where; choosing one selects that span in the editor.
 */
import { useMemo } from 'react';
import { useDocument } from '../app/stores-context';
import { headingIndexAt, type OutlineHeading } from '../../core/analysis/analyze-post';
import type { Problem } from '../../core/checks/index';
import { goToSource } from './go-to-source';
import { holdScrollSync } from './use-scroll-sync';
import { usePostAnalysis } from './use-post-analysis';
import { PageValues } from './page-values';

/** How long a chosen heading waits for the preview to show it (the first render of a just-opened post). */
const PREVIEW_WAIT_MS = 3000;
/** How long after that it is kept at the top while the blocks above it are still rendering. */
const PREVIEW_SETTLE_MS = 800;

const SEVERITY_WORDS = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

function showHeading(heading: OutlineHeading): void {
  // Both panes go to the heading; scroll sync must not move the preview back to match the editor's scroll.
  holdScrollSync('preview');
  goToSource(heading.from);
  // Just after a post opens the preview may not show the heading yet, and the blocks above it may still be
  // growing: go there as soon as it shows, and keep it at the top while the preview settles, unless the person
  // scrolls the preview meanwhile.
  const started = performance.now();
  let settleUntil = 0;
  let placed = -1;
  const reveal = () => {
    const now = performance.now();
    const pane = document.querySelector<HTMLElement>('.preview');
    const target = document.querySelector(`.preview .post-body [id="${CSS.escape(heading.id)}"]`);
    if (!pane || !target) {
      if (now - started < PREVIEW_WAIT_MS) requestAnimationFrame(reveal);
      return;
    }
    if (placed >= 0 && Math.abs(pane.scrollTop - placed) > 2) return;
    if (!settleUntil) settleUntil = now + PREVIEW_SETTLE_MS;
    const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    if (placed < 0 || Math.abs(offset) > 2) {
      holdScrollSync('preview');
      target.scrollIntoView({ block: 'start' });
    }
    placed = pane.scrollTop;
    if (now < settleUntil) requestAnimationFrame(reveal);
  };
  reveal();
}

/** Outline and problems for the open draft. */
export function DocumentPanels() {
  const caret = useDocument((s) => s.caret);
  const { analysis, problems, lines } = usePostAnalysis();
  const current = headingIndexAt(analysis.headings, caret);
  // The caret moves on every keystroke: the lists render again only when they change (long posts have many).
  const outline = useMemo(
    () =>
      analysis.headings.map((h, i) => (
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
      )),
    [analysis.headings, current],
  );
  const problemItems = useMemo(
    () =>
      problems.map((p, i) => (
        <ProblemItem key={`${p.check}:${p.from}:${p.message}`} problem={p} line={lines[i] ?? 1} />
      )),
    [problems, lines],
  );
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
            <ol className="outline__list">{outline}</ol>
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
              {problemItems}
            </ul>
          )}
        </div>
      </section>
      <PageValues />
    </div>
  );
}

function ProblemItem({ problem, line }: { problem: Problem; line: number }) {
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
