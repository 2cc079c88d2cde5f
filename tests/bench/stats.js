/**
 * Small statistics for the bench: median and p95 (nearest rank), and rounding for the table.
 */

/** The value at quantile `q` (0..1) of `values` by nearest rank; NaN when empty. */
export function quantile(values, q) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

/** Median, p95, max and count of `values`. */
export function summarize(values) {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    median: quantile(finite, 0.5),
    p95: quantile(finite, 0.95),
    max: finite.length ? Math.max(...finite) : Number.NaN,
    n: finite.length,
  };
}

/** `x` with one decimal below 10 and none above ('-' for NaN). */
export function fmt(x) {
  if (!Number.isFinite(x)) return '-';
  return x < 10 ? x.toFixed(1) : String(Math.round(x));
}
