import type { RuleSet, analytics } from '@klaster/core';
import type { DiscoveryCandidate } from '@klaster/contract';
import { checkCandidate, checkOverlappedCluster, type GapInputs } from './candidate-gaps.ts';
import type { DiscoveryScope } from './discovery-data.ts';

/** A name people can tell candidates apart by: rank and the leading industries (OKVED2 groups). */
export function candidateName(rank: number, candidate: analytics.ClusterCandidate): string {
  return `Кандидат №${rank}: ОКВЭД2 ${candidate.dominantIndustries.map((d) => d.industry).join(', ')}`;
}

/** Candidates as stored in a run: ranked, members with their names and kinds, and the rules gaps of each. */
export function describeCandidates(candidates: analytics.ClusterCandidate[], scope: DiscoveryScope, ruleSet: RuleSet, asOf: string): DiscoveryCandidate[] {
  const byId = new Map(scope.organisations.map((o) => [o.id, o]));
  const inputs: GapInputs = { byId, links: scope.links, clusters: scope.clusters, purchases: scope.purchases, ruleSet, asOf };
  return candidates.map((candidate, i) => {
    const rank = i + 1;
    const name = candidateName(rank, candidate);
    const members = candidate.members.map((inn) => {
      const o = byId.get(inn)!;
      return { inn, name: o.name, okved: o.okved, kind: o.kind, region: o.region, oktmo: o.oktmo ?? null, industrial: !!o.industrial, sme: !!o.sme };
    });
    return {
      rank, name, community: candidate.community, members, industrialCount: candidate.industrialCount, anchors: candidate.anchors,
      dominantIndustries: candidate.dominantIndustries, internalCooperationShare: candidate.internalCooperationShare, smeShare: candidate.smeShare,
      regions: candidate.regions, municipalities: candidate.municipalities, territory: candidate.territory, overlap: candidate.overlap,
      scoreComponents: candidate.scoreComponents, score: candidate.score, check: checkCandidate(candidate, name, inputs),
      overlapCheck: checkOverlappedCluster(candidate, inputs),
    };
  });
}
