// Stored discovery runs through the HTTP API, on both engines, over a small hand-made economy whose answer is known:
// two groups of six firms in two municipalities of Komi, each trading in a ring, one weak link between them.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { completeInn10, type LinkInput, type OrganisationInput } from '@klaster/core';
import { describeOnDatabases, getDiscoveryRun, insertDiscoveryRun, upsertLinks, upsertOrganisations } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { failInterruptedRuns, INTERRUPTED_RUN_MESSAGE } from './discovery.service.ts';

const inn = (n: number) => completeInn10(`11010${String(n).padStart(4, '0')}`);

function organisation(n: number, okved: string, oktmo: string, lat: number, headcount: number): OrganisationInput {
  return {
    inn: inn(n), name: `Предприятие ${n}`, kind: 'industrial', okvedMain: okved, regionCode: '11', oktmo, lat, lon: 50.8,
    years: [{ year: 2024, headcount, revenue: headcount * 1_000_000 }],
  };
}

/** Metal firms 0–5 in Syktyvkar (headcount 100…105), food firms 10–15 in Ukhta (50…55). */
const metal = [0, 1, 2, 3, 4, 5].map((i) => organisation(i, '25.62', '87701000', 61.67 + i * 0.01, 100 + i));
const food = [0, 1, 2, 3, 4, 5].map((i) => organisation(10 + i, '10.11', '87725000', 63.56 + i * 0.01, 50 + i));

function links(): LinkInput[] {
  const ring = (group: OrganisationInput[]) => group.map((o, i) => ({ supplierInn: o.inn, buyerInn: group[(i + 1) % 6]!.inn, year: 2024, volume: 5e6, source: 'declared' as const }));
  return [...ring(metal), ...ring(food), { supplierInn: metal[0]!.inn, buyerInn: food[0]!.inn, year: 2024, volume: 1e5, source: 'declared' }];
}

describeOnDatabases('discovery API', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  before(async () => {
    await db().transaction(async (tx) => {
      await upsertOrganisations(tx, [...metal, ...food], 'tester');
      await upsertLinks(tx, links(), 'tester');
    });
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
  });

  async function finishedRun(id: number): Promise<Record<string, any>> {
    for (;;) {
      const run = (await admin.inject(`/api/discovery/runs/${id}`)).json();
      if (run.status !== 'running') return run;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async function post(url: string, body?: object): Promise<number> {
    const res = await admin.inject({ method: 'POST', url, ...(body ? { payload: body } : {}) });
    assert.equal(res.statusCode, 202, res.body);
    return res.json().id;
  }

  let firstId = 0;

  test('a run is accepted at once, then stored done with both groups as candidates and its parameters', async () => {
    firstId = await post('/api/discovery/runs', { regions: ['11'], seed: 7, k: 2, asOf: '2025-06-01' });
    const run = await finishedRun(firstId);
    assert.equal(run.status, 'done', run.error);
    assert.equal(run.progress, 1);
    assert.deepEqual(run.snapshot && [run.snapshot.organisations, run.snapshot.links], [12, 13]);
    const result = run.result;
    assert.deepEqual([result.params.seed, result.params.k, result.params.resolution, result.params.radiusKm, result.params.alpha], [7, 2, 0.8, 30, 0.3]);
    const groups = result.candidates.map((c: { members: { inn: string }[] }) => c.members.map((m) => m.inn).join(',')).sort();
    assert.deepEqual(groups, [metal.map((o) => o.inn).sort().join(','), food.map((o) => o.inn).sort().join(',')]);
    const metalCandidate = result.candidates.find((c: { members: { inn: string }[] }) => c.members[0]!.inn === metal.map((o) => o.inn).sort()[0]);
    assert.equal(metalCandidate.internalCooperationShare, 30e6 / (30e6 + 1e5));
    assert.equal(metalCandidate.territory, 'local');
    // Six industrial enterprises of the ten required: the gap is stated in figures.
    const industrial = metalCandidate.check.gaps.find((g: { requirement: string }) => g.requirement === 'industrial-participants');
    assert.deepEqual([industrial.found, industrial.required], [6, 10]);
    assert.match(industrial.message, /добавьте ещё 4/);
  });

  test('runs are listed newest first; a repeat matches the first run candidate for candidate', async () => {
    const repeatId = await post(`/api/discovery/runs/${firstId}/repeat`);
    const repeated = await finishedRun(repeatId);
    assert.equal(repeated.repeatOf, firstId);
    const list = (await admin.inject('/api/discovery/runs')).json().items;
    assert.deepEqual(list.slice(0, 2).map((r: { id: number; candidates: number }) => [r.id, r.candidates]), [[repeatId, 2], [firstId, 2]]);
    const comparison = (await admin.inject(`/api/discovery/runs/${firstId}/compare/${repeatId}`)).json();
    assert.equal(comparison.sameData, true);
    assert.equal(comparison.sameParams, true);
    assert.deepEqual(comparison.matched.map((m: { left: number; right: number; jaccard: number }) => [m.left, m.right, m.jaccard]), [[1, 1, 1], [2, 2, 1]]);
  });

  test('a run that cannot compute is stored failed with its error; comparing with it is refused', async () => {
    const id = await post('/api/discovery/runs', { regions: ['11'], asOf: '1990-01-01' });
    const run = await finishedRun(id);
    assert.equal(run.status, 'failed');
    assert.match(run.error, /pp779 на 1990-01-01 ещё не действовал/);
    assert.equal((await admin.inject(`/api/discovery/runs/${firstId}/compare/${id}`)).statusCode, 409);
    assert.equal((await admin.inject('/api/discovery/runs/999999')).statusCode, 404);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/discovery/runs', payload: { regions: ['1'] } })).statusCode, 400);
  });

  test('runs left running by a stopped process are marked failed at start', async () => {
    const id = await insertDiscoveryRun(db(), { params: {}, seed: 1, regionCodes: [], actor: 'tester' });
    assert.ok((await failInterruptedRuns(db())) >= 1);
    const run = await getDiscoveryRun(db(), id);
    assert.deepEqual([run?.status, run?.error], ['failed', INTERRUPTED_RUN_MESSAGE]);
  });

  test('location quotients by municipality against all loaded data, with the thresholds', async () => {
    const res = await admin.inject('/api/analytics/lq?region=11&level=class&territory=municipality');
    assert.equal(res.statusCode, 200, res.body);
    const lq = res.json();
    assert.equal(lq.reference, 'all-loaded-data');
    assert.match(lq.referenceNote.ru, /все загруженные данные/);
    assert.equal(lq.thresholds.specialisationLq, 2);
    // Class 25 in Syktyvkar: all its 615 staff, against 615 of 930 overall.
    const metalLq = lq.quotients.find((q: { territory: string; industry: string }) => q.territory === '87701000' && q.industry === '25');
    assert.deepEqual([metalLq.value, metalLq.territoryTotal], [615, 615]);
    assert.equal(metalLq.lq, 930 / 615);
    assert.equal(metalLq.specialisation, 'notable');
  });
});
