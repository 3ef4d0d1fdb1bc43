import { haversineKm, SphereIndex } from './geo.ts';
import type { AnalyticsOrganisation } from './types.ts';

export interface MissingLinkParameters {
  /** Neighbours kept per organisation. */
  k: number;
  /** Search radius, km. */
  radiusKm: number;
  /** Factor below 1 so declared links dominate the added ones. */
  alpha: number;
  /** Pairs less related than this are not linked. */
  minRelatedness: number;
}

export const DEFAULT_MISSING_LINK_PARAMETERS: MissingLinkParameters = { k: 5, radiusKm: 30, alpha: 0.3, minRelatedness: 0.5 };

export interface MissingLink {
  /** Organisation ids, source < target. */
  source: string;
  target: string;
  weight: number;
  distanceKm: number;
  relatedness: number;
}

export interface MissingLinksInput {
  organisations: AnalyticsOrganisation[];
  /** Relatedness of two industries, 0…1 (see buildRelatedness). */
  relatedness: (a: string, b: string) => number;
  /** Pairs already linked ("idA|idB" in either order is checked); they get no added edge. */
  existing?: Set<string>;
  industryOf?: (organisation: AnalyticsOrganisation) => string;
  parameters?: Partial<MissingLinkParameters>;
}

export interface MissingLinksResult {
  parameters: MissingLinkParameters;
  links: MissingLink[];
}

/**
 * Weaker edges between co-located organisations in related industries: for each organisation its
 * k nearest neighbours within R km whose relatedness reaches the minimum, with
 * weight = relatedness × (1 − d / R) × α (a linear distance decay, zero at R). A pair chosen from
 * both ends appears once. A k-d tree over the sphere finds the neighbours, so the cost is about
 * n log n even where firms crowd into one city, not n². Organisations without coordinates are
 * skipped. Sorted by source, then target.
 */
export function missingLinks(input: MissingLinksInput): MissingLinksResult {
  const parameters = { ...DEFAULT_MISSING_LINK_PARAMETERS, ...input.parameters };
  const orgs = input.organisations;
  const industryOf = input.industryOf ?? ((o: AnalyticsOrganisation) => o.okved);
  const lat = Float64Array.from(orgs, (o) => (typeof o.lat === 'number' ? o.lat : Number.NaN));
  const lon = Float64Array.from(orgs, (o) => (typeof o.lon === 'number' ? o.lon : Number.NaN));
  const index = new SphereIndex(lat, lon);
  const chosen = new Map<string, MissingLink>();
  for (let i = 0; i < orgs.length; i++) {
    if (Number.isNaN(lat[i]) || Number.isNaN(lon[i])) continue;
    const industry = industryOf(orgs[i]);
    const related = (j: number): boolean =>
      input.relatedness(industry, industryOf(orgs[j])) >= parameters.minRelatedness && !isExisting(input.existing, orgs[i].id, orgs[j].id);
    for (const { index: j } of index.nearest(i, parameters.k, parameters.radiusKm, related)) {
      const [source, target] = orgs[i].id < orgs[j].id ? [orgs[i].id, orgs[j].id] : [orgs[j].id, orgs[i].id];
      // Haversine for the reported distance, so it matches the figure shown elsewhere exactly.
      const distanceKm = haversineKm(lat[i], lon[i], lat[j], lon[j]);
      const r = input.relatedness(industry, industryOf(orgs[j]));
      const weight = r * Math.max(0, 1 - distanceKm / parameters.radiusKm) * parameters.alpha;
      chosen.set(`${source}|${target}`, { source, target, weight, distanceKm, relatedness: r });
    }
  }
  const links = [...chosen.values()].sort((a, b) => (a.source === b.source ? cmp(a.target, b.target) : cmp(a.source, b.source)));
  return { parameters, links };
}

function isExisting(existing: Set<string> | undefined, a: string, b: string): boolean {
  return existing !== undefined && (existing.has(`${a}|${b}`) || existing.has(`${b}|${a}`));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
