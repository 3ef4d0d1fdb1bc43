import type { CsrGraph } from './csr.ts';
import type { Random } from './random.ts';
import { randomPermutation } from './random.ts';

/**
 * The quality being optimised, in one form for both functions: moving node v (weight a_v) into
 * community C gains w(v, C) − scale · a_v · A_C, where A_C is the summed node weight of C.
 * Modularity: a = strength, scale = γ / 2m. CPM: a = node size, scale = γ.
 */
export interface QualityTerms {
  nodeWeight: Float64Array;
  scale: number;
}

/** Reusable buffers that gather the weight from one node to each neighbouring community. */
export class NeighbourWeights {
  readonly weight: Float64Array;
  readonly list: Int32Array;
  size = 0;
  constructor(n: number) {
    this.weight = new Float64Array(n);
    this.list = new Int32Array(n);
  }
  add(community: number, w: number): void {
    if (this.weight[community] === 0) this.list[this.size++] = community;
    this.weight[community] += w;
  }
  clear(): void {
    for (let i = 0; i < this.size; i++) this.weight[this.list[i]] = 0;
    this.size = 0;
  }
}

/**
 * Leiden's fast local moving: visit nodes from a queue (random initial order), move each to the
 * community with the best gain (or to an empty one), and re-queue its neighbours outside the new
 * community. Only nodes whose surroundings changed are revisited, which is what makes it fast.
 * `membership` is updated in place; labels stay within 0..n-1. Returns true if any node moved.
 */
export function moveNodesFast(graph: CsrGraph, terms: QualityTerms, membership: Int32Array, random: Random): boolean {
  const n = graph.nodeCount;
  const { nodeWeight, scale } = terms;
  const total = new Float64Array(n);
  const size = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    total[membership[v]] += nodeWeight[v];
    size[membership[v]]++;
  }
  const empty = new Int32Array(n);
  let emptyCount = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) empty[emptyCount++] = c;

  const queue = randomPermutation(n, random);
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let pending = n;
  // Scatter buffers kept in locals rather than a NeighbourWeights object: this loop is the hot spot.
  const neighbourWeight = new Float64Array(n);
  const neighbourList = new Int32Array(n);
  const { offsets, targets, weights } = graph;
  let moved = false;

  while (pending > 0) {
    const v = queue[head];
    head = head + 1 === n ? 0 : head + 1;
    pending--;
    queued[v] = 0;
    const current = membership[v];
    const a = nodeWeight[v];
    let listed = 0;
    const rowEnd = offsets[v + 1];
    for (let j = offsets[v]; j < rowEnd; j++) {
      const c = membership[targets[j]];
      if (neighbourWeight[c] === 0) neighbourList[listed++] = c;
      neighbourWeight[c] += weights[j];
    }
    total[current] -= a;
    size[current]--;

    let best = current;
    let bestGain = neighbourWeight[current] - scale * a * total[current];
    for (let i = 0; i < listed; i++) {
      const c = neighbourList[i];
      const gain = neighbourWeight[c] - scale * a * total[c];
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
      neighbourWeight[c] = 0;
    }
    neighbourWeight[current] = 0;
    if (bestGain < 0 && size[current] > 0) best = empty[--emptyCount];

    total[best] += a;
    size[best]++;
    membership[v] = best;
    if (best === current) continue;
    moved = true;
    if (size[current] === 0) empty[emptyCount++] = current;
    for (let j = offsets[v]; j < offsets[v + 1]; j++) {
      const u = targets[j];
      if (queued[u] === 0 && membership[u] !== best) {
        queued[u] = 1;
        const tail = head + pending < n ? head + pending : head + pending - n;
        queue[tail] = u;
        pending++;
      }
    }
  }
  return moved;
}
