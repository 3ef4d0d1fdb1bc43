import { strengths, type CsrGraph } from './csr.ts';
import type { Membership } from './partition.ts';
import { communityCount } from './partition.ts';

/** Total weight inside each community: edges between members once, plus members' self-loops. */
export function internalWeights(graph: CsrGraph, membership: Membership): Float64Array {
  const internal = new Float64Array(communityCount(membership));
  for (let v = 0; v < graph.nodeCount; v++) {
    const c = membership[v];
    let twice = 0;
    for (let j = graph.offsets[v]; j < graph.offsets[v + 1]; j++) {
      if (membership[graph.targets[j]] === c) twice += graph.weights[j];
    }
    internal[c] += twice / 2 + graph.selfLoops[v];
  }
  return internal;
}

/**
 * Newman–Girvan modularity with resolution γ:
 * Q = Σ_c [ L_c / m − γ (K_c / 2m)² ], L_c the weight inside c, K_c the summed strengths of c.
 * The same convention as igraph and networkx (a self-loop adds twice its weight to the strength).
 */
export function modularity(graph: CsrGraph, membership: Membership, resolution = 1): number {
  const m = graph.totalWeight;
  if (m === 0) return 0;
  const internal = internalWeights(graph, membership);
  const strength = strengths(graph);
  const total = new Float64Array(internal.length);
  for (let v = 0; v < graph.nodeCount; v++) total[membership[v]] += strength[v];
  let q = 0;
  for (let c = 0; c < internal.length; c++) {
    q += internal[c] / m - resolution * (total[c] / (2 * m)) ** 2;
  }
  return q;
}

/**
 * Constant Potts Model: H = Σ_c [ L_c − γ · n_c (n_c − 1) / 2 ], n_c the summed node sizes
 * (1 per node unless sizes are given). Unnormalised, as in leidenalg.
 */
export function cpmQuality(graph: CsrGraph, membership: Membership, resolution: number, nodeSizes?: Float64Array): number {
  const internal = internalWeights(graph, membership);
  const size = new Float64Array(internal.length);
  for (let v = 0; v < graph.nodeCount; v++) size[membership[v]] += nodeSizes ? nodeSizes[v] : 1;
  let h = 0;
  for (let c = 0; c < internal.length; c++) h += internal[c] - (resolution * size[c] * (size[c] - 1)) / 2;
  return h;
}
