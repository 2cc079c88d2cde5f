/**
 * Which revisions of one draft to keep: every one from the last hour, then one per hour for a day, one per day
 * for a month, one per week after that, within a count and a size limit. Pure (the caller deletes the rest).
 *
 * Buckets are aligned to absolute time (UTC hours, days, 7-day blocks from the epoch) and each keeps its newest
 * revision (a newer revision kept in a denser band counts), so pruning again later never needs a revision an
 * earlier pruning dropped: the newest of a day is also the newest of its hour. The newest revision overall and
 * `pinned` ones are always kept; sizes are counted in characters of text.
 */

/** What pruning needs to know about a revision. */
export interface PrunableRevision {
  id: string;
  /** When the text was current (ms since the epoch). */
  at: number;
  /** Its size (any unit, the same as `maxSize`). */
  size: number;
}

/** One age band: revisions at least `fromAge` old (and younger than the next tier) keep one per `bucketMs`. */
export interface PruneTier {
  fromAge: number;
  /** 0 keeps every revision of the band. */
  bucketMs: number;
}

/** How densely to keep revisions, and the bounds per draft. */
export interface PrunePolicy {
  /** Ascending by `fromAge`; the first should start at 0. */
  tiers: readonly PruneTier[];
  /** At most this many revisions (the oldest go first). */
  maxCount: number;
  /** At most this total size (the oldest go first; the newest is kept even when alone it is larger). */
  maxSize: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The everyday policy: dense for the last hour, sparser with age, at most 60 revisions and 4 million characters. */
export const DEFAULT_PRUNE_POLICY: PrunePolicy = {
  tiers: [
    { fromAge: 0, bucketMs: 0 },
    { fromAge: HOUR, bucketMs: HOUR },
    { fromAge: DAY, bucketMs: DAY },
    { fromAge: 30 * DAY, bucketMs: 7 * DAY },
  ],
  maxCount: 60,
  maxSize: 4_000_000,
};

/** When storage is full: a few recent revisions and one per day, at most 10. */
export const THIN_PRUNE_POLICY: PrunePolicy = {
  tiers: [
    { fromAge: 0, bucketMs: 10 * MINUTE },
    { fromAge: HOUR, bucketMs: DAY },
  ],
  maxCount: 10,
  maxSize: 1_000_000,
};

/** The ids to keep and to drop. Together they hold every input id once. */
export interface PruneResult {
  keep: string[];
  drop: string[];
}

function tierFor(age: number, tiers: readonly PruneTier[]): PruneTier | undefined {
  let found: PruneTier | undefined;
  for (const tier of tiers) if (age >= tier.fromAge) found = tier;
  return found;
}

/**
 * Decide which of `revisions` to keep at time `now`. Revisions dated in the future (clock changes) count as
 * brand new. Ties on `at` are broken by id so the result never depends on input order.
 */
export function pruneRevisions(
  revisions: readonly PrunableRevision[],
  now: number,
  policy: PrunePolicy = DEFAULT_PRUNE_POLICY,
  pinned: ReadonlySet<string> = new Set(),
): PruneResult {
  const newestFirst = [...revisions].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  const kept: PrunableRevision[] = [];
  const seenBuckets = new Set<string>();
  const bucketOf = (at: number, bucketMs: number): string => `${bucketMs}:${Math.floor(at / bucketMs)}`;
  newestFirst.forEach((rev, index) => {
    const tier = tierFor(Math.max(0, now - rev.at), policy.tiers);
    const always = index === 0 || pinned.has(rev.id) || !tier || tier.bucketMs <= 0;
    // A newer kept revision in the same bucket (of this revision's tier) already stands for that period.
    if (!always && seenBuckets.has(bucketOf(rev.at, tier.bucketMs))) return;
    kept.push(rev);
    for (const t of policy.tiers) if (t.bucketMs > 0) seenBuckets.add(bucketOf(rev.at, t.bucketMs));
  });
  // Bounds: walk newest first, keeping while within count and size; pinned ones always stay.
  const keep = new Set<string>();
  let count = 0;
  let size = 0;
  for (const rev of kept) {
    const fits = count < policy.maxCount && (count === 0 || size + rev.size <= policy.maxSize);
    if (fits || pinned.has(rev.id)) {
      keep.add(rev.id);
      count += 1;
      size += rev.size;
    }
  }
  return {
    keep: newestFirst.filter((r) => keep.has(r.id)).map((r) => r.id),
    drop: newestFirst.filter((r) => !keep.has(r.id)).map((r) => r.id),
  };
}
