import type { AnalyticsOrganisation } from './types.ts';
import { cmp } from './community-profile.ts';

export interface GrowthPartner {
  id: string;
  industry: string;
  headcount: number | null;
  /** supplier: the partner's industry sells more to the target industry than it buys from it. */
  role: 'supplier' | 'buyer';
}

export interface GrowthOpportunity {
  industry: string;
  /** Hidalgo–Hausmann density, 0…1. */
  density: number;
  /** The region's current LQ in the industry (0 when absent). */
  lq: number;
  /** Related industries in which the region is specialised (LQ ≥ 1). */
  relatedStrengths: string[];
  partners: GrowthPartner[];
}

export interface GrowthInput {
  region: string;
  /** LQ of this region by industry (industries absent count as 0). */
  regionLq: Map<string, number>;
  /** Every industry that could be proposed. */
  industries: string[];
  relatedness: (a: string, b: string) => number;
  /** Volume sold by industry a to industry b (Relatedness.flow), for the partner role. */
  flow?: (a: string, b: string) => number;
  /** Relatedness at or above this counts an industry as related (default 0.5). */
  threshold?: number;
  organisations: AnalyticsOrganisation[];
  industryOf?: (o: AnalyticsOrganisation) => string;
  /** How many opportunities, and partners for each (defaults 10 and 5). */
  top?: number;
  partnersPerIndustry?: number;
}

/**
 * Growth opportunities of a region: industries with LQ < 1, ordered by density
 * d(i) = Σ_j φ(i,j)·[LQ(j) ≥ 1] / Σ_j φ(i,j) over related industries j ≠ i (φ ≥ threshold), i.e. the
 * relatedness-weighted share of i's related industries in which the region is specialised. Each
 * comes with the region's enterprises in those related industries, largest first.
 */
export function growthOpportunities(input: GrowthInput): GrowthOpportunity[] {
  const threshold = input.threshold ?? 0.5;
  const industryOf = input.industryOf ?? ((o: AnalyticsOrganisation) => o.okved);
  const strong = new Set([...input.regionLq].filter(([, lq]) => lq >= 1).map(([industry]) => industry));
  const local = input.organisations.filter((o) => o.region === input.region);
  const result: GrowthOpportunity[] = [];
  for (const industry of input.industries) {
    const lq = input.regionLq.get(industry) ?? 0;
    if (lq >= 1) continue;
    let related = 0;
    let specialised = 0;
    const relatedStrengths: string[] = [];
    for (const other of input.industries) {
      const phi = other === industry ? 0 : input.relatedness(industry, other);
      if (phi < threshold) continue;
      related += phi;
      if (strong.has(other)) {
        specialised += phi;
        relatedStrengths.push(other);
      }
    }
    if (specialised === 0) continue;
    relatedStrengths.sort(cmp);
    result.push({ industry, density: specialised / related, lq, relatedStrengths, partners: partnersFor(industry, relatedStrengths, local, industryOf, input) });
  }
  result.sort((a, b) => b.density - a.density || cmp(a.industry, b.industry));
  return result.slice(0, input.top ?? 10);
}

function partnersFor(
  industry: string,
  relatedStrengths: string[],
  local: AnalyticsOrganisation[],
  industryOf: (o: AnalyticsOrganisation) => string,
  input: GrowthInput,
): GrowthPartner[] {
  const related = new Set(relatedStrengths);
  return local
    .filter((o) => related.has(industryOf(o)))
    .sort((a, b) => (b.headcount ?? 0) - (a.headcount ?? 0) || cmp(a.id, b.id))
    .slice(0, input.partnersPerIndustry ?? 5)
    .map((o) => {
      const own = industryOf(o);
      const sells = input.flow?.(own, industry) ?? 0;
      const buys = input.flow?.(industry, own) ?? 0;
      return { id: o.id, industry: own, headcount: o.headcount ?? null, role: sells >= buys ? 'supplier' : 'buyer' };
    });
}
