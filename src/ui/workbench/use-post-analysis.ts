/**
 * The open post read for the outline and the problems list. The whole-post parse and the checks run in the
 * background worker once typing pauses, so typing never waits for them; until the first result the outline
 * and the problems list are empty.
 */
import type { OutlineHeading } from '../../core/analysis/analyze-post';
import type { Problem } from '../../core/checks/index';
import { useBackground } from '../background/use-background';

const DELAY_MS = 150;
const NONE = { headings: [] as OutlineHeading[], problems: [] as Problem[], lines: [] as number[] };

/** The analysis (the post's headings), its problems and the line each starts on. */
export function usePostAnalysis(): {
  analysis: { headings: OutlineHeading[] };
  problems: Problem[];
  lines: number[];
} {
  const result = useBackground('analysis', DELAY_MS) ?? NONE;
  return { analysis: result, problems: result.problems, lines: result.lines };
}
