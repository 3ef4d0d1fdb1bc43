import {
  okpd2Classes, rankMatches, type MatchFilters, type MatchPair, type NeedSide, type OfferSide,
} from '@klaster/core/matching/index.ts';
import {
  getCapability, getNeed, needCandidates, relationsOf,
  type CapabilityView, type NeedView, type Sql,
} from '@klaster/db';
import { isSme, type SmeCategory } from '@klaster/core';
import { notFound } from '../services/app-error.ts';
import { explainScore, type ExplainedScore } from './explain.ts';
import { rankCapabilitiesInTiers } from './supplier-tiers.ts';

export interface RankingOptions extends MatchFilters {
  limit?: number;
}

export interface Ranked<T> {
  rank: number;
  score: ExplainedScore;
  item: T;
}

export interface RankingResult<S, T> {
  subject: S;
  items: Ranked<T>[];
  stats: { candidatesScored: number; matched: number };
}

const needSide = (n: NeedView): NeedSide => ({ okpd2: n.okpd2, volume: n.volume, lat: n.lat, lon: n.lon });
const offerSide = (c: CapabilityView): OfferSide => ({
  okpd2: c.okpd2, capacity: c.capacity, lat: c.lat, lon: c.lon, isSme: isSme(c.smeCategory as SmeCategory | null),
});

/**
 * Suppliers for a need: the database hands over the capabilities tier by tier (deepest OKPD2 match first,
 * with the region, radius and SME filters), the core scores them and keeps the best `limit`; tiers that
 * cannot reach the top are never read (supplier-tiers.ts).
 */
export async function rankSuppliersForNeed(db: Sql, needId: number, opts: RankingOptions = {}): Promise<RankingResult<NeedView, CapabilityView>> {
  const need = await getNeed(db, needId);
  if (!need) throw notFound('Потребность', 'Need', needId);
  const relations = await relationsOf(db, need.buyerId, 'buyer');
  const { ranked, scored, pairs } = await rankCapabilitiesInTiers(db, need, relations, opts);
  const items = ranked.map((r) => {
    const pair = pairs.get(r.item)!;
    return { rank: r.rank, item: r.item, score: explainScore(r.score, pair.relation, pair.offer.isSme) };
  });
  return { subject: need, items, stats: { candidatesScored: scored, matched: items.length } };
}

/** Open needs for a capability: the same scoring seen from the supplier's side. */
export async function rankNeedsForCapability(db: Sql, capabilityId: number, opts: RankingOptions = {}): Promise<RankingResult<CapabilityView, NeedView>> {
  const capability = await getCapability(db, capabilityId);
  if (!capability) throw notFound('Возможность', 'Capability', capabilityId);
  const [candidates, relations] = await Promise.all([
    needCandidates(db, { classes: okpd2Classes(capability.okpd2), excludeOrganisationId: capability.supplierId, regions: opts.regions }),
    relationsOf(db, capability.supplierId, 'supplier'),
  ]);
  const offer = offerSide(capability);
  const pairs = candidates.map((n): MatchPair<NeedView> => ({
    need: needSide(n), offer, regionCode: n.deliveryRegion, id: n.id, item: n,
    relation: { sameCluster: relations.clusterMates.has(n.buyerId), pastLinkYears: relations.pastLinkYears.get(n.buyerId) ?? 0 },
  }));
  return finish(capability, pairs, opts);
}

function finish<S, T>(subject: S, pairs: MatchPair<T>[], opts: RankingOptions): RankingResult<S, T> {
  const limit = opts.limit ?? 20;
  const counted = { matched: 0 };
  const all = rankMatches(pairs, opts, Math.max(limit, 1), counted);
  const byId = new Map(pairs.map((p) => [p.item, p]));
  const items = all.map((r) => {
    const pair = byId.get(r.item)!;
    return { rank: r.rank, item: r.item, score: explainScore(r.score, pair.relation, pair.offer.isSme) };
  });
  return { subject, items, stats: { candidatesScored: pairs.length, matched: counted.matched } };
}
