export * from './types.ts';
export { locationQuotients, DEFAULT_STRENGTH_THRESHOLDS, type LocationQuotient, type LocationQuotientsInput, type LocationQuotientsResult, type StrengthThresholds, type TerritoryTotals } from './location-quotients.ts';
export { buildRelatedness, hierarchySimilarity, okvedSection, HIERARCHY_SCORES, type Relatedness, type RelatednessInput } from './relatedness.ts';
export { haversineKm, SphereIndex, type Neighbour } from './geo.ts';
export { missingLinks, DEFAULT_MISSING_LINK_PARAMETERS, type MissingLink, type MissingLinkParameters, type MissingLinksInput, type MissingLinksResult } from './missing-links.ts';
export { weightedDegrees, findAnchors, dominantIndustries, internalCooperationShare, territorialScope, type Anchor, type DominantIndustry, type TerritorialScope } from './community-profile.ts';
export { candidatesFromCommunities, bestOverlap, DEFAULT_CANDIDATE_FILTERS, CANDIDATE_SCORE_WEIGHTS, type CandidateFilters, type CandidatesInput, type ClusterCandidate } from './candidates.ts';
export { growthOpportunities, type GrowthInput, type GrowthOpportunity, type GrowthPartner } from './growth.ts';
export { buildCooperationGraph, DEFAULT_VOLUME_UNIT, type CooperationGraph, type CooperationGraphInput } from './cooperation-graph.ts';
