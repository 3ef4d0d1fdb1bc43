/**
 * An undirected weighted graph in compressed sparse row form. Every edge u–v (u ≠ v) appears twice,
 * in the rows of u and of v; self-loops are kept apart in `selfLoops` (weight counted once), because
 * the algorithms treat them differently from edges to neighbours.
 */
export interface CsrGraph {
  nodeCount: number;
  /** Row starts, length nodeCount + 1. */
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Summed self-loop weight of each node. */
  selfLoops: Float64Array;
  /** m: the sum of all edge weights, each undirected edge and self-loop once. */
  totalWeight: number;
}

export type NodeIds = Int32Array | number[];
export type EdgeWeights = Float64Array | Float32Array | number[];

/**
 * Builds a CSR graph from an edge list. Duplicate edges are summed into one, self-loops are summed
 * into `selfLoops`. Weights default to 1; negative or non-finite weights are rejected.
 */
export function fromEdges(nodeCount: number, src: NodeIds, dst: NodeIds, weight?: EdgeWeights): CsrGraph {
  if (src.length !== dst.length || (weight && weight.length !== src.length)) {
    throw new RangeError('src, dst and weight must have the same length');
  }
  const degree = new Int32Array(nodeCount + 1);
  const selfLoops = new Float64Array(nodeCount);
  let totalWeight = 0;
  for (let e = 0; e < src.length; e++) {
    const u = src[e];
    const v = dst[e];
    const w = weight ? weight[e] : 1;
    checkEdge(nodeCount, u, v, w, e);
    totalWeight += w;
    if (u === v) selfLoops[u] += w;
    else {
      degree[u + 1]++;
      degree[v + 1]++;
    }
  }
  for (let i = 0; i < nodeCount; i++) degree[i + 1] += degree[i];
  const offsets = degree;
  const cursor = offsets.slice(0, nodeCount);
  const targets = new Int32Array(offsets[nodeCount]);
  const weights = new Float64Array(offsets[nodeCount]);
  for (let e = 0; e < src.length; e++) {
    const u = src[e];
    const v = dst[e];
    if (u === v) continue;
    const w = weight ? weight[e] : 1;
    targets[cursor[u]] = v;
    weights[cursor[u]++] = w;
    targets[cursor[v]] = u;
    weights[cursor[v]++] = w;
  }
  return mergeDuplicates({ nodeCount, offsets, targets, weights, selfLoops, totalWeight });
}

function checkEdge(nodeCount: number, u: number, v: number, w: number, index: number): void {
  if (!(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount) || !Number.isInteger(u) || !Number.isInteger(v)) {
    throw new RangeError(`edge ${index}: node out of range 0..${nodeCount - 1}`);
  }
  if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`edge ${index}: weight must be finite and ≥ 0`);
}

/** Sums repeated neighbours of each row in place (one pass, a position marker per node). */
function mergeDuplicates(graph: CsrGraph): CsrGraph {
  const { nodeCount, offsets, targets, weights } = graph;
  const position = new Int32Array(nodeCount).fill(-1);
  let write = 0;
  let rowStart = 0;
  for (let v = 0; v < nodeCount; v++) {
    const begin = rowStart;
    const end = offsets[v + 1];
    rowStart = end;
    offsets[v] = write;
    for (let j = begin; j < end; j++) {
      const u = targets[j];
      const at = position[u];
      if (at >= offsets[v]) weights[at] += weights[j];
      else {
        position[u] = write;
        targets[write] = u;
        weights[write++] = weights[j];
      }
    }
  }
  offsets[nodeCount] = write;
  if (write === targets.length) return graph;
  return { ...graph, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/** Weighted degree of every node; a self-loop counts twice, as in igraph and networkx. */
export function strengths(graph: CsrGraph): Float64Array {
  const result = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    let sum = 2 * graph.selfLoops[v];
    for (let j = graph.offsets[v]; j < graph.offsets[v + 1]; j++) sum += graph.weights[j];
    result[v] = sum;
  }
  return result;
}
