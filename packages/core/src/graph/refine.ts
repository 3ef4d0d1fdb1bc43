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
  const refinement = new Refinement(graph, terms, partition, random);
  const order = randomPermutation(graph.nodeCount, random);
  for (let k = 0; k < order.length; k++) refinement.tryMerge(order[k]);
  return refinement.refined;
}

/** State of one refinement: refined labels and, per refined community, its weight, size and w(C, S − C). */
class Refinement {
  readonly refined: Int32Array;
  private readonly communityTotal: Float64Array;
  private readonly external: Float64Array;
  private readonly refinedTotal: Float64Array;
  private readonly refinedExternal: Float64Array;
  private readonly refinedSize: Int32Array;
  private readonly neighbours: NeighbourWeights;
  private readonly gains: Float64Array;

  constructor(
    private readonly graph: CsrGraph,
    private readonly terms: QualityTerms,
    private readonly partition: Int32Array,
    private readonly random: Random,
  ) {
    const n = graph.nodeCount;
    this.communityTotal = new Float64Array(n);
    for (let v = 0; v < n; v++) this.communityTotal[partition[v]] += terms.nodeWeight[v];
    this.external = weightToOwnCommunity(graph, partition);
    this.refined = new Int32Array(n);
    for (let v = 0; v < n; v++) this.refined[v] = v;
    this.refinedTotal = Float64Array.from(terms.nodeWeight);
    this.refinedExternal = Float64Array.from(this.external);
    this.refinedSize = new Int32Array(n).fill(1);
    this.neighbours = new NeighbourWeights(n);
    this.gains = new Float64Array(n);
  }

  /** Merges v if it is still single and well connected to its community S. */
  tryMerge(v: number): void {
    if (this.refined[v] !== v || this.refinedSize[v] !== 1) return;
    const s = this.partition[v];
    const a = this.terms.nodeWeight[v];
    if (this.external[v] < this.terms.scale * a * (this.communityTotal[s] - a)) return;
    const { offsets, targets, weights } = this.graph;
    for (let j = offsets[v]; j < offsets[v + 1]; j++) {
      const u = targets[j];
      if (this.partition[u] === s) this.neighbours.add(this.refined[u], weights[j]);
    }
    const chosen = this.choose(v, s, a);
    if (chosen !== v) {
      this.refinedTotal[chosen] += a;
      this.refinedSize[chosen]++;
      this.refinedExternal[chosen] += this.external[v] - 2 * this.neighbours.weight[chosen];
      this.refinedSize[v] = 0;
      this.refined[v] = chosen;
    }
    clearAll(this.neighbours, offsets, targets, this.refined, v);
  }

  /** Well-connected refined neighbours with a non-negative gain, one picked at random (v if none). */
  private choose(v: number, s: number, a: number): number {
    const { neighbours, gains, refinedTotal, refinedExternal } = this;
    const scale = this.terms.scale;
    const sTotal = this.communityTotal[s];
    let candidates = 0;
    let maxGain = 0;
    for (let i = 0; i < neighbours.size; i++) {
      const c = neighbours.list[i];
      const t = refinedTotal[c];
      const gain = neighbours.weight[c] - scale * a * t;
      if (c === v || gain < 0 || refinedExternal[c] < scale * t * (sTotal - t)) continue;
      neighbours.list[candidates] = c;
      gains[candidates++] = gain;
      if (gain > maxGain) maxGain = gain;
    }
    return candidates > 0 ? pickByGain(neighbours.list, gains, candidates, maxGain, this.random, v) : v;
  }
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
