import type { AnalyticsLink, AnalyticsOrganisation } from './types.ts';

/** Classes of OKVED2 sections (first two digits → section letter), from the classifier's structure. */
const SECTION_RANGES: [number, number, string][] = [
  [1, 3, 'A'], [5, 9, 'B'], [10, 33, 'C'], [35, 35, 'D'], [36, 39, 'E'], [41, 43, 'F'], [45, 47, 'G'],
  [49, 53, 'H'], [55, 56, 'I'], [58, 63, 'J'], [64, 66, 'K'], [68, 68, 'L'], [69, 75, 'M'], [77, 82, 'N'],
  [84, 84, 'O'], [85, 85, 'P'], [86, 88, 'Q'], [90, 93, 'R'], [94, 96, 'S'], [97, 98, 'T'], [99, 99, 'U'],
];

export function okvedSection(code: string): string | null {
  const cls = Number.parseInt(code.slice(0, 2), 10);
  const range = SECTION_RANGES.find(([from, to]) => cls >= from && cls <= to);
  return range ? range[2] : null;
}

/** Hierarchy scores: same group (XX.XX) > same class (XX) > same section. */
export const HIERARCHY_SCORES = { sameCode: 1, sameGroup: 0.75, sameClass: 0.5, sameSection: 0.25 } as const;

/** How close two OKVED2 codes sit in the classifier tree, 0…1. */
export function hierarchySimilarity(a: string, b: string): number {
  if (a === b) return HIERARCHY_SCORES.sameCode;
  if (a.length >= 5 && a.slice(0, 5) === b.slice(0, 5)) return HIERARCHY_SCORES.sameGroup;
  if (a.slice(0, 2) === b.slice(0, 2)) return HIERARCHY_SCORES.sameClass;
  const section = okvedSection(a);
  return section !== null && section === okvedSection(b) ? HIERARCHY_SCORES.sameSection : 0;
}

export interface Relatedness {
  /** Blend weight of the observed trade (0 = hierarchy only, 1 = trade only). */
  blend: number;
  /** Related-ness of two industries, 0…1, symmetric. */
  get(a: string, b: string): number;
  /** Observed/expected trade ratio (symmetric), or null when either industry has no observed links. */
  observedRatio(a: string, b: string): number | null;
  /** Volume sold by industry a to industry b. */
  flow(a: string, b: string): number;
}

export interface RelatednessInput {
  organisations: AnalyticsOrganisation[];
  links: AnalyticsLink[];
  /** Default 0.5. */
  blend?: number;
  /** Maps an organisation's code to the industry level used (default: the code as given). */
  industryOf?: (organisation: AnalyticsOrganisation) => string;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Relatedness of industries from the links themselves, blended with the classifier hierarchy.
 * Observed/expected: R(a,b) = T(a,b) · T / (T(a) · T(b)), with T(a,b) the volume traded between the
 * two (both directions), T(a) all volume touching a, T the total — the same null model as
 * modularity. R is mapped to 0…1 by R / (1 + R), so trade at chance level scores 0.5.
 * get(a,b) = blend · R/(1+R) + (1 − blend) · hierarchy(a,b); hierarchy alone when R is unknown.
 */
export function buildRelatedness(input: RelatednessInput): Relatedness {
  const blend = input.blend ?? 0.5;
  const industryOf = input.industryOf ?? ((o: AnalyticsOrganisation) => o.okved);
  const industryById = new Map(input.organisations.map((o) => [o.id, industryOf(o)]));
  const pairs = new Map<string, number>();
  const directed = new Map<string, number>();
  const touching = new Map<string, number>();
  let total = 0;
  for (const link of input.links) {
    const a = industryById.get(link.supplier);
    const b = industryById.get(link.buyer);
    if (a === undefined || b === undefined || !(link.volume > 0)) continue;
    pairs.set(pairKey(a, b), (pairs.get(pairKey(a, b)) ?? 0) + link.volume);
    directed.set(`${a}\u0000${b}`, (directed.get(`${a}\u0000${b}`) ?? 0) + link.volume);
    touching.set(a, (touching.get(a) ?? 0) + link.volume);
    touching.set(b, (touching.get(b) ?? 0) + link.volume);
    total += 2 * link.volume;
  }
  const observedRatio = (a: string, b: string): number | null => {
    const ta = touching.get(a);
    const tb = touching.get(b);
    if (!ta || !tb) return null;
    const together = pairs.get(pairKey(a, b)) ?? 0;
    return ((a === b ? 2 : 1) * together * total) / (ta * tb);
  };
  const get = (a: string, b: string): number => {
    const ratio = observedRatio(a, b);
    const hierarchy = hierarchySimilarity(a, b);
    return ratio === null ? hierarchy : blend * (ratio / (1 + ratio)) + (1 - blend) * hierarchy;
  };
  return { blend, get, observedRatio, flow: (a, b) => directed.get(`${a}\u0000${b}`) ?? 0 };
}
