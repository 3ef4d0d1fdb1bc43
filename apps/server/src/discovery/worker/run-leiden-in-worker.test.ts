import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges, leiden, type CsrGraph } from '@klaster/core/graph/index.ts';
import { runLeidenInWorker } from './run-leiden-in-worker.ts';

/** Three 4-cliques in a chain: 0-3, 4-7, 8-11. */
function threeCliques(): CsrGraph {
  const src: number[] = [];
  const dst: number[] = [];
  for (let c = 0; c < 3; c++) {
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) src.push(c * 4 + i), dst.push(c * 4 + j);
  }
  src.push(3, 7);
  dst.push(4, 8);
  return fromEdges(12, src, dst);
}

test('runs Leiden in a worker thread with progress, same answer as in-process', async () => {
  const expected = leiden(threeCliques(), { seed: 5 });
  const graph = threeCliques();
  const progress: number[] = [];
  const result = await runLeidenInWorker(graph, { seed: 5 }, (fraction) => progress.push(fraction));
  assert.ok(result.membership instanceof Int32Array);
  assert.deepEqual([...result.membership], [0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  assert.deepEqual([...result.membership], [...expected.membership]);
  assert.equal(result.quality, expected.quality);
  assert.equal(progress.at(-1), 1);
  // The graph was transferred, so its buffers are detached here.
  assert.equal(graph.targets.length, 0);
});

test('keeps the graph when asked to copy, and reports worker errors', async () => {
  const graph = threeCliques();
  await runLeidenInWorker(graph, { seed: 1 }, undefined, { transferGraph: false });
  assert.equal(graph.targets.length, 40); // (3·6 + 2) edges, both directions
  const broken: CsrGraph = { ...threeCliques(), offsets: new Int32Array(2) };
  await assert.rejects(runLeidenInWorker(broken, { seed: 1 }), /Leiden worker/);
});
