import type { CsrGraph } from './csr.ts';
import { NeighbourWeights } from './local-moving.ts';

export interface AggregateResult {
  graph: CsrGraph;
  /** Summed node weight of each aggregated node. */
  nodeWeight: Float64Array;
}

/**
 * Collapses each community of `membership` (labels 0..count-1) into one node. Edges between
 * communities are summed; the weight inside a community becomes the new node's self-loop, so the
 * quality of any partition is the same on the aggregated graph as on the original.
 */
export function aggregate(graph: CsrGraph, nodeWeight: Float64Array, membership: Int32Array, count: number): AggregateResult {
  const members = groupMembers(membership, count);
  const offsets = new Int32Array(count + 1);
  const targets = new Int32Array(graph.targets.length);
  const weights = new Float64Array(graph.targets.length);
  const selfLoops = new Float64Array(count);
  const newWeight = new Float64Array(count);
  const neighbours = new NeighbourWeights(count);
  let write = 0;
  for (let c = 0; c < count; c++) {
    let inside = 0;
    for (let k = members.start[c]; k < members.start[c + 1]; k++) {
      const v = members.order[k];
      newWeight[c] += nodeWeight[v];
      selfLoops[c] += graph.selfLoops[v];
      for (let j = graph.offsets[v]; j < graph.offsets[v + 1]; j++) {
        const t = membership[graph.targets[j]];
        if (t === c) inside += graph.weights[j];
        else neighbours.add(t, graph.weights[j]);
      }
    }
    selfLoops[c] += inside / 2;
    for (let i = 0; i < neighbours.size; i++) {
      targets[write] = neighbours.list[i];
      weights[write++] = neighbours.weight[neighbours.list[i]];
    }
    neighbours.clear();
    offsets[c + 1] = write;
  }
  return {
    graph: { nodeCount: count, offsets, targets: targets.slice(0, write), weights: weights.slice(0, write), selfLoops, totalWeight: graph.totalWeight },
    nodeWeight: newWeight,
  };
}

/** Nodes ordered by community (counting sort), with each community's start in that order. */
function groupMembers(membership: Int32Array, count: number): { order: Int32Array; start: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let v = 0; v < membership.length; v++) start[membership[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const cursor = start.slice(0, count);
  const order = new Int32Array(membership.length);
  for (let v = 0; v < membership.length; v++) order[cursor[membership[v]]++] = v;
  return { order, start };
}
