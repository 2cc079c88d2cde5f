/**
 * The open post's outline and problems, in the sidebar (then Hugo's summary and table of contents, see
 * page-values). The outline lists the headings (indented by level) and
 * marks the one whose section holds the caret; choosing one moves the editor and the preview there. The
 * problems list says what is wrong and where; choosing one selects that span in the editor.
 *
 * A long post has thousands of headings (and as many problems when their ids repeat): both lists are
 * virtualised (common/use-virtual-rows), so a new result from the background worker, which comes whenever
 * typing pauses, renders a screenful of rows rather than every one. Rows are keyed by their place, not by
 * their offset in the text (typing shifts the offset of every heading after the caret).
 */
import { memo } from 'react';
import { useDocument } from '../app/stores-context';
import { rowAttributes, useVirtualRows } from '../common/use-virtual-rows';
import type { OutlineHeading } from '../../core/analysis/analyze-post';
import { headingIndexAt } from '../../core/analysis/heading-index';
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
  const { analysis, problems, lines } = usePostAnalysis();
  const headings = analysis.headings;
  // The heading the caret is under, not the caret: the panels render again when that changes, not on every
  // keystroke (a store change renders in the keystroke's own task: ~1-2.5 ms of it in a profile).
  const current = useDocument((s) => headingIndexAt(headings, s.caret));
  const outline = useVirtualRows({ count: headings.length, keyAt: indexKey, rowGuess: 26 });
  const problemRows = useVirtualRows({ count: problems.length, keyAt: indexKey, rowGuess: 56 });
  return (
    <div className="doc-panels">
      <section className="doc-panel" aria-labelledby="outline-title">
        <h2 id="outline-title" className="doc-panel__title">
          Outline
        </h2>
        <nav id="outline-panel" aria-label="Outline" tabIndex={-1} className="outline">
          {headings.length === 0 ? (
            <p className="doc-panel__empty">No headings yet.</p>
          ) : (
            <div className="doc-panel__scroller" {...outline.scrollerProps}>
              <ol className="outline__list" {...outline.listProps}>
                {outline.rows.map((i) => (
                  <OutlineRow
                    key={i}
                    heading={headings[i]!}
                    index={i}
                    count={headings.length}
                    top={i * outline.rowHeight}
                    current={i === current}
                  />
                ))}
              </ol>
            </div>
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
            <div className="doc-panel__scroller" {...problemRows.scrollerProps}>
              <ul className="problems__list" aria-label="Problems" {...problemRows.listProps}>
                {problemRows.rows.map((i) => (
                  <ProblemRow
                    key={i}
                    problem={problems[i]!}
                    line={lines[i] ?? 1}
                    index={i}
                    count={problems.length}
                    top={i * problemRows.rowHeight}
                  />
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>
      <PageValues />
    </div>
  );
}

/** Rows are keyed by their place (see the file's comment). */
const indexKey = (index: number): string => String(index);

/** Where a row is and what it knows about the list (for the virtualised lists). */
interface RowPlace {
  index: number;
  count: number;
  top: number;
}

const OutlineRow = memo(function OutlineRow({
  heading,
  index,
  count,
  top,
  current,
}: RowPlace & { heading: OutlineHeading; current: boolean }) {
  return (
    <li
      className={`outline__item outline__item--h${heading.level}`}
      {...rowAttributes(index, count, top, indexKey(index))}
    >
      <button
        type="button"
        className="outline__link"
        title={heading.text}
        aria-current={current ? 'location' : undefined}
        onClick={() => showHeading(heading)}
      >
        {heading.text || <span className="muted">(empty heading)</span>}
      </button>
    </li>
  );
});

const ProblemRow = memo(function ProblemRow({
  problem,
  line,
  index,
  count,
  top,
}: RowPlace & { problem: Problem; line: number }) {
  return (
    <li
      className={`problem problem--${problem.severity}`}
      {...rowAttributes(index, count, top, indexKey(index))}
    >
      <button
        type="button"
        className="problem__button"
        title={problem.message}
        onClick={() => goToSource(problem.from, problem.to)}
      >
        <span className="problem__severity">{SEVERITY_WORDS[problem.severity]}</span>
        <span className="problem__message">{problem.message}</span>
        <span className="problem__line">line {line}</span>
      </button>
    </li>
  );
});
