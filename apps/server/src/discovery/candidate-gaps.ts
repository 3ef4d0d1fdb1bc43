// ANALYTICS.md §2.5: every candidate is checked against the Decree 779 rules as if it applied today, and
// what is missing is listed in figures.
import { checkPp779, type Dossier, type DossierPurchase, type RuleSet, type analytics, type RequirementResult } from '@klaster/core';
import type { ScopeCluster, ScopeLink, ScopeOrganisation } from './discovery-data.ts';

export interface CandidateGap {
  requirement: RequirementResult['id'];
  status: 'fail' | 'unknown';
  found: number | null;
  required: number;
  unit: RequirementResult['unit'];
  message: string;
  messageEn: string;
}

export interface CandidateCheck {
  compliant: boolean;
  ruleset: string;
  /** 'none-recorded' when there is no purchases data for the members: the purchase-based shares are then unknown. */
  purchases: 'recorded' | 'none-recorded';
  gaps: CandidateGap[];
}

export interface GapInputs {
  byId: Map<string, ScopeOrganisation>;
  links: ScopeLink[];
  clusters: ScopeCluster[];
  purchases: DossierPurchase[];
  ruleSet: RuleSet;
  asOf: string;
}

/** The registered cluster the candidate overlaps most lends its specialised organisation and programme, if it has them. */
type DossierSource = Pick<analytics.ClusterCandidate, 'members' | 'regions' | 'overlap'>;

function borrowedFromOverlap(candidate: DossierSource, clusters: ScopeCluster[]): Pick<Dossier['cluster'], 'specializedOrganization' | 'developmentProgramme'> {
  const cluster = candidate.overlap ? clusters.find((c) => c.code === candidate.overlap!.code) : undefined;
  return {
    // Liquidation status is not kept in the registry, so a borrowed organisation leaves that unknown rather than assumed.
    specializedOrganization: cluster?.specializedOrganization ?? null,
    developmentProgramme: cluster?.programme ?? null,
  };
}

/** The dossier a candidate would file today: members as participants joining today, links among them as supply contracts. */
export function candidateDossier(candidate: DossierSource, name: string, inputs: GapInputs): Dossier {
  const members = new Set(candidate.members);
  const participants = candidate.members.map((inn) => {
    const o = inputs.byId.get(inn)!;
    return { inn, name: o.name, okved: o.okved, region: o.region, specialTerritory: false, joinedOn: inputs.asOf };
  });
  const contracts = inputs.links
    .filter((l) => members.has(l.supplier) && members.has(l.buyer) && l.supplier !== l.buyer)
    .map((l) => ({ supplier: l.supplier, buyer: l.buyer, kind: 'supply' as const, year: l.year, amount: l.volume }));
  return {
    asOf: inputs.asOf,
    cluster: { name, regions: candidate.regions, ...borrowedFromOverlap(candidate, inputs.clusters), registryDecisionDate: null },
    participants,
    contracts,
    purchases: inputs.purchases.filter((p) => members.has(p.buyer)),
  };
}

export function checkCandidate(candidate: DossierSource, name: string, inputs: GapInputs): CandidateCheck {
  const dossier = candidateDossier(candidate, name, inputs);
  const result = checkPp779(dossier, inputs.ruleSet, inputs.asOf);
  const gaps: CandidateGap[] = result.requirements
    .filter((r): r is RequirementResult & { status: 'fail' | 'unknown' } => r.status !== 'pass')
    .map((r) => ({ requirement: r.id, status: r.status, found: r.found, required: r.required, unit: r.unit, message: r.message, messageEn: r.messageEn }));
  return { compliant: result.compliant, ruleset: result.ruleset, purchases: dossier.purchases.length > 0 ? 'recorded' : 'none-recorded', gaps };
}

export interface RegisteredClusterCheck extends CandidateCheck {
  code: string;
  /** Registered participants in the scope of the run (those elsewhere are not loaded). */
  participantsInScope: number;
  /** Industrial members of the candidate that are not participants of the registered cluster yet: whom it could add. */
  industrialToAdd: string[];
}

/**
 * The registered cluster the candidate overlaps, checked on its own participants: when the registered cluster falls
 * short (say, of industrial participants), the candidate shows which enterprises already trading with it could close the gap.
 */
export function checkOverlappedCluster(candidate: analytics.ClusterCandidate, inputs: GapInputs): RegisteredClusterCheck | null {
  const cluster = candidate.overlap ? inputs.clusters.find((c) => c.code === candidate.overlap!.code) : undefined;
  if (!cluster) return null;
  const members = cluster.members.filter((inn) => inputs.byId.has(inn));
  const registered = new Set(cluster.members);
  const regions = [...new Set(members.map((inn) => inputs.byId.get(inn)!.region))].sort();
  const source = { members, regions: regions.length ? regions : candidate.regions, overlap: { code: cluster.code, name: cluster.name, jaccard: 1 } };
  const check = checkCandidate(source, cluster.name, inputs);
  const industrialToAdd = candidate.members.filter((inn) => !registered.has(inn) && inputs.byId.get(inn)!.industrial);
  return { code: cluster.code, participantsInScope: members.length, industrialToAdd, ...check };
}
