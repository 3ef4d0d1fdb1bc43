import { scoreMatch, type MatchRelation, type MatchScore, type NeedSide, type OfferSide } from './score-match.ts';

/** Filters a person sets on a ranking; every one is optional. */
export interface MatchFilters {
  /** Only counterparts located in these regions. */
  regions?: readonly string[];
  /** Only counterparts within this many km (unlocated ones are dropped). */
  radiusKm?: number;
  /** Only SME suppliers. */
  smeOnly?: boolean;
  /** Only counterparts in a cluster with the other side. */
  clusterOnly?: boolean;
}

/** One pair to score: the need, the offer, how the two sides relate, and what to report back. */
export interface MatchPair<T> {
  need: NeedSide;
  offer: OfferSide;
  relation: MatchRelation;
  /** Region of the counterpart being ranked (the supplier for a need, the delivery region for an offer). */
  regionCode: string | null;
  /** Stable tie-breaker (the counterpart's id). */
  id: number;
  item: T;
}

export interface RankedMatch<T> {
  rank: number;
  item: T;
  score: MatchScore;
}

function passes(pair: MatchPair<unknown>, score: MatchScore, f: MatchFilters): boolean {
  if (f.regions?.length && (pair.regionCode == null || !f.regions.includes(pair.regionCode))) return false;
  if (f.radiusKm != null && (score.distanceKm == null || score.distanceKm > f.radiusKm)) return false;
  if (f.smeOnly && !pair.offer.isSme) return false;
  if (f.clusterOnly && !pair.relation.sameCluster) return false;
  return true;
}

/** Best first; ties go to the nearer counterpart, then to the lower id, so a ranking is reproducible. */
function compare(a: { score: MatchScore; id: number }, b: { score: MatchScore; id: number }): number {
  if (b.score.total !== a.score.total) return b.score.total - a.score.total;
  const da = a.score.distanceKm ?? Number.POSITIVE_INFINITY;
  const db = b.score.distanceKm ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  return a.id - b.id;
}

/**
 * Scores every pair, drops non-matches and filtered ones, and returns the best `limit` with ranks from 1.
 * `stats.matched` counts every pair that matched and passed the filters, not only the returned ones.
 * A bounded insertion list keeps the work O(n·limit) without sorting the thousands that do not make it.
 */
export function rankMatches<T>(pairs: Iterable<MatchPair<T>>, filters: MatchFilters = {}, limit = 20, stats?: { matched: number }): RankedMatch<T>[] {
  const top: { score: MatchScore; id: number; item: T }[] = [];
  for (const pair of pairs) {
    const score = scoreMatch(pair.need, pair.offer, pair.relation);
    if (!score || !passes(pair, score, filters)) continue;
    if (stats) stats.matched++;
    const entry = { score, id: pair.id, item: pair.item };
    if (top.length === limit && compare(entry, top[top.length - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(entry, top[at - 1]!) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((e, i) => ({ rank: i + 1, item: e.item, score: e.score }));
}
