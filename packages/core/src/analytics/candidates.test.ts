import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidatesFromCommunities } from './candidates.ts';
import type { AnalyticsOrganisation } from './types.ts';

const org = (id: string, okved: string, region: string, oktmo: string, headcount: number, sme: boolean, industrial: boolean): AnalyticsOrganisation =>
  ({ id, okved, region, oktmo, headcount, revenue: headcount * 1e6, sme, industrial });

const organisations = [
  org('o1', '25.62', '77', '45000000', 500, false, true),
  org('o2', '25.62', '77', '45000000', 100, true, true),
  org('o3', '28.41', '50', '46000000', 50, true, true),
  org('o4', '28.41', '50', '46000000', 30, true, false),
  org('o5', '72.19', '50', '46000000', 20, true, false),
  org('o6', '10.11', '77', '45000000', 300, false, true),
  org('o7', '10.11', '77', '45000000', 100, false, true),
];
const links = [
  { supplier: 'o1', buyer: 'o2', volume: 100 },
  { supplier: 'o2', buyer: 'o3', volume: 50 },
  { supplier: 'o3', buyer: 'o1', volume: 50 },
  { supplier: 'o1', buyer: 'o6', volume: 100 },
  { supplier: 'o6', buyer: 'o7', volume: 10 },
];
const registeredClusters = [
  { code: 'K2', name: 'Второй', members: ['o3'] },
  { code: 'K1', name: 'Первый', members: ['o1', 'o2', 'o9'] },
];

test('profiles and scores a community, filtering out the small one', () => {
  const { filters, candidates } = candidatesFromCommunities({ organisations, membership: [0, 0, 0, 0, 0, 1, 1], links, registeredClusters });
  assert.deepEqual(filters, { minOrganisations: 5, minIndustrial: 3 });
  assert.equal(candidates.length, 1);
  const c = candidates[0];
  assert.deepEqual(c.members, ['o1', 'o2', 'o3', 'o4', 'o5']);
  assert.equal(c.industrialCount, 3);
  // Members sell 300 in all (o1: 200, o2: 50, o3: 50), 200 of it to each other.
  assert.equal(c.internalCooperationShare, 2 / 3);
  assert.equal(c.smeShare, 0.8);
  assert.deepEqual([c.regions, c.municipalities, c.territory], [['50', '77'], ['45000000', '46000000'], 'inter-regional']);
  assert.deepEqual(c.anchors.bySize.map((a) => a.id), ['o1', 'o2', 'o3']);
  assert.deepEqual(c.anchors.byCentrality.map((a) => [a.id, a.weightedDegree]), [['o1', 250], ['o2', 150], ['o3', 100]]);
  // Headcount 600 / 80 / 20 of 700 in the community, 600 / 80 / 20 of 1100 overall: LQ = 1100/700 each.
  assert.deepEqual(c.dominantIndustries.map((d) => [d.industry, d.organisations, d.headcount]), [['25.62', 2, 600], ['28.41', 2, 80], ['72.19', 1, 20]]);
  assert.ok(Math.abs(c.dominantIndustries[0].lq - 1100 / 700) < 1e-12);
  assert.deepEqual(c.overlap, { code: 'K1', name: 'Первый', jaccard: 1 / 3 });
  // 100 × (0.4·2/3 + 0.2·5/50 + 0.2·3/5 + 0.2·(1100/700)/3) = 51.14… → 51.1
  assert.equal(c.score, 51.1);
});

test('filters are parameters', () => {
  const { candidates } = candidatesFromCommunities({ organisations, membership: [0, 0, 0, 0, 0, 1, 1], links, filters: { minOrganisations: 2, minIndustrial: 2 } });
  // Community 1 (o6, o7): all its sales stay inside (cooperation 1), both industrial, 10.11 has
  // LQ (400/400)/(400/1100) = 2.75: 100 × (0.4 + 0.2·2/50 + 0.2 + 0.2·2.75/3) = 79.13 → 79.1, first.
  assert.deepEqual(candidates.map((c) => [c.community, c.territory, c.overlap, c.score]), [[1, 'local', null, 79.1], [0, 'inter-regional', null, 51.1]]);
});
