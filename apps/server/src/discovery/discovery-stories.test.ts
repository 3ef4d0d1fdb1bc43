// The discovery stories of the demo data (PRODUCT.md stories 1–3), on the seeded demo set in an in-memory database.
// Ground truth is the generator's plantedGroups; the runs go through the stored-run service as the API and CLI do.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getDiscoveryRun, openDatabase, type Database } from '@klaster/db';
import { generateDemoData } from '@klaster/data';
import type { DiscoveryCandidate, DiscoveryResult } from '@klaster/contract';
import { loadDemoData } from '../services/demo.service.ts';
import { repeatDiscoveryRun, resolveParams, startDiscoveryRun } from './discovery.service.ts';
import { compareRuns } from './compare-runs.ts';
import { growthOf, locationQuotientsOf } from './specialisation.service.ts';

const demo = generateDemoData();
const AS_OF = '2025-06-01';

function jaccard(members: string[], truth: string[]): number {
  const a = new Set(members);
  const common = truth.filter((x) => a.has(x)).length;
  return common / (a.size + truth.length - common);
}

function bestMatch(candidates: DiscoveryCandidate[], truth: string[]): { candidate: DiscoveryCandidate; jaccard: number } {
  const scored = candidates.map((candidate) => ({ candidate, jaccard: jaccard(candidate.members.map((m) => m.inn), truth) }));
  return scored.sort((a, b) => b.jaccard - a.jaccard)[0]!;
}

describe('discovery on the demo data', () => {
  let db: Database;
  const results = new Map<string, { id: number; result: DiscoveryResult }>();

  async function run(region: string): Promise<{ id: number; result: DiscoveryResult }> {
    const { id, finished } = await startDiscoveryRun(db, resolveParams({ regions: [region], asOf: AS_OF }), 'tester');
    await finished;
    const stored = await getDiscoveryRun(db, id);
    assert.equal(stored?.status, 'done', stored?.error ?? '');
    return { id, result: stored!.result as unknown as DiscoveryResult };
  }

  before(async () => {
    db = await openDatabase({});
    await loadDemoData(db);
    for (const region of ['54', '30', '22']) results.set(region, await run(region));
  });
  after(() => db.close());

  test('Novosibirsk: each of the five planted groups is a candidate (Jaccard ≥ 0.6)', () => {
    const { result } = results.get('54')!;
    const groups = demo.plantedGroups.filter((g) => g.region === '54');
    assert.equal(groups.length, 5);
    const matchedRanks = new Set<number>();
    for (const group of groups) {
      const best = bestMatch(result.candidates, group.inns);
      assert.ok(best.jaccard >= 0.6, `${group.key}: best Jaccard ${best.jaccard.toFixed(2)}`);
      matchedRanks.add(best.candidate.rank);
    }
    assert.equal(matchedRanks.size, 5, 'five different candidates');
    assert.equal(result.params.resolution, 0.8);
    assert.equal(result.snapshot.organisations, demo.organisations.filter((o) => o.regionCode === '54').length);
  });

  test('Astrakhan: the shipbuilding group is found, with its gaps and those of the registered candidate cluster', () => {
    const { result } = results.get('30')!;
    const group = demo.plantedGroups.find((g) => g.key === 'astrakhan-shipbuilding')!;
    const best = bestMatch(result.candidates, group.inns);
    assert.ok(best.jaccard >= 0.6, `best Jaccard ${best.jaccard.toFixed(2)}`);
    const candidate = best.candidate;
    assert.equal(candidate.dominantIndustries[0]!.industry, '30.1');
    assert.equal(candidate.overlap?.code, 'astrakhan-shipbuilding');
    const gaps = new Map(candidate.check.gaps.map((g) => [g.requirement, g]));
    assert.equal(gaps.get('specialized-organization')?.status, 'fail');
    assert.equal(gaps.get('specialized-organization')?.found, 0);
    assert.equal(gaps.get('development-programme')?.status, 'fail');
    assert.equal(candidate.check.compliant, false);
    // The registered candidate has nine industrial participants of the ten required; the de facto group holds more.
    const registered = candidate.overlapCheck!;
    assert.equal(registered.participantsInScope, 9);
    const industrial = registered.gaps.find((g) => g.requirement === 'industrial-participants');
    assert.deepEqual([industrial?.status, industrial?.found, industrial?.required], ['fail', 9, 10]);
    assert.ok(registered.gaps.some((g) => g.requirement === 'specialized-organization'));
    assert.equal(registered.industrialToAdd.length, candidate.industrialCount - 9);
    assert.ok(registered.industrialToAdd.length >= 1);
  });

  test('Biysk: an inter-municipal candidate overlapping the biopharmaceutical cluster', () => {
    const { result } = results.get('22')!;
    const group = demo.plantedGroups.find((g) => g.key === 'biysk-biopharma')!;
    const best = bestMatch(result.candidates, group.inns);
    assert.ok(best.jaccard >= 0.6, `best Jaccard ${best.jaccard.toFixed(2)}`);
    assert.equal(best.candidate.territory, 'inter-municipal');
    assert.ok(best.candidate.municipalities.length >= 2);
    assert.deepEqual(best.candidate.regions, ['22']);
    assert.equal(best.candidate.overlap?.code, 'altai-biopharma');
  });

  test('a repeated run on unchanged data gives the identical result; the comparison matches every candidate', async () => {
    const first = results.get('54')!;
    const { id, finished } = await repeatDiscoveryRun(db, first.id, 'tester');
    await finished;
    const repeated = await getDiscoveryRun(db, id);
    assert.equal(repeated?.repeatOf, first.id);
    const result = repeated!.result as unknown as DiscoveryResult;
    assert.deepEqual(result, first.result);
    const comparison = compareRuns(first.id, first.result, id, result);
    assert.equal(comparison.sameData, true);
    assert.equal(comparison.sameParams, true);
    assert.equal(comparison.matched.length, first.result.candidates.length);
    assert.ok(comparison.matched.every((m) => m.jaccard === 1 && m.added.length === 0 && m.removed.length === 0));
    assert.deepEqual([comparison.lost, comparison.new], [[], []]);
  });

  test('runs of different regions share no candidate: all lost, all new', () => {
    const nsk = results.get('54')!;
    const biysk = results.get('22')!;
    const comparison = compareRuns(nsk.id, nsk.result, biysk.id, biysk.result);
    assert.equal(comparison.sameData, false);
    assert.equal(comparison.matched.length, 0);
    assert.deepEqual(comparison.lost, nsk.result.candidates.map((c) => c.rank));
    assert.deepEqual(comparison.new, biysk.result.candidates.map((c) => c.rank));
  });

  test('growth opportunities of Novosibirsk name related industries and local partners', async () => {
    const growth = await growthOf(db, '54');
    assert.equal(growth.reference, 'all-loaded-data');
    assert.ok(growth.opportunities.length > 0);
    for (const o of growth.opportunities) {
      assert.ok(o.lq < 1 && o.density > 0 && o.density <= 1);
      assert.ok(o.relatedStrengths.length > 0);
      for (const p of o.partners) assert.equal(demo.organisations.find((x) => x.inn === p.inn)?.regionCode, '54');
    }
  });

  test('location quotients by municipality stay within the asked region', async () => {
    const lq = await locationQuotientsOf(db, { region: '30', level: 'group', measure: 'revenue', territory: 'municipality' });
    assert.equal(lq.reference, 'all-loaded-data');
    assert.ok(lq.quotients.length > 0);
    const astrakhanOktmo = new Set(demo.organisations.filter((o) => o.regionCode === '30').map((o) => o.oktmo));
    assert.ok(lq.quotients.every((q) => astrakhanOktmo.has(q.territory)));
  });
});
