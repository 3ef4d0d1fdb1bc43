import { strengths, type CsrGraph } from './csr.ts';
import { aggregate } from './aggregate.ts';
import { moveNodesFast, type QualityTerms } from './local-moving.ts';
import { refinePartition } from './refine.ts';
import { renumber, splitDisconnected } from './partition.ts';
import { cpmQuality, modularity } from './quality.ts';
import { createRandom, type Random } from './random.ts';

export type QualityFunction = 'modularity' | 'cpm';
export type LeidenStage = 'move' | 'refine' | 'aggregate' | 'done';
/** Where a progress report comes from: the pass (1-based) and the aggregation level within it (0 = the input graph). */
export interface LeidenPosition {
  pass: number;
  level: number;
}

export interface LeidenOptions {
  quality?: QualityFunction;
  /** γ: higher gives more, smaller communities. Default 1 (modularity); required in practice for CPM. */
  resolution?: number;
  seed?: number;
  /** Full Leiden passes over the original graph; stops earlier once a pass moves nothing. Default 10. */
  maxIterations?: number;
  /**
   * Also stop once a pass improves the quality by no more than tolerance · |quality| (default 1e-4:
   * later passes on large graphs keep moving a few nodes for gains in the fifth decimal). 0 = run
   * until no node moves.
   */
  tolerance?: number;
  /** CPM only: size of each node (default 1). */
  nodeSizes?: Float64Array;
  /** Start from this partition instead of singletons. */
  initialMembership?: Int32Array;
  /** Called at each stage of each level of each pass; `at` is absent only for the final 'done'. */
  onProgress?: (fraction: number, stage: LeidenStage, at?: LeidenPosition) => void;
}

export interface LeidenResult {
  /** Community of each node, labelled 0..communities-1. */
  membership: Int32Array;
  communities: number;
  /** Modularity or CPM value of the returned partition on the input graph. */
  quality: number;
  /** Passes actually run. */
  iterations: number;
}

/** Levels deeper than this mean no progress is being made; real graphs need well under 20. */
const MAX_LEVELS = 64;

/**
 * Leiden community detection (Traag, Waltman, van Eck 2019): fast local moving, refinement,
 * aggregation on the refined partition with the unrefined one as the starting assignment, repeated
 * until every community is a single aggregated node; whole passes repeat until nothing moves.
 * Deterministic for a given seed. Every returned community is connected.
 */
export function leiden(graph: CsrGraph, options: LeidenOptions = {}): LeidenResult {
  if (graph.offsets.length !== graph.nodeCount + 1 || graph.offsets[graph.nodeCount] !== graph.targets.length) {
    throw new RangeError('graph is not a valid CSR: offsets must have nodeCount + 1 entries ending at targets.length');
  }
  const quality = options.quality ?? 'modularity';
  const resolution = options.resolution ?? 1;
  const maxIterations = options.maxIterations ?? 10;
  const random = createRandom(options.seed ?? 1);
  const terms = qualityTerms(graph, quality, resolution, options.nodeSizes);
  const membership = options.initialMembership ? Int32Array.from(options.initialMembership) : identity(graph.nodeCount);
  renumber(membership);
  const tolerance = options.tolerance ?? 1e-4;
  const measure = (m: Int32Array): number =>
    quality === 'modularity' ? modularity(graph, m, resolution) : cpmQuality(graph, m, resolution, options.nodeSizes);
  let value = measure(membership);
  let iterations = 0;
  // Progress assumes two passes, the usual count on large graphs; a third stays at 0.99.
  const expectedPasses = Math.min(maxIterations, 2);
  while (iterations < maxIterations) {
    const report = (part: number, stage: LeidenStage, level: number): void =>
      options.onProgress?.(Math.min(0.99, (iterations + part) / expectedPasses), stage, { pass: iterations + 1, level });
    const moved = leidenPass(graph, terms, membership, random, report);
    iterations++;
    const previous = value;
    value = measure(membership);
    if (!moved || value - previous <= tolerance * Math.abs(previous)) break;
  }
  const communities = splitDisconnected(graph, membership);
  renumber(membership);
  value = measure(membership);
  options.onProgress?.(1, 'done');
  return { membership, communities, quality: value, iterations };
}

function qualityTerms(graph: CsrGraph, quality: QualityFunction, resolution: number, nodeSizes?: Float64Array): QualityTerms {
  if (quality === 'modularity') {
    const twoM = 2 * graph.totalWeight;
    return { nodeWeight: strengths(graph), scale: twoM > 0 ? resolution / twoM : 0 };
  }
  return { nodeWeight: nodeSizes ? Float64Array.from(nodeSizes) : new Float64Array(graph.nodeCount).fill(1), scale: resolution };
}

function identity(n: number): Int32Array {
  const result = new Int32Array(n);
  for (let i = 0; i < n; i++) result[i] = i;
  return result;
}

/** One Leiden pass from `membership` (updated in place). Returns true if any node moved at any level. */
function leidenPass(graph: CsrGraph, terms: QualityTerms, membership: Int32Array, random: Random, report: (part: number, stage: LeidenStage, level: number) => void): boolean {
  let level = graph;
  let levelTerms = terms;
  let partition = Int32Array.from(membership);
  const nodeToLevel = identity(graph.nodeCount);
  let movedAny = false;
  for (let depth = 0; depth < MAX_LEVELS; depth++) {
    report(1 - 0.5 ** depth, 'move', depth);
    movedAny = moveNodesFast(level, levelTerms, partition, random) || movedAny;
    const count = renumber(partition);
    if (count === level.nodeCount) break;
    report(1 - 0.5 ** (depth + 0.5), 'refine', depth);
    let refined = refinePartition(level, levelTerms, partition, random);
    let refinedCount = renumber(refined);
    // A refinement that merged nothing would loop forever; aggregate on the partition itself then.
    if (refinedCount === level.nodeCount) {
      refined = partition;
      refinedCount = count;
    }
    report(1 - 0.5 ** (depth + 0.75), 'aggregate', depth);
    const next = aggregate(level, levelTerms.nodeWeight, refined, refinedCount);
    const nextPartition = new Int32Array(refinedCount);
    for (let v = 0; v < level.nodeCount; v++) nextPartition[refined[v]] = partition[v];
    for (let i = 0; i < nodeToLevel.length; i++) nodeToLevel[i] = refined[nodeToLevel[i]];
    level = next.graph;
    levelTerms = { nodeWeight: next.nodeWeight, scale: terms.scale };
    partition = nextPartition;
  }
  for (let i = 0; i < membership.length; i++) membership[i] = partition[nodeToLevel[i]];
  return movedAny;
}
