import {
  cmp, dominantIndustries, findAnchors, internalCooperationShare, territorialScope, weightedDegrees,
  type Anchor, type DominantIndustry, type TerritorialScope,
} from './community-profile.ts';
import type { AnalyticsLink, AnalyticsOrganisation, RegisteredCluster } from './types.ts';

export interface CandidateFilters {
  minOrganisations: number;
  minIndustrial: number;
}

export const DEFAULT_CANDIDATE_FILTERS: CandidateFilters = { minOrganisations: 5, minIndustrial: 3 };

/**
 * Score weights (sum 1). cooperation: internal cooperation share; scale: members / 50, capped at 1;
 * industrial: share of industrial enterprises; specialisation: best dominant LQ / 3, capped at 1.
 * Score = 100 × Σ weight × component. Cooperation weighs most: a cluster is first of all firms
 * that work with each other.
 */
export const CANDIDATE_SCORE_WEIGHTS = { cooperation: 0.4, scale: 0.2, industrial: 0.2, specialisation: 0.2 } as const;

export interface ClusterCandidate {
  community: number;
  members: string[];
  industrialCount: number;
  anchors: { bySize: Anchor[]; byCentrality: Anchor[] };
  dominantIndustries: DominantIndustry[];
  internalCooperationShare: number;
  smeShare: number;
  regions: string[];
  municipalities: string[];
  territory: TerritorialScope;
  overlap: { code: string; name: string; jaccard: number } | null;
  scoreComponents: Record<keyof typeof CANDIDATE_SCORE_WEIGHTS, number>;
  score: number;
}

export interface CandidatesInput {
  organisations: AnalyticsOrganisation[];
  /** Community of each organisation, aligned with `organisations`. */
  membership: ArrayLike<number>;
  links: AnalyticsLink[];
  registeredClusters?: RegisteredCluster[];
  filters?: Partial<CandidateFilters>;
  industryOf?: (o: AnalyticsOrganisation) => string;
}

/** Candidates for de facto clusters, one per community passing the filters, best score first. */
export function candidatesFromCommunities(input: CandidatesInput): { filters: CandidateFilters; candidates: ClusterCandidate[] } {
  const filters = { ...DEFAULT_CANDIDATE_FILTERS, ...input.filters };
  const industryOf = input.industryOf ?? ((o: AnalyticsOrganisation) => o.okved);
  const groups = new Map<number, AnalyticsOrganisation[]>();
  input.organisations.forEach((o, i) => {
    const group = groups.get(input.membership[i]);
    if (group) group.push(o);
    else groups.set(input.membership[i], [o]);
  });
  const degree = weightedDegrees(input.links);
  const candidates: ClusterCandidate[] = [];
  for (const [community, members] of groups) {
    const industrialCount = members.filter((o) => o.industrial).length;
    if (members.length < filters.minOrganisations || industrialCount < filters.minIndustrial) continue;
    const ids = new Set(members.map((o) => o.id));
    const dominant = dominantIndustries(members, input.organisations, industryOf, 3);
    const cooperation = internalCooperationShare(ids, input.links);
    const components = {
      cooperation,
      scale: Math.min(1, members.length / 50),
      industrial: industrialCount / members.length,
      specialisation: Math.min(1, Math.max(0, ...dominant.map((d) => d.lq)) / 3),
    };
    const { regions, municipalities, scope } = territorialScope(members);
    candidates.push({
      community,
      members: [...ids].sort(cmp),
      industrialCount,
      anchors: findAnchors(members, degree, 3),
      dominantIndustries: dominant,
      internalCooperationShare: cooperation,
      smeShare: members.filter((o) => o.sme).length / members.length,
      regions,
      municipalities,
      territory: scope,
      overlap: bestOverlap(ids, input.registeredClusters ?? []),
      scoreComponents: components,
      score: weightedScore(components),
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.community - b.community);
  return { filters, candidates };
}

function weightedScore(components: Record<keyof typeof CANDIDATE_SCORE_WEIGHTS, number>): number {
  let sum = 0;
  for (const key of Object.keys(CANDIDATE_SCORE_WEIGHTS) as (keyof typeof CANDIDATE_SCORE_WEIGHTS)[]) {
    sum += CANDIDATE_SCORE_WEIGHTS[key] * components[key];
  }
  return Math.round(sum * 1000) / 10;
}

/** The registered cluster with the highest Jaccard similarity of members (ties: by code), if any overlaps. */
export function bestOverlap(ids: Set<string>, clusters: RegisteredCluster[]): ClusterCandidate['overlap'] {
  let best: ClusterCandidate['overlap'] = null;
  for (const cluster of [...clusters].sort((a, b) => cmp(a.code, b.code))) {
    const members = new Set(cluster.members);
    let common = 0;
    for (const id of members) if (ids.has(id)) common++;
    if (common === 0) continue;
    const jaccard = common / (ids.size + members.size - common);
    if (!best || jaccard > best.jaccard) best = { code: cluster.code, name: cluster.name, jaccard };
  }
  return best;
}
