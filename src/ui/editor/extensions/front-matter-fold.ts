/**
 * Lets CodeMirror fold the front matter block (`---` ... `---` or `+++` ... `+++`) from its first line.
 */
import { foldService } from '@codemirror/language';

/** A fold range for the front matter block when asked about the document's first line. */
export const frontMatterFold = foldService.of((state, lineStart, lineEnd) => {
  if (lineStart !== 0) return null;
  const first = state.doc.line(1).text.trimEnd();
  if (first !== '---' && first !== '+++') return null;
  for (let n = 2; n <= Math.min(state.doc.lines, 2000); n++) {
    const line = state.doc.line(n);
    if (line.text.trimEnd() === first) return { from: lineEnd, to: line.to };
  }
  return null;
});
