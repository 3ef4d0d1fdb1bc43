import type { IndustryValue, TerritoryIndustryValue } from './types.ts';

/** European Cluster Observatory style thresholds, returned with every result so they can be shown. */
export interface StrengthThresholds {
  /** Size star: the territory's share of the reference employment in the industry is in this top share of territories. */
  sizeTopShare: number;
  /** Specialisation star: LQ at or above this value. */
  specialisationLq: number;
  /** "Notable" specialisation below the star. */
  notableLq: number;
  /** Focus star: the industry's share of the territory's employment is in this top share of territories. */
  focusTopShare: number;
}

export const DEFAULT_STRENGTH_THRESHOLDS: StrengthThresholds = { sizeTopShare: 0.1, specialisationLq: 2, notableLq: 1.25, focusTopShare: 0.1 };

export interface LocationQuotient {
  territory: string;
  industry: string;
  /** E(r, i). */
  value: number;
  /** E(r): the territory's total. */
  territoryTotal: number;
  /** E(r, i) / E(r): the industry's share of the territory (focus). */
  territoryShare: number;
  /** E(r, i) / E(ref, i): the territory's share of the industry (size). */
  referenceShare: number;
  /** null when the reference has no value for the industry. */
  lq: number | null;
  specialisation: 'strong' | 'notable' | 'none';
  stars: { size: boolean; specialisation: boolean; focus: boolean; count: number };
  /** Where E(r, i) comes from: the territory's imported totals, or the organisations loaded. */
  source: 'reference' | 'loaded';
}

export interface LocationQuotientsResult {
  reference: 'imported' | 'all-loaded-data';
  /** The same answer in the words of the API: E(ref) from imported reference totals, or from the loaded data. */
  base: 'reference' | 'loaded';
  thresholds: StrengthThresholds;
  quotients: LocationQuotient[];
}

/** A territory's own imported totals: its value in each industry and, when published, over all industries. */
export interface TerritoryTotals {
  territory: string;
  industries: IndustryValue[];
  /** E(r) over all industries; when absent, the sum of the cells used for the territory. */
  total?: number | null;
}

export interface LocationQuotientsInput {
  /** The loaded organisations' values by territory and industry (repeated rows are summed). */
  rows: TerritoryIndustryValue[];
  /** National totals by industry; without them the reference is all loaded rows. */
  reference?: IndustryValue[];
  /** E(ref) over all industries when published; otherwise the sum of `reference`. */
  referenceTotal?: number | null;
  /**
   * Territories with imported totals: their published cells replace the loaded ones (an industry they do not publish,
   * e.g. a confidential cell, keeps its loaded value), and their published total is E(r).
   */
  territoryTotals?: TerritoryTotals[];
  thresholds?: Partial<StrengthThresholds>;
}

function sumBy<T>(items: T[], key: (item: T) => string, value: (item: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + value(item));
  return sums;
}

/**
 * LQ(r,i) = (E(r,i)/E(r)) / (E(ref,i)/E(ref)) for every territory × industry in `rows` and in the imported territory
 * totals (repeated rows are summed), with an ECO-style strength rating. Sorted by territory, then industry.
 */
export function locationQuotients(input: LocationQuotientsInput): LocationQuotientsResult {
  const thresholds = { ...DEFAULT_STRENGTH_THRESHOLDS, ...input.thresholds };
  const { cells, sources, territoryTotals } = territoryCells(input.rows, input.territoryTotals ?? []);
  const referenceRows = input.reference ?? input.rows;
  const referenceByIndustry = sumBy(referenceRows, (r) => r.industry, (r) => r.value);
  const referenceTotal = (input.reference && input.referenceTotal) || [...referenceByIndustry.values()].reduce((a, b) => a + b, 0);
  const quotients: LocationQuotient[] = [];
  for (const [key, value] of cells) {
    const [territory, industry] = key.split('\u0000');
    const source = sources.get(key) ?? 'loaded';
    const territoryTotal = territoryTotals.get(territory) ?? 0;
    const referenceValue = referenceByIndustry.get(industry) ?? 0;
    const territoryShare = territoryTotal > 0 ? value / territoryTotal : 0;
    const lq = referenceValue > 0 && referenceTotal > 0 ? territoryShare / (referenceValue / referenceTotal) : null;
    const specialisation = lq === null ? 'none' : lq >= thresholds.specialisationLq ? 'strong' : lq >= thresholds.notableLq ? 'notable' : 'none';
    const referenceShare = referenceValue > 0 ? value / referenceValue : 0;
    const stars = { size: false, specialisation: specialisation === 'strong', focus: false, count: 0 };
    quotients.push({ territory, industry, value, territoryTotal, territoryShare, referenceShare, lq, specialisation, stars, source });
  }
  awardTopShareStars(quotients, thresholds);
  quotients.sort((a, b) => (a.territory === b.territory ? compare(a.industry, b.industry) : compare(a.territory, b.territory)));
  const imported = input.reference !== undefined;
  return { reference: imported ? 'imported' : 'all-loaded-data', base: imported ? 'reference' : 'loaded', thresholds, quotients };
}

/**
 * E(r, i) and E(r) per territory: the loaded rows summed, with the cells of territories that have imported totals
 * replaced by those totals. E(r) is the published total when there is one, otherwise the sum of the cells used.
 */
function territoryCells(rows: TerritoryIndustryValue[], imported: TerritoryTotals[]) {
  const cells = sumBy(rows, (r) => `${r.territory}\u0000${r.industry}`, (r) => r.value);
  const sources = new Map<string, 'reference' | 'loaded'>();
  const publishedTotals = new Map<string, number>();
  for (const t of imported) {
    for (const [industry, value] of sumBy(t.industries, (r) => r.industry, (r) => r.value)) {
      const key = `${t.territory}\u0000${industry}`;
      cells.set(key, value);
      sources.set(key, 'reference');
    }
    if (t.total != null && t.total > 0) publishedTotals.set(t.territory, t.total);
  }
  const territoryTotals = sumBy([...cells], ([key]) => key.split('\u0000')[0]!, ([, value]) => value);
  for (const [territory, total] of publishedTotals) territoryTotals.set(territory, total);
  return { cells, sources, territoryTotals };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Size and focus stars go to the territories in the top share for each industry: a territory
 * qualifies when fewer than ceil(share · territories) others have a strictly larger value.
 */
function awardTopShareStars(quotients: LocationQuotient[], thresholds: StrengthThresholds): void {
  const byIndustry = new Map<string, LocationQuotient[]>();
  for (const q of quotients) {
    const group = byIndustry.get(q.industry);
    if (group) group.push(q);
    else byIndustry.set(q.industry, [q]);
  }
  for (const group of byIndustry.values()) {
    const inSize = topShare(group, (q) => q.referenceShare, thresholds.sizeTopShare);
    const inFocus = topShare(group, (q) => q.territoryShare, thresholds.focusTopShare);
    for (const q of group) {
      q.stars.size = q.value > 0 && inSize.has(q);
      q.stars.focus = q.value > 0 && inFocus.has(q);
      q.stars.count = Number(q.stars.size) + Number(q.stars.specialisation) + Number(q.stars.focus);
    }
  }
}

function topShare(group: LocationQuotient[], value: (q: LocationQuotient) => number, share: number): Set<LocationQuotient> {
  const slots = Math.ceil(share * group.length);
  const sorted = [...group].sort((a, b) => value(b) - value(a));
  const result = new Set<LocationQuotient>();
  for (let i = 0; i < sorted.length; i++) {
    // The first of a run of equal values has as many strictly larger values before it as its index.
    let first = i;
    while (first > 0 && value(sorted[first - 1]) === value(sorted[i])) first--;
    if (first < slots) result.add(sorted[i]);
    else break;
  }
  return result;
}
