import { HALF_DISTANCE_KM } from './proximity.ts';
import { MIN_SHARED_DIGITS, okpd2Digits } from './okpd2-match.ts';
import { MATCH_WEIGHTS } from './weights.ts';

/**
 * Exact pruning for ranking against hundreds of thousands of offers. Offers are fetched tier by tier,
 * deepest common prefix first: tier k holds the offers sharing exactly k leading digits with some need
 * code. Before each tier the best score any offer of that tier (or a shallower one) could reach is
 * bounded; once the top N already beats it, the rest is never read. Offers of related organisations
 * (same cluster, past links) are fetched up front, so the bound for the rest leaves those two out.
 */
export interface MatchTier {
  /** Shared digits of this tier. */
  depth: number;
  /** Need-code prefixes of `depth` digits: the offer must carry one of them… */
  prefixes: string[];
  /** …and none of these (depth + 1 digits: those offers are in a deeper tier). */
  deeperPrefixes: string[];
  /** Upper bound of the product component for any offer of this tier or shallower. */
  productBound: number;
}

export function matchTiers(needCodes: readonly string[]): MatchTier[] {
  const digits = [...new Set(needCodes.map(okpd2Digits))].filter((d) => d.length >= MIN_SHARED_DIGITS);
  const maxDepth = Math.max(0, ...digits.map((d) => d.length));
  const prefixesAt = (k: number) => [...new Set(digits.filter((d) => d.length >= k).map((d) => d.slice(0, k)))].sort();
  const tiers: MatchTier[] = [];
  for (let k = maxDepth; k >= MIN_SHARED_DIGITS; k--) {
    tiers.push({ depth: k, prefixes: prefixesAt(k), deeperPrefixes: prefixesAt(k + 1), productBound: Math.max(...digits.map((d) => Math.min(k, d.length) / d.length)) });
  }
  return tiers;
}

/** The best total an unrelated offer with this product bound could reach at distance km (null: anywhere). */
export function totalBound(productBound: number, km: number | null): number {
  const w = MATCH_WEIGHTS;
  const proximity = km == null ? 1 : Math.pow(0.5, km / HALF_DISTANCE_KM);
  return productBound * w.product + proximity * w.proximity + w.capacity + w.sme;
}

/**
 * How far an offer of a tier may lie and still beat `threshold` (the N-th best total so far): null when
 * distance cannot rule it out, 0 or less when nothing of this tier can beat it.
 */
export function reachKm(productBound: number, threshold: number): number | null {
  const w = MATCH_WEIGHTS;
  const rest = threshold - (productBound * w.product + w.capacity + w.sme);
  if (rest <= 0) return null;
  if (rest >= w.proximity) return -1;
  return HALF_DISTANCE_KM * Math.log2(w.proximity / rest);
}
