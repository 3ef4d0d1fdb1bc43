import { bestOkpd2Match, type Okpd2Match } from './okpd2-match.ts';
import { distanceKm, proximityScore, type GeoPoint } from './proximity.ts';
import {
  MATCH_COMPONENT_LABELS, MATCH_WEIGHTS, PAST_LINK_YEARS_FOR_FULL_SCORE, UNKNOWN_CAPACITY_SCORE, type MatchComponentKey,
} from './weights.ts';

/** What a buyer needs: codes, yearly volume (roubles or the stated unit) and where it is delivered. */
export interface NeedSide extends GeoPoint {
  okpd2: readonly string[];
  volume: number | null;
}

/** What a supplier offers: codes, yearly capacity in the same unit, location and SME status. */
export interface OfferSide extends GeoPoint {
  okpd2: readonly string[];
  capacity: number | null;
  isSme: boolean;
}

/** How the two organisations already relate. */
export interface MatchRelation {
  sameCluster: boolean;
  /** Distinct years in which the supplier delivered to the buyer. */
  pastLinkYears: number;
}

export interface ScoreComponent {
  key: MatchComponentKey;
  labelRu: string;
  labelEn: string;
  /** 0…1 */
  value: number;
  weight: number;
  /** value × weight: the part of the total this component contributes. */
  points: number;
}

export interface MatchScore {
  total: number;
  components: ScoreComponent[];
  product: Okpd2Match;
  distanceKm: number | null;
  /** capacity / volume, or null when either is unknown. */
  coverage: number | null;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

export function capacityScore(capacity: number | null, volume: number | null): { value: number; coverage: number | null } {
  if (capacity == null || volume == null || volume <= 0) return { value: UNKNOWN_CAPACITY_SCORE, coverage: null };
  const coverage = capacity / volume;
  return { value: Math.min(1, coverage), coverage };
}

function component(key: MatchComponentKey, value: number): ScoreComponent {
  const weight = MATCH_WEIGHTS[key];
  const label = MATCH_COMPONENT_LABELS[key];
  return { key, labelRu: label.ru, labelEn: label.en, value: round(value), weight, points: round(value * weight) };
}

/**
 * Scores one offer against one need, or null when no OKPD2 code shares even the two-digit class: such a
 * pair is not a match however close or small the supplier is.
 */
export function scoreMatch(need: NeedSide, offer: OfferSide, relation: MatchRelation): MatchScore | null {
  const product = bestOkpd2Match(need.okpd2, offer.okpd2);
  if (!product) return null;
  const km = distanceKm(need, offer);
  const capacity = capacityScore(offer.capacity, need.volume);
  const components = [
    component('product', product.score),
    component('proximity', proximityScore(km)),
    component('capacity', capacity.value),
    component('sme', offer.isSme ? 1 : 0),
    component('sameCluster', relation.sameCluster ? 1 : 0),
    component('pastLinks', Math.min(1, relation.pastLinkYears / PAST_LINK_YEARS_FOR_FULL_SCORE)),
  ];
  const total = round(components.reduce((sum, c) => sum + c.points, 0));
  return { total, components, product, distanceKm: km == null ? null : round(km, 1), coverage: capacity.coverage == null ? null : round(capacity.coverage) };
}
