import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haversineKm, SphereIndex } from './geo.ts';
import { createRandom } from '../graph/random.ts';

test('haversine: one degree of a meridian is πR/180 km', () => {
  assert.ok(Math.abs(haversineKm(55, 37, 56, 37) - (6371.0088 * Math.PI) / 180) < 1e-9);
  assert.equal(haversineKm(55, 37, 55, 37), 0);
});

test('the sphere index returns exactly the k nearest accepted points a brute-force scan finds', () => {
  const random = createRandom(3);
  const n = 800;
  // A crowded "city", a spread-out region, and points on both sides of ±180°.
  const lat = Float64Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 55.7 + random() * 0.3 : 42 + random() * 35));
  const lon = Float64Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 37.5 + random() * 0.3 : i % 4 === 1 ? 179 + random() * 2 - 1 : 30 + random() * 20));
  lat[7] = Number.NaN; // no coordinates: never indexed, never returned
  const accept = (j: number): boolean => j % 3 !== 0;
  const index = new SphereIndex(lat, lon);
  for (const [k, radius] of [[5, 150], [1, 2000], [20, 40]]) {
    for (let i = 0; i < n; i++) {
      if (i === 7) continue;
      const expected: { index: number; d: number }[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i || j === 7 || !accept(j)) continue;
        const d = haversineKm(lat[i], lon[i], lat[j], lon[j]);
        if (d <= radius) expected.push({ index: j, d });
      }
      expected.sort((a, b) => a.d - b.d || a.index - b.index);
      const found = index.nearest(i, k, radius, accept);
      assert.deepEqual(found.map((f) => f.index), expected.slice(0, k).map((e) => e.index), `point ${i}, k ${k}, R ${radius}`);
      found.forEach((f, t) => assert.ok(Math.abs(f.distanceKm - expected[t].d) < 1e-6));
    }
  }
});
