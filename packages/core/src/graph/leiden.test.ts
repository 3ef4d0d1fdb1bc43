import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from './csr.ts';
import { leiden } from './leiden.ts';
import { allCommunitiesConnected } from './partition.ts';
import { modularity } from './quality.ts';
import { cliqueChain, randomGraph } from './test-graphs.ts';

/** Groups node ids by community, each group sorted, groups ordered by first member. */
function groups(membership: Int32Array): number[][] {
  const byLabel = new Map<number, number[]>();
  membership.forEach((c, v) => byLabel.set(c, [...(byLabel.get(c) ?? []), v]));
  return [...byLabel.values()].sort((a, b) => a[0] - b[0]);
}

test('two 5-cliques joined by one edge give exactly those two communities', () => {
  const result = leiden(cliqueChain(2, 5, false), { seed: 3 });
  assert.equal(result.communities, 2);
  assert.deepEqual(groups(result.membership), [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
  // m = 21, each side L = 10, K = 21: Q = 2·(10/21 − 1/4) = 20/21 − 1/2.
  assert.ok(Math.abs(result.quality - (20 / 21 - 0.5)) < 1e-12);
});

test('a ring of 10 cliques of 5 puts each clique in its own community', () => {
  const result = leiden(cliqueChain(10, 5, true), { seed: 11 });
  assert.equal(result.communities, 10);
  assert.deepEqual(groups(result.membership), Array.from({ length: 10 }, (_, c) => [0, 1, 2, 3, 4].map((i) => c * 5 + i)));
});

test('communities never span disconnected components', () => {
  // Two triangles with no edge between them, plus an isolated node 6.
  const g = fromEdges(7, [0, 0, 1, 3, 3, 4], [1, 2, 2, 4, 5, 5]);
  const result = leiden(g, { seed: 5, resolution: 0.1 });
  assert.deepEqual(groups(result.membership), [[0, 1, 2], [3, 4, 5], [6]]);
});

test('edge weights change the answer', () => {
  // The square 0–1–2–3–0: heavy edges decide which pairs belong together.
  // Heavy pairs (5), light links (1): m = 12, each pair L = 5, K = 6: Q = 10/12 − 2·(6/24)² = 1/3.
  const edges = { src: [0, 1, 2, 3], dst: [1, 2, 3, 0] };
  const first = leiden(fromEdges(4, edges.src, edges.dst, [5, 1, 5, 1]), { seed: 2 });
  assert.deepEqual(groups(first.membership), [[0, 1], [2, 3]]);
  assert.ok(Math.abs(first.quality - 1 / 3) < 1e-12);
  const second = leiden(fromEdges(4, edges.src, edges.dst, [1, 5, 1, 5]), { seed: 2 });
  assert.deepEqual(groups(second.membership), [[0, 3], [1, 2]]);
});

test('a heavy self-loop keeps a node apart', () => {
  // Triangle 0,1,2 plus node 3 tied to 2 by weight 1 and carrying a self-loop of 10.
  const g = fromEdges(4, [0, 0, 1, 2, 3], [1, 2, 2, 3, 3], [1, 1, 1, 1, 10]);
  const result = leiden(g, { seed: 1 });
  assert.deepEqual(groups(result.membership), [[0, 1, 2], [3]]);
  assert.ok(Math.abs(result.quality - modularity(g, result.membership)) < 1e-12);
});

test('the same seed gives the same membership', () => {
  const g = randomGraph(400, 1600, 9);
  const a = leiden(g, { seed: 42 });
  const b = leiden(g, { seed: 42 });
  assert.deepEqual([...a.membership], [...b.membership]);
  assert.equal(a.quality, b.quality);
});

test('every community is connected on random graphs', () => {
  for (let seed = 1; seed <= 8; seed++) {
    const g = randomGraph(300, 450 + seed * 50, seed);
    for (const quality of ['modularity', 'cpm'] as const) {
      const result = leiden(g, { seed, quality, resolution: quality === 'cpm' ? 0.05 : 1 });
      assert.ok(allCommunitiesConnected(g, result.membership), `seed ${seed}, ${quality}`);
    }
  }
});

test('CPM with a high resolution keeps only dense groups', () => {
  // Two 5-cliques joined by one edge; CPM γ = 0.5: a clique has L = 10 ≥ 0.5·10, merging both
  // adds 1 − 0.5·25 < 0, so the answer is the two cliques; H = 2·(10 − 0.5·10) = 10.
  const result = leiden(cliqueChain(2, 5, false), { quality: 'cpm', resolution: 0.5, seed: 4 });
  assert.deepEqual(groups(result.membership), [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
  assert.equal(result.quality, 10);
});

test('progress is reported, ends at 1, and never goes back', () => {
  const seen: number[] = [];
  leiden(cliqueChain(6, 4, true), { seed: 1, onProgress: (fraction) => seen.push(fraction) });
  assert.equal(seen.at(-1), 1);
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1]);
});

test('each report says its pass and level: every level of a pass moves, then refines and aggregates until it stops', () => {
  const seen: string[] = [];
  const result = leiden(cliqueChain(6, 4, true), { seed: 1, onProgress: (_f, stage, at) => seen.push(at ? `${at.pass}.${at.level}.${stage}` : stage) });
  assert.equal(seen.at(-1), 'done');
  assert.deepEqual(seen.slice(0, 4), ['1.0.move', '1.0.refine', '1.0.aggregate', '1.1.move']);
  const passes = new Set(seen.slice(0, -1).map((s) => Number(s.split('.')[0])));
  assert.deepEqual([...passes], Array.from({ length: result.iterations }, (_, i) => i + 1));
  // A level is aggregated only after it was refined, and refined only after it was moved.
  for (const [i, s] of seen.entries()) {
    const [pass, level, stage] = s.split('.');
    if (stage === 'refine') assert.equal(seen[i - 1], `${pass}.${level}.move`);
    if (stage === 'aggregate') assert.equal(seen[i - 1], `${pass}.${level}.refine`);
  }
});

test('starting from a given partition, and running until nothing moves', () => {
  const g = cliqueChain(4, 5, true);
  // Start with cliques 0+1 and 2+3 merged (labels need not be contiguous): Leiden splits them.
  const initialMembership = Int32Array.from({ length: 20 }, (_, v) => (v < 10 ? 7 : 3));
  const result = leiden(g, { seed: 1, initialMembership, tolerance: 0 });
  assert.deepEqual(groups(result.membership), [0, 1, 2, 3].map((c) => [0, 1, 2, 3, 4].map((i) => c * 5 + i)));
  assert.ok(result.iterations >= 1 && result.iterations <= 10);
});

test('rejects a graph whose offsets do not match', () => {
  const g = cliqueChain(2, 3, false);
  assert.throws(() => leiden({ ...g, offsets: g.offsets.subarray(0, 3) }), RangeError);
});

test('an empty graph and a graph without edges', () => {
  const empty = leiden(fromEdges(0, [], []));
  assert.deepEqual([empty.communities, empty.membership.length, empty.quality], [0, 0, 0]);
  const isolated = leiden(fromEdges(3, [], []));
  assert.deepEqual([...isolated.membership], [0, 1, 2]);
  assert.equal(isolated.quality, 0);
});
