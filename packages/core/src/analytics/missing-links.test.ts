import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingLinks } from './missing-links.ts';
import { hierarchySimilarity } from './relatedness.ts';
import type { AnalyticsOrganisation } from './types.ts';

const at = (id: string, okved: string, lat: number, lon: number): AnalyticsOrganisation => ({ id, okved, region: '77', lat, lon });
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

// a, b (0.1° north), c (0.25° north) in 25.62; d beside a but in agriculture (unrelated).
const orgs = [at('a', '25.62', 55, 37), at('b', '25.62', 55.1, 37), at('c', '25.62', 55.25, 37), at('d', '01.11', 55, 37.001), at('e', '25.62', 10, 10)];

test('k nearest related neighbours within R, weight = relatedness × linear decay × α', () => {
  const result = missingLinks({ organisations: orgs, relatedness: hierarchySimilarity, parameters: { k: 1, radiusKm: 30, alpha: 0.5 } });
  assert.deepEqual(result.parameters, { k: 1, radiusKm: 30, alpha: 0.5, minRelatedness: 0.5 });
  // a → b, b → a (same pair), c → b; d is unrelated to all, e is far away.
  assert.deepEqual(result.links.map((l) => `${l.source}|${l.target}`), ['a|b', 'b|c']);
  const ab = result.links[0];
  assert.ok(Math.abs(ab.distanceKm - 0.1 * KM_PER_DEGREE) < 1e-9);
  assert.ok(Math.abs(ab.weight - 1 * (1 - ab.distanceKm / 30) * 0.5) < 1e-12);
  assert.equal(ab.relatedness, 1);
});

test('declared links are not duplicated: the next neighbour is taken instead', () => {
  const result = missingLinks({ organisations: orgs.slice(0, 3), relatedness: hierarchySimilarity, existing: new Set(['b|a', 'b|c']), parameters: { k: 1 } });
  // a's next related neighbour within 30 km is c (27.8 km).
  assert.deepEqual(result.links.map((l) => `${l.source}|${l.target}`), ['a|c']);
});

test('neighbours across the antimeridian are found', () => {
  const result = missingLinks({ organisations: [at('east', '25.62', 65, 179.95), at('west', '25.62', 65, -179.95)], relatedness: hierarchySimilarity });
  assert.equal(result.links.length, 1);
  assert.ok(Math.abs(result.links[0].distanceKm - 4.7) < 0.05); // 0.1° of longitude at 65° N
});
