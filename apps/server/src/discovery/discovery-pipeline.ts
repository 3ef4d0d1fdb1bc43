// ANALYTICS.md §2 over the data of one scope: relatedness → missing links → cooperation graph → Leiden →
// candidates. Pure apart from the worker thread used for large graphs; deterministic for a given seed.
import { analytics, graph as graphLib } from '@klaster/core';
import { runLeidenInWorker } from './worker/run-leiden-in-worker.ts';
import type { DiscoveryScope, ScopeOrganisation } from './discovery-data.ts';

export interface DiscoveryParams {
  regions: string[];
  resolution: number;
  seed: number;
  quality: graphLib.QualityFunction;
  k: number;
  radiusKm: number;
  alpha: number;
  minRelatedness: number;
  /** Weight of observed trade in relatedness (the rest is the classifier hierarchy). */
  blend: number;
  minOrganisations: number;
  minIndustrial: number;
}

/**
 * Defaults. Resolution 1 is plain modularity; the missing-link defaults come from the analytics core. The
 * candidate filters are those of the core: a community of five with three industrial enterprises can be a cluster.
 */
export const DEFAULT_DISCOVERY_PARAMS: Omit<DiscoveryParams, 'regions'> = {
  resolution: 0.8,
  seed: 1,
  quality: 'modularity',
  ...analytics.DEFAULT_MISSING_LINK_PARAMETERS,
  blend: 0.5,
  ...analytics.DEFAULT_CANDIDATE_FILTERS,
};

/** Graphs above this many nodes go to a worker thread, so the server keeps answering while Leiden runs. */
export const WORKER_NODE_THRESHOLD = 5_000;

export type ProgressReporter = (fraction: number, stage: string) => void;

/** How a run is computed, not what it computes: never stored with the parameters, never changes the result. */
export interface PipelineOptions {
  /** Graphs with more nodes than this run Leiden in a worker thread (default WORKER_NODE_THRESHOLD; 0 = always). */
  workerNodeThreshold?: number;
}

/** Leiden's share of the whole run's progress bar: it starts at 30 % and ends at 80 %. */
const LEIDEN_FROM = 0.3;
const LEIDEN_SPAN = 0.5;

/** "leiden:move:1:2" is pass 1, level 2, moving nodes; "leiden:done" when it has finished. */
export function leidenStage(stage: graphLib.LeidenStage, at?: graphLib.LeidenPosition): string {
  return at ? `leiden:${stage}:${at.pass}:${at.level}` : `leiden:${stage}`;
}

/** Groups OKVED codes at the group level ("25.62" → "25.6"): fine enough to tell industries apart, coarse enough to count. */
export const industryGroup = (o: analytics.AnalyticsOrganisation): string => o.okved.slice(0, 4).replace(/\.$/, '');

export interface PipelineOutput {
  graph: { nodes: number; declaredPairs: number; addedEdges: number; communities: number; quality: number; inWorker: boolean };
  candidates: analytics.ClusterCandidate[];
}

async function communities(
  csr: graphLib.CsrGraph, params: DiscoveryParams, report: ProgressReporter, threshold: number,
): Promise<{ result: graphLib.LeidenResult; inWorker: boolean }> {
  const options = { resolution: params.resolution, seed: params.seed, quality: params.quality };
  const onProgress = (fraction: number, stage: graphLib.LeidenStage, at?: graphLib.LeidenPosition) =>
    report(LEIDEN_FROM + LEIDEN_SPAN * fraction, leidenStage(stage, at));
  if (csr.nodeCount > threshold) return { result: await runLeidenInWorker(csr, options, onProgress), inWorker: true };
  return { result: graphLib.leiden(csr, { ...options, onProgress }), inWorker: false };
}

export async function runPipeline(scope: DiscoveryScope, params: DiscoveryParams, report: ProgressReporter, options: PipelineOptions = {}): Promise<PipelineOutput> {
  const organisations: ScopeOrganisation[] = scope.organisations;
  report(0.05, 'relatedness');
  const relatedness = analytics.buildRelatedness({ organisations, links: scope.links, blend: params.blend, industryOf: industryGroup });
  report(0.1, 'missing-links');
  const existing = new Set(scope.links.map((l) => `${l.supplier}|${l.buyer}`));
  const added = analytics.missingLinks({
    organisations, relatedness: relatedness.get, existing, industryOf: industryGroup,
    parameters: { k: params.k, radiusKm: params.radiusKm, alpha: params.alpha, minRelatedness: params.minRelatedness },
  });
  report(0.25, 'graph');
  const cooperation = analytics.buildCooperationGraph({ organisations, links: scope.links, addedLinks: added.links });
  const { result, inWorker } = await communities(cooperation.graph, params, report, options.workerNodeThreshold ?? WORKER_NODE_THRESHOLD);
  report(0.85, 'candidates');
  const { candidates } = analytics.candidatesFromCommunities({
    organisations, membership: result.membership, links: scope.links, registeredClusters: scope.clusters,
    filters: { minOrganisations: params.minOrganisations, minIndustrial: params.minIndustrial }, industryOf: industryGroup,
  });
  return {
    graph: { nodes: organisations.length, declaredPairs: cooperation.declaredPairs, addedEdges: cooperation.addedEdges, communities: result.communities, quality: result.quality, inWorker },
    candidates,
  };
}
