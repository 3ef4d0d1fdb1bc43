import { test } from 'node:test';
import assert from 'node:assert/strict';
import { haversineKm, PointGrid } from './geo.ts';
import { createRandom } from '../graph/random.ts';

test('haversine: one degree of a meridian is πR/180 km', () => {
  assert.ok(Math.abs(haversineKm(55, 37, 56, 37) - (6371.0088 * Math.PI) / 180) < 1e-9);
  assert.equal(haversineKm(55, 37, 55, 37), 0);
});

test('the grid finds exactly the points a brute-force scan finds', () => {
  const random = createRandom(3);
  const n = 600;
  // Points over Russia's latitudes, crowded so many fall within the radius; some near ±180°.
  const lat = Float64Array.from({ length: n }, () => 42 + random() * 35);
  const lon = Float64Array.from({ length: n }, (_, i) => (i % 5 === 0 ? 179 + random() * 2 - 1 : 30 + random() * 10));
  const radius = 120;
  const grid = new PointGrid(lat, lon, radius);
  for (let i = 0; i < n; i++) {
    const found: number[] = [];
    grid.near(i, (j) => found.push(j));
    const expected: number[] = [];
    for (let j = 0; j < n; j++) if (j !== i && haversineKm(lat[i], lon[i], lat[j], lon[j]) <= radius) expected.push(j);
    assert.deepEqual(found.sort((a, b) => a - b), expected, `point ${i}`);
  }
});
