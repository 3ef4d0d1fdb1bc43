import type { CsrGraph } from './csr.ts';
import type { QualityTerms } from './local-moving.ts';
import { NeighbourWeights } from './local-moving.ts';
import type { Random } from './random.ts';
import { randomPermutation } from './random.ts';

/** Randomness of the refinement merge: lower θ favours the best merge more strongly (igraph's β). */
const THETA = 0.01;

/**
 * Leiden refinement: inside each community of `partition` start from singletons and merge, in random
 * order, every still-single node that is well connected to its community into a well-connected
 * refined sub-community, picked at random with probability ∝ exp(gain / θ) among non-negative gains.
 * Merges only follow edges, so every refined community is connected. Returns refined labels (0..n-1).
 */
export function refinePartition(graph: CsrGraph, terms: QualityTerms, partition: Int32Array, random: Random): Int32Array {
  const n = graph.nodeCount;
  const { nodeWeight, scale } = terms;
  const { offsets, targets, weights } = graph;
  const communityTotal = new Float64Array(n);
  for (let v = 0; v < n; v++) communityTotal[partition[v]] += nodeWeight[v];
  const external = weightToOwnCommunity(graph, partition);
  const refined = new Int32Array(n);
  const refinedTotal = new Float64Array(n);
  const refinedExternal = new Float64Array(n);
  const refinedSize = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    refinedTotal[v] = nodeWeight[v];
    refinedExternal[v] = external[v];
    refinedSize[v] = 1;
  }
  const neighbours = new NeighbourWeights(n);
  const gains = new Float64Array(n);
  const order = randomPermutation(n, random);

  for (let k = 0; k < n; k++) {
    const v = order[k];
    if (refined[v] !== v || refinedSize[v] !== 1) continue;
    const s = partition[v];
    const a = nodeWeight[v];
    if (external[v] < scale * a * (communityTotal[s] - a)) continue;
    for (let j = offsets[v]; j < offsets[v + 1]; j++) {
      const u = targets[j];
      if (partition[u] === s) neighbours.add(refined[u], weights[j]);
    }
    let candidates = 0;
    let maxGain = 0;
    for (let i = 0; i < neighbours.size; i++) {
      const c = neighbours.list[i];
      const t = refinedTotal[c];
      const wellConnected = refinedExternal[c] >= scale * t * (communityTotal[s] - t);
      const gain = neighbours.weight[c] - scale * a * t;
      if (c === v || !wellConnected || gain < 0) continue;
      neighbours.list[candidates] = c;
      gains[candidates++] = gain;
      if (gain > maxGain) maxGain = gain;
    }
    const chosen = candidates > 0 ? pickByGain(neighbours.list, gains, candidates, maxGain, random, v) : v;
    if (chosen !== v) {
      refinedTotal[chosen] += a;
      refinedSize[chosen]++;
      refinedExternal[chosen] += external[v] - 2 * neighbours.weight[chosen];
      refinedSize[v] = 0;
      refined[v] = chosen;
    }
    clearAll(neighbours, offsets, targets, refined, v);
  }
  return refined;
}

/** w(v, S − v): the weight from each node to the rest of its own community. */
function weightToOwnCommunity(graph: CsrGraph, partition: Int32Array): Float64Array {
  const result = new Float64Array(graph.nodeCount);
  for (let v = 0; v < graph.nodeCount; v++) {
    let sum = 0;
    for (let j = graph.offsets[v]; j < graph.offsets[v + 1]; j++) {
      if (partition[graph.targets[j]] === partition[v]) sum += graph.weights[j];
    }
    result[v] = sum;
  }
  return result;
}

/**
 * Staying single has gain 0 and is always a candidate; the others weigh exp((gain − max) / θ).
 * The gains array is overwritten with those weights so each exponential is computed once.
 */
function pickByGain(list: Int32Array, gains: Float64Array, count: number, maxGain: number, random: Random, stay: number): number {
  const stayWeight = Math.exp(-maxGain / THETA);
  let sum = stayWeight;
  for (let i = 0; i < count; i++) {
    gains[i] = Math.exp((gains[i] - maxGain) / THETA);
    sum += gains[i];
  }
  let r = random() * sum - stayWeight;
  if (r < 0) return stay;
  for (let i = 0; i < count; i++) {
    r -= gains[i];
    if (r < 0) return list[i];
  }
  return list[count - 1];
}

/**
 * The candidate filter above overwrote the front of the list, so clear weights by walking the
 * node's neighbours instead of the list.
 */
function clearAll(neighbours: NeighbourWeights, offsets: Int32Array, targets: Int32Array, refined: Int32Array, v: number): void {
  neighbours.weight[v] = 0;
  for (let j = offsets[v]; j < offsets[v + 1]; j++) neighbours.weight[refined[targets[j]]] = 0;
  neighbours.size = 0;
}
