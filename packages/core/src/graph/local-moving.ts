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

/** Community totals and the stack of unused labels, for one local-moving run. */
class Communities {
  readonly total: Float64Array;
  readonly size: Int32Array;
  private readonly empty: Int32Array;
  private emptyCount = 0;

  constructor(membership: Int32Array, nodeWeight: Float64Array) {
    const n = membership.length;
    this.total = new Float64Array(n);
    this.size = new Int32Array(n);
    this.empty = new Int32Array(n);
    for (let v = 0; v < n; v++) {
      this.total[membership[v]] += nodeWeight[v];
      this.size[membership[v]]++;
    }
    for (let c = n - 1; c >= 0; c--) if (this.size[c] === 0) this.empty[this.emptyCount++] = c;
  }

  remove(c: number, a: number): void {
    this.total[c] -= a;
    this.size[c]--;
  }

  /** Adds a node to c; when c is the next unused label, takes it off the stack. */
  add(c: number, a: number): void {
    if (this.size[c] === 0 && this.emptyCount > 0 && this.empty[this.emptyCount - 1] === c) this.emptyCount--;
    this.total[c] += a;
    this.size[c]++;
  }

  /** An unused label; there is always one while the moving node belongs to no community. */
  peekEmpty(): number {
    return this.empty[this.emptyCount - 1];
  }

  /** Records that c lost its last node. */
  release(c: number): void {
    if (this.size[c] === 0) this.empty[this.emptyCount++] = c;
  }
}

/** A circular queue of nodes with membership flags, starting with every node in random order. */
class NodeQueue {
  private readonly items: Int32Array;
  private readonly queued: Uint8Array;
  private head = 0;
  pending: number;

  constructor(n: number, random: Random) {
    this.items = randomPermutation(n, random);
    this.queued = new Uint8Array(n).fill(1);
    this.pending = n;
  }

  pop(): number {
    const v = this.items[this.head];
    this.head = this.head + 1 === this.items.length ? 0 : this.head + 1;
    this.pending--;
    this.queued[v] = 0;
    return v;
  }

  push(v: number): void {
    if (this.queued[v] === 1) return;
    this.queued[v] = 1;
    const n = this.items.length;
    const tail = this.head + this.pending < n ? this.head + this.pending : this.head + this.pending - n;
    this.items[tail] = v;
    this.pending++;
  }
}

/**
 * Leiden's fast local moving: visit nodes from a queue (random initial order), move each to the
 * community with the best gain (or to an empty one), and re-queue its neighbours outside the new
 * community. Only nodes whose surroundings changed are revisited, which is what makes it fast.
 * `membership` is updated in place; labels stay within 0..n-1. Returns true if any node moved.
 */
export function moveNodesFast(graph: CsrGraph, terms: QualityTerms, membership: Int32Array, random: Random): boolean {
  const communities = new Communities(membership, terms.nodeWeight);
  const queue = new NodeQueue(graph.nodeCount, random);
  const neighbours = new NeighbourWeights(graph.nodeCount);
  const { offsets, targets, weights } = graph;
  let moved = false;
  while (queue.pending > 0) {
    const v = queue.pop();
    const current = membership[v];
    const a = terms.nodeWeight[v];
    for (let j = offsets[v]; j < offsets[v + 1]; j++) neighbours.add(membership[targets[j]], weights[j]);
    communities.remove(current, a);
    const best = bestCommunity(neighbours, communities, current, a * terms.scale);
    neighbours.clear();
    communities.add(best, a);
    membership[v] = best;
    if (best === current) continue;
    moved = true;
    communities.release(current);
    for (let j = offsets[v]; j < offsets[v + 1]; j++) if (membership[targets[j]] !== best) queue.push(targets[j]);
  }
  return moved;
}

/**
 * The neighbouring community with the largest gain w(v,C) − scale·a_v·A_C, ties kept in the
 * current one; an empty community (gain 0) when every gain is negative.
 */
function bestCommunity(neighbours: NeighbourWeights, communities: Communities, current: number, scaledWeight: number): number {
  const { weight, list } = neighbours;
  const total = communities.total;
  let best = current;
  let bestGain = weight[current] - scaledWeight * total[current];
  for (let i = 0; i < neighbours.size; i++) {
    const c = list[i];
    const gain = weight[c] - scaledWeight * total[c];
    if (gain > bestGain) {
      bestGain = gain;
      best = c;
    }
  }
  return bestGain < 0 && communities.size[current] > 0 ? communities.peekEmpty() : best;
}
