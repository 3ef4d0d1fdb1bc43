import { boundingBox, matchTiers, rankMatches, reachKm, MATCH_WEIGHTS, type MatchPair, type RankedMatch } from '@klaster/core/matching/index.ts';
import { isSme, type SmeCategory } from '@klaster/core';
import { capabilityCandidates, type BoundingBox, type CapabilityView, type NeedView, type OrganisationRelations, type Sql } from '@klaster/db';
import type { RankingOptions } from './ranking.service.ts';

/** Totals are rounded to 4 decimals and distances to 0.1 km: the bound keeps that much slack so pruning stays exact. */
const ROUNDING_SLACK = 1e-3;

export interface TieredResult {
  ranked: RankedMatch<CapabilityView>[];
  scored: number;
  pairs: Map<CapabilityView, MatchPair<CapabilityView>>;
}

function pairOf(need: NeedView, c: CapabilityView, relations: OrganisationRelations): MatchPair<CapabilityView> {
  return {
    need: { okpd2: need.okpd2, volume: need.volume, lat: need.lat, lon: need.lon },
    offer: { okpd2: c.okpd2, capacity: c.capacity, lat: c.lat, lon: c.lon, isSme: isSme(c.smeCategory as SmeCategory | null) },
    relation: { sameCluster: relations.clusterMates.has(c.supplierId), pastLinkYears: relations.pastLinkYears.get(c.supplierId) ?? 0 },
    regionCode: c.regionCode, id: c.id, item: c,
  };
}

/** The box a tier must be read in: the user's radius, narrowed by how far an offer of the tier may be and still win. */
function tierBox(need: NeedView, userRadius: number | undefined, reach: number | null): BoundingBox | undefined {
  if (need.lat == null || need.lon == null) return undefined;
  const radius = Math.min(userRadius ?? Infinity, reach ?? Infinity);
  return Number.isFinite(radius) ? boundingBox({ lat: need.lat, lon: need.lon }, radius + 1) : undefined;
}

/** False when no unrelated offer of a tier (or a shallower one) can reach the N-th best total any more. */
function tierReach(need: NeedView, productBound: number, threshold: number | null): { read: boolean; reach: number | null } {
  if (threshold == null) return { read: true, reach: null };
  const t = threshold - ROUNDING_SLACK;
  if (need.lat == null || need.lon == null) {
    // an unlocated need gives every offer proximity 0
    return { read: productBound * MATCH_WEIGHTS.product + MATCH_WEIGHTS.capacity + MATCH_WEIGHTS.sme >= t, reach: null };
  }
  const reach = reachKm(productBound, t);
  return { read: reach == null || reach >= 0, reach };
}

/**
 * Ranks capabilities for a need reading as few as possible: the related suppliers' offers first (their
 * cluster and past-link points are not in the tier bound), then tier by tier from the deepest OKPD2 match,
 * each tier only within the distance at which it could still enter the top N. The result is the same as
 * scoring every capability of the class (the API test and the bench check it against the full scan).
 */
export async function rankCapabilitiesInTiers(db: Sql, need: NeedView, relations: OrganisationRelations, opts: RankingOptions): Promise<TieredResult> {
  const limit = Math.max(opts.limit ?? 20, 1);
  const tiers = matchTiers(need.okpd2);
  const base = { excludeOrganisationId: need.buyerId, regions: opts.regions, smeOnly: opts.smeOnly };
  const seen = new Map<number, CapabilityView>();
  const add = (rows: CapabilityView[]) => rows.forEach((r) => seen.set(r.id, r));
  const related = [...new Set([...relations.clusterMates, ...relations.pastLinkYears.keys()])];
  if (related.length && tiers.length)
    add(await capabilityCandidates(db, { ...base, prefixes: tiers.at(-1)!.prefixes, supplierIds: related, box: tierBox(need, opts.radiusKm, null) }));
  const rank = () => rankMatches([...seen.values()].map((c) => pairOf(need, c, relations)), opts, limit);
  for (const tier of tiers) {
    const current = rank();
    const threshold = current.length >= limit ? current[limit - 1]!.score.total : null;
    const { read, reach } = tierReach(need, tier.productBound, threshold);
    if (!read) break;
    add(await capabilityCandidates(db, { ...base, prefixes: tier.prefixes, notPrefixes: tier.deeperPrefixes, box: tierBox(need, opts.radiusKm, reach) }));
  }
  const pairs = new Map([...seen.values()].map((c) => [c, pairOf(need, c, relations)] as const));
  return { ranked: rankMatches(pairs.values(), opts, limit), scored: seen.size, pairs };
}
