// Small graphs with known community structure, shared by the graph tests.
import { fromEdges, type CsrGraph } from './csr.ts';
import { createRandom } from './random.ts';

/** Complete graphs on consecutive node blocks, each joined to the next by one edge (a ring when `ring`). */
export function cliqueChain(cliques: number, size: number, ring: boolean): CsrGraph {
  const src: number[] = [];
  const dst: number[] = [];
  for (let c = 0; c < cliques; c++) {
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) {
        src.push(c * size + i);
        dst.push(c * size + j);
      }
    }
    if (c + 1 < cliques || (ring && cliques > 2)) {
      src.push(c * size);
      dst.push(((c + 1) % cliques) * size + 1);
    }
  }
  return fromEdges(cliques * size, src, dst);
}

/** Erdős–Rényi-like random graph with integer weights 1..5. */
export function randomGraph(nodes: number, edges: number, seed: number): CsrGraph {
  const random = createRandom(seed);
  const src = new Int32Array(edges);
  const dst = new Int32Array(edges);
  const weight = new Float64Array(edges);
  for (let e = 0; e < edges; e++) {
    src[e] = Math.floor(random() * nodes);
    dst[e] = Math.floor(random() * nodes);
    weight[e] = 1 + Math.floor(random() * 5);
  }
  return fromEdges(nodes, src, dst, weight);
}
