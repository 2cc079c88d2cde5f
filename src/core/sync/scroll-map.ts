/**
 * Pure: the piecewise-linear map between the editor's and the preview's scroll positions. Each anchor pairs
 * where a block's source starts in the editor (`a`, px) with where the block starts in the preview (`b`, px);
 * positions between anchors are interpolated, so tall images and tables stretch only their own stretch.
 */

/** A pair of matching vertical positions. */
export interface Anchor {
  a: number;
  b: number;
}

/**
 * Sort anchors by `a`, add the two ends, and drop any that would make the map go backwards (blocks whose
 * positions disagree, e.g. from a shortcode's inner content).
 */
export function buildAnchors(pairs: readonly Anchor[], aMax: number, bMax: number): Anchor[] {
  const sorted = [...pairs]
    .filter((p) => Number.isFinite(p.a) && Number.isFinite(p.b))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  const out: Anchor[] = [{ a: 0, b: 0 }];
  for (const p of sorted) {
    const last = out[out.length - 1] as Anchor;
    if (p.a < last.a || p.b < last.b || p.a > aMax || p.b > bMax) continue;
    if (p.a === last.a) {
      // Same source line: keep the first block there.
      continue;
    }
    out.push(p);
  }
  const last = out[out.length - 1] as Anchor;
  if (aMax > last.a && bMax >= last.b) out.push({ a: aMax, b: bMax });
  return out;
}

/** Map `value` from side `from` to the other side. */
export function mapScroll(anchors: readonly Anchor[], value: number, from: 'a' | 'b'): number {
  const to = from === 'a' ? 'b' : 'a';
  if (anchors.length === 0) return value;
  const first = anchors[0] as Anchor;
  if (value <= first[from]) return first[to];
  for (let i = 1; i < anchors.length; i++) {
    const p = anchors[i - 1] as Anchor;
    const q = anchors[i] as Anchor;
    if (value <= q[from]) {
      const span = q[from] - p[from];
      const t = span === 0 ? 0 : (value - p[from]) / span;
      return p[to] + t * (q[to] - p[to]);
    }
  }
  return (anchors[anchors.length - 1] as Anchor)[to];
}
