/**
 * The open post read for the outline and the problems list, following the text through `useDeferredValue`
 * so typing never waits for it.
 */
import { useDeferredValue, useMemo } from 'react';
import { useDocument } from '../app/stores-context';
import { analyzePost, type PostAnalysis } from '../../core/analysis/analyze-post';
import { runChecks, type Problem } from '../../core/checks/index';

/** The analysis and its problems. */
export function usePostAnalysis(): { analysis: PostAnalysis; problems: Problem[] } {
  const text = useDocument((s) => s.text);
  const deferred = useDeferredValue(text);
  const analysis = useMemo(() => analyzePost(deferred), [deferred]);
  const problems = useMemo(() => runChecks(analysis, { now: Date.now() }), [analysis]);
  return { analysis, problems };
}
