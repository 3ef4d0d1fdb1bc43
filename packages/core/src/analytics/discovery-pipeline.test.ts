// The whole of ANALYTICS.md §2 on a small hand-made economy: links → graph (+ inferred links) →
// Leiden → candidates. Two groups of six firms trade mostly inside their group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leiden } from '../graph/leiden.ts';
import { buildCooperationGraph } from './cooperation-graph.ts';
import { candidatesFromCommunities } from './candidates.ts';
import { missingLinks } from './missing-links.ts';
import { buildRelatedness } from './relatedness.ts';
import type { AnalyticsLink, AnalyticsOrganisation } from './types.ts';

const metal = Array.from({ length: 6 }, (_, i): AnalyticsOrganisation => ({ id: `m${i}`, okved: '25.62', region: '11', oktmo: '87701000', lat: 61.67 + i * 0.01, lon: 50.8, headcount: 100 + i, industrial: true, sme: i > 0 }));
const food = Array.from({ length: 6 }, (_, i): AnalyticsOrganisation => ({ id: `f${i}`, okved: '10.11', region: '11', oktmo: '87710000', lat: 63.56 + i * 0.01, lon: 53.7, headcount: 50 + i, industrial: true, sme: true }));
const organisations = [...metal, ...food];

/** A ring of links inside each group, plus one weak link between the groups. */
function links(): AnalyticsLink[] {
  const result: AnalyticsLink[] = [];
  for (const group of [metal, food]) {
    group.forEach((o, i) => result.push({ supplier: o.id, buyer: group[(i + 1) % 6].id, volume: 5e6 }));
  }
  result.push({ supplier: 'm0', buyer: 'f0', volume: 1e5 });
  return result;
}

test('links and inferred neighbours give two candidates, one per group', () => {
  const relatedness = buildRelatedness({ organisations, links: links() });
  const added = missingLinks({ organisations, relatedness: relatedness.get, parameters: { k: 2, radiusKm: 30, alpha: 0.3 } });
  // Every inferred edge joins firms of the same group: the groups are ~250 km apart.
  assert.ok(added.links.length > 0);
  assert.ok(added.links.every((l) => l.source[0] === l.target[0]));
  const { graph, ids } = buildCooperationGraph({ organisations, links: links(), addedLinks: added.links });
  const communities = leiden(graph, { seed: 1 });
  assert.equal(communities.communities, 2);
  const { candidates } = candidatesFromCommunities({ organisations, membership: communities.membership, links: links() });
  assert.deepEqual(candidates.map((c) => c.members.join(',')).sort(), ['f0,f1,f2,f3,f4,f5', 'm0,m1,m2,m3,m4,m5']);
  assert.deepEqual(ids, organisations.map((o) => o.id));
  // m-group sells 6·5e6 inside and 1e5 outside.
  const metalCandidate = candidates.find((c) => c.members[0] === 'm0');
  assert.equal(metalCandidate?.internalCooperationShare, 30e6 / (30e6 + 1e5));
  assert.equal(metalCandidate?.territory, 'local');
});
