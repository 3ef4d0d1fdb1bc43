import {
  boundingBox, okpd2Classes, rankMatches, type MatchFilters, type MatchPair, type NeedSide, type OfferSide,
} from '@klaster/core/matching/index.ts';
import {
  capabilityCandidates, getCapability, getNeed, needCandidates, relationsOf,
  type CapabilityView, type NeedView, type Sql,
} from '@klaster/db';
import { isSme, type SmeCategory } from '@klaster/core';
import { notFound } from '../services/app-error.ts';
import { explainScore, type ExplainedScore } from './explain.ts';

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

/** A bounding box can only be used when the centre is known; otherwise the exact filter drops everything unlocated. */
function boxFor(centre: { lat: number | null; lon: number | null }, radiusKm: number | undefined) {
  return radiusKm != null && centre.lat != null && centre.lon != null ? boundingBox({ lat: centre.lat, lon: centre.lon }, radiusKm) : undefined;
}

/**
 * Suppliers for a need: the database hands over the capabilities sharing a two-digit OKPD2 class (and the
 * region, radius box and SME filters, all indexable), the core scores every one and keeps the best `limit`.
 */
export async function rankSuppliersForNeed(db: Sql, needId: number, opts: RankingOptions = {}): Promise<RankingResult<NeedView, CapabilityView>> {
  const need = await getNeed(db, needId);
  if (!need) throw notFound('Потребность', 'Need', needId);
  const [candidates, relations] = await Promise.all([
    capabilityCandidates(db, { classes: okpd2Classes(need.okpd2), excludeOrganisationId: need.buyerId, regions: opts.regions, box: boxFor(need, opts.radiusKm), smeOnly: opts.smeOnly }),
    relationsOf(db, need.buyerId, 'buyer'),
  ]);
  const side = needSide(need);
  const pairs = candidates.map((c): MatchPair<CapabilityView> => ({
    need: side, offer: offerSide(c), regionCode: c.regionCode, id: c.id, item: c,
    relation: { sameCluster: relations.clusterMates.has(c.supplierId), pastLinkYears: relations.pastLinkYears.get(c.supplierId) ?? 0 },
  }));
  return finish(need, pairs, opts);
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
