/**
 * Pure: the palette's matching. Every character of the query must appear in order in the label (case and
 * accents ignored); matches at word starts and runs of consecutive characters score higher, so "hd2" finds
 * "Heading 2" and "exp" puts "Export…" before "Keyboard shortcuts".
 */

function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** A score (higher is better), or null when `label` does not match `query`. */
export function fuzzyScore(query: string, label: string): number | null {
  const q = fold(query.replace(/\s+/g, ''));
  if (!q) return 0;
  const l = fold(label);
  let score = 0;
  let at = 0;
  let run = 0;
  for (const ch of q) {
    const found = l.indexOf(ch, at);
    if (found < 0) return null;
    const wordStart = found === 0 || /[\s\-/(.:]/.test(l[found - 1] ?? '');
    run = found === at ? run + 1 : 0;
    score += 1 + (wordStart ? 3 : 0) + run * 2 - Math.min(found - at, 5) * 0.2;
    at = found + 1;
  }
  return score - l.length * 0.01;
}

/** The items matching `query`, best first (ties keep their order). */
export function fuzzyFilter<T>(items: readonly T[], query: string, label: (item: T) => string): T[] {
  const scored: { item: T; score: number; index: number }[] = [];
  items.forEach((item, index) => {
    const score = fuzzyScore(query, label(item));
    if (score !== null) scored.push({ item, score, index });
  });
  if (!query.trim()) return scored.map((s) => s.item);
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.item);
}
