import type { AnalyticsLink, AnalyticsOrganisation } from './types.ts';

export type TerritorialScope = 'local' | 'inter-municipal' | 'inter-regional';

export interface Anchor {
  id: string;
  headcount: number | null;
  revenue: number | null;
  weightedDegree: number;
}

export interface DominantIndustry {
  industry: string;
  organisations: number;
  /** Headcount of the members in this industry (0 when unknown). */
  headcount: number;
  /** LQ of the industry in the community against everything analysed (by headcount, or by count when no headcount is known). */
  lq: number;
}

/** Sum of link volumes touching each organisation id: its weighted degree in the cooperation graph. */
export function weightedDegrees(links: AnalyticsLink[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const link of links) {
    degree.set(link.supplier, (degree.get(link.supplier) ?? 0) + link.volume);
    degree.set(link.buyer, (degree.get(link.buyer) ?? 0) + link.volume);
  }
  return degree;
}

/** Largest members by headcount (then revenue) and most central by weighted degree, `count` of each. */
export function findAnchors(members: AnalyticsOrganisation[], degree: Map<string, number>, count: number): { bySize: Anchor[]; byCentrality: Anchor[] } {
  const anchors = members.map((o) => ({ id: o.id, headcount: o.headcount ?? null, revenue: o.revenue ?? null, weightedDegree: degree.get(o.id) ?? 0 }));
  const bySize = [...anchors].sort((a, b) => (b.headcount ?? 0) - (a.headcount ?? 0) || (b.revenue ?? 0) - (a.revenue ?? 0) || cmp(a.id, b.id));
  const byCentrality = [...anchors].sort((a, b) => b.weightedDegree - a.weightedDegree || cmp(a.id, b.id));
  return { bySize: bySize.slice(0, count), byCentrality: byCentrality.slice(0, count) };
}

/** Industry weight: headcount when known for anyone in scope, otherwise 1 per organisation. */
function industryMass(orgs: AnalyticsOrganisation[], useHeadcount: boolean, industryOf: (o: AnalyticsOrganisation) => string): Map<string, number> {
  const mass = new Map<string, number>();
  for (const o of orgs) mass.set(industryOf(o), (mass.get(industryOf(o)) ?? 0) + (useHeadcount ? (o.headcount ?? 0) : 1));
  return mass;
}

/** The `count` industries with the most weight among the members, with their LQ against the whole scope. */
export function dominantIndustries(
  members: AnalyticsOrganisation[],
  all: AnalyticsOrganisation[],
  industryOf: (o: AnalyticsOrganisation) => string,
  count: number,
): DominantIndustry[] {
  const useHeadcount = all.some((o) => (o.headcount ?? 0) > 0);
  const local = industryMass(members, useHeadcount, industryOf);
  const global = industryMass(all, useHeadcount, industryOf);
  const localTotal = [...local.values()].reduce((a, b) => a + b, 0);
  const globalTotal = [...global.values()].reduce((a, b) => a + b, 0);
  const result = [...local.entries()].map(([industry, value]) => ({
    industry,
    organisations: members.filter((o) => industryOf(o) === industry).length,
    headcount: members.filter((o) => industryOf(o) === industry).reduce((s, o) => s + (o.headcount ?? 0), 0),
    lq: localTotal > 0 && globalTotal > 0 ? value / localTotal / ((global.get(industry) ?? 0) / globalTotal) : 0,
  }));
  result.sort((a, b) => b.headcount - a.headcount || b.organisations - a.organisations || cmp(a.industry, b.industry));
  return result.slice(0, count);
}

/** Volume members sell to each other over all they sell to known buyers (0 when they sell nothing). */
export function internalCooperationShare(memberIds: Set<string>, links: AnalyticsLink[]): number {
  let inside = 0;
  let sold = 0;
  for (const link of links) {
    if (!memberIds.has(link.supplier)) continue;
    sold += link.volume;
    if (memberIds.has(link.buyer)) inside += link.volume;
  }
  return sold > 0 ? inside / sold : 0;
}

export function territorialScope(members: AnalyticsOrganisation[]): { regions: string[]; municipalities: string[]; scope: TerritorialScope } {
  const regions = [...new Set(members.map((o) => o.region))].sort();
  const municipalities = [...new Set(members.map((o) => o.oktmo).filter((m): m is string => !!m))].sort();
  const scope = regions.length > 1 ? 'inter-regional' : municipalities.length > 1 ? 'inter-municipal' : 'local';
  return { regions, municipalities, scope };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
