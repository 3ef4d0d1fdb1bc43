import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCooperationGraph } from './cooperation-graph.ts';

test('sums both directions, log-scales volumes, adds inferred edges, skips what is out of scope', () => {
  const organisations = ['a', 'b', 'c'].map((id) => ({ id, okved: '25.62', region: '77' }));
  const result = buildCooperationGraph({
    organisations,
    links: [
      { supplier: 'a', buyer: 'b', volume: 100_000 },
      { supplier: 'b', buyer: 'a', volume: 100_000 },
      { supplier: 'a', buyer: 'x', volume: 5e6 }, // x is out of scope
      { supplier: 'b', buyer: 'c', volume: 0 }, // no volume
    ],
    addedLinks: [{ source: 'b', target: 'c', weight: 0.2, distanceKm: 3, relatedness: 1 }],
  });
  assert.deepEqual(result.ids, ['a', 'b', 'c']);
  assert.equal(result.declaredPairs, 1);
  assert.equal(result.addedEdges, 1);
  const { offsets, targets, weights } = result.graph;
  assert.deepEqual([...offsets], [0, 1, 3, 4]);
  assert.deepEqual([...targets], [1, 0, 2, 1]);
  // a–b: ln(1 + 200 000 / 100 000) = ln 3.
  assert.deepEqual([...weights], [Math.log(3), Math.log(3), 0.2, 0.2]);
});
