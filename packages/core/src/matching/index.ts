export { bestOkpd2Match, okpd2Classes, okpd2Prefixes, okpd2Digits, formatOkpd2Prefix, MIN_SHARED_DIGITS, type Okpd2Match } from './okpd2-match.ts';
export { distanceKm, proximityScore, boundingBox, HALF_DISTANCE_KM, type GeoPoint } from './proximity.ts';
export { MATCH_WEIGHTS, MATCH_COMPONENT_LABELS, UNKNOWN_CAPACITY_SCORE, PAST_LINK_YEARS_FOR_FULL_SCORE, type MatchComponentKey } from './weights.ts';
export { scoreMatch, capacityScore, type NeedSide, type OfferSide, type MatchRelation, type MatchScore, type ScoreComponent } from './score-match.ts';
export { rankMatches, type MatchFilters, type MatchPair, type RankedMatch } from './rank.ts';
export { NEED_STATUSES, CONTACT_REQUEST_STATUSES, type NeedInput, type CapabilityInput, type ContactRequestStatus } from './inputs.ts';
export { matchTiers, totalBound, reachKm, type MatchTier } from './tiers.ts';
