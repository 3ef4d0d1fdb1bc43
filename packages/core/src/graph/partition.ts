import type { CsrGraph } from './csr.ts';

export type Membership = Int32Array | number[];

/** Relabels communities to 0..k-1 in order of first appearance, in place; returns k. */
export function renumber(membership: Int32Array): number {
  const map = new Int32Array(maxLabel(membership) + 1).fill(-1);
  let count = 0;
  for (let i = 0; i < membership.length; i++) {
    const c = membership[i];
    if (map[c] < 0) map[c] = count++;
    membership[i] = map[c];
  }
  return count;
}

function maxLabel(membership: Membership): number {
  let max = -1;
  for (let i = 0; i < membership.length; i++) if (membership[i] > max) max = membership[i];
  return max;
}

/** Number of distinct labels, assuming labels are 0..k-1 with no gaps. */
export function communityCount(membership: Membership): number {
  return maxLabel(membership) + 1;
}

/**
 * Splits every community into its connected components (BFS inside the community), in place.
 * Returns the new number of communities. Splitting a disconnected community never lowers
 * modularity or CPM, so this is a safe final guarantee.
 */
export function splitDisconnected(graph: CsrGraph, membership: Int32Array): number {
  const n = graph.nodeCount;
  const result = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let count = 0;
  for (let start = 0; start < n; start++) {
    if (result[start] >= 0) continue;
    const label = membership[start];
    let top = 0;
    stack[top++] = start;
    result[start] = count;
    while (top > 0) {
      const v = stack[--top];
      for (let j = graph.offsets[v]; j < graph.offsets[v + 1]; j++) {
        const u = graph.targets[j];
        if (result[u] < 0 && membership[u] === label) {
          result[u] = count;
          stack[top++] = u;
        }
      }
    }
    count++;
  }
  membership.set(result);
  return count;
}

/** True when every community induces a connected subgraph. */
export function allCommunitiesConnected(graph: CsrGraph, membership: Membership): boolean {
  const copy = Int32Array.from(membership);
  const before = new Set(copy).size;
  return splitDisconnected(graph, copy) === before;
}
