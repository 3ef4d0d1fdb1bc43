import { fromEdges, type CsrGraph } from '../graph/csr.ts';
import type { MissingLink } from './missing-links.ts';
import type { AnalyticsLink, AnalyticsOrganisation } from './types.ts';

/** Volumes are scaled as ln(1 + volume / unit); 100 000 ₽ per unit puts typical links at weights 1–10. */
export const DEFAULT_VOLUME_UNIT = 100_000;

export interface CooperationGraphInput {
  /** Organisations in scope: node i is organisations[i]. */
  organisations: AnalyticsOrganisation[];
  /** Declared links; links with a side out of scope or no volume are left out. */
  links: AnalyticsLink[];
  /** Weaker inferred edges (missingLinks), added with their own weights. */
  addedLinks?: MissingLink[];
  volumeUnit?: number;
}

export interface CooperationGraph {
  graph: CsrGraph;
  /** Organisation id of each node. */
  ids: string[];
  /** Declared pairs used, and inferred edges added. */
  declaredPairs: number;
  addedEdges: number;
}

/**
 * The cooperation graph of ANALYTICS.md §2: one node per organisation, an edge per supplier–buyer
 * pair weighted by ln(1 + V / unit), V the volume of both directions summed, so one graph mixes
 * small and large firms sensibly; inferred links are added on top with their own (smaller) weights.
 */
export function buildCooperationGraph(input: CooperationGraphInput): CooperationGraph {
  const unit = input.volumeUnit ?? DEFAULT_VOLUME_UNIT;
  const ids = input.organisations.map((o) => o.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const volumes = new Map<string, { u: number; v: number; volume: number }>();
  for (const link of input.links) {
    const u = index.get(link.supplier);
    const v = index.get(link.buyer);
    if (u === undefined || v === undefined || !(link.volume > 0)) continue;
    const key = u < v ? `${u}|${v}` : `${v}|${u}`;
    const pair = volumes.get(key);
    if (pair) pair.volume += link.volume;
    else volumes.set(key, { u, v, volume: link.volume });
  }
  const src: number[] = [];
  const dst: number[] = [];
  const weight: number[] = [];
  for (const { u, v, volume } of volumes.values()) {
    src.push(u);
    dst.push(v);
    weight.push(Math.log1p(volume / unit));
  }
  let addedEdges = 0;
  for (const added of input.addedLinks ?? []) {
    const u = index.get(added.source);
    const v = index.get(added.target);
    if (u === undefined || v === undefined || !(added.weight > 0)) continue;
    src.push(u);
    dst.push(v);
    weight.push(added.weight);
    addedEdges++;
  }
  return { graph: fromEdges(ids.length, src, dst, weight), ids, declaredPairs: volumes.size, addedEdges };
}
