// The options of a discovery run beyond γ and the seed (issue #4): the missing-link parameters, the objective and the
// data snapshot date in the API body; and the worker path with its progress, by Leiden pass and level, as GET shows it.
// Both engines. The economy: two rings of six firms in Komi registered "in 2025", then a third ring and one deletion today.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { completeInn10, type LinkInput, type OrganisationInput } from '@klaster/core';
import { describeOnDatabases, getDiscoveryRun, softDeleteOrganisation, upsertLinks, upsertOrganisations, type Database } from '@klaster/db';
import type { DiscoveryResult } from '@klaster/contract';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { requireRun, resolveParams, startDiscoveryRun } from './discovery.service.ts';

const inn = (n: number) => completeInn10(`11020${String(n).padStart(4, '0')}`);
const firm = (n: number, okved: string, oktmo: string, lat: number): OrganisationInput => ({
  inn: inn(n), name: `Предприятие ${n}`, kind: 'industrial', okvedMain: okved, regionCode: '11', oktmo, lat, lon: 50.8,
  years: [{ year: 2024, headcount: 100, revenue: 1e8 }],
});
const ring = (group: OrganisationInput[]): LinkInput[] =>
  group.map((o, i) => ({ supplierInn: o.inn, buyerInn: group[(i + 1) % 6]!.inn, year: 2024, volume: 5e6, source: 'declared' }));
const metal = [0, 1, 2, 3, 4, 5].map((i) => firm(i, '25.62', '87701000', 61.67 + i * 0.01));
const food = [0, 1, 2, 3, 4, 5].map((i) => firm(10 + i, '10.11', '87725000', 63.56 + i * 0.01));
const wood = [0, 1, 2, 3, 4, 5].map((i) => firm(20 + i, '16.10', '87725000', 63.7 + i * 0.01));

/** Records every progress write to the run's row, i.e. every state GET /api/discovery/runs/:id could have shown. */
function recordingProgress(db: Database): { db: Database; writes: { progress: number; stage: string }[] } {
  const writes: { progress: number; stage: string }[] = [];
  const query: Database['query'] = (text, params) => {
    if (text.startsWith('UPDATE discovery_runs SET progress')) writes.push({ progress: Number(params![1]), stage: String(params![2]) });
    return db.query(text, params);
  };
  // Everything else goes to the database itself, whatever the interface holds.
  const recording = new Proxy(db, {
    get: (target, prop) => {
      if (prop === 'query') return query;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: recording, writes };
}

describeOnDatabases('discovery run options and progress', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  before(async () => {
    await db().transaction(async (tx) => {
      await upsertOrganisations(tx, [...metal, ...food], 'tester');
      await upsertLinks(tx, [...ring(metal), ...ring(food)], 'tester');
    });
    await db().query(`UPDATE history SET at = '2025-01-01T09:00:00Z'`);
    await db().transaction(async (tx) => {
      await upsertOrganisations(tx, wood, 'tester');
      await upsertLinks(tx, ring(wood), 'tester');
      const [gone] = await tx.query<{ id: number }>('SELECT id FROM organisations WHERE inn = $1', [metal[0]!.inn]);
      await softDeleteOrganisation(tx, Number(gone!.id), 'tester');
    });
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
  });

  async function finished(id: number): Promise<Record<string, any>> {
    for (;;) {
      const run = (await admin.inject(`/api/discovery/runs/${id}`)).json();
      if (run.status !== 'running') return run;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('the run body takes k, radiusKm, alpha, quality and dataAsOf; the snapshot is the registry of that day', async () => {
    const body = { regions: ['11'], seed: 3, k: 2, radiusKm: 15, alpha: 0.4, quality: 'cpm', resolution: 0.05, dataAsOf: '2025-06-01' };
    const res = await admin.inject({ method: 'POST', url: '/api/discovery/runs', payload: body });
    assert.equal(res.statusCode, 202, res.body);
    const run = await finished(res.json().id);
    assert.equal(run.status, 'done', run.error);
    const p = run.result.params;
    assert.deepEqual([p.k, p.radiusKm, p.alpha, p.quality, p.resolution, p.dataAsOf, p.asOf], [2, 15, 0.4, 'cpm', 0.05, '2025-06-01', '2025-06-01']);
    // Twelve firms on 2025-06-01 (the one deleted today still among them, the third ring not yet), twelve ring links.
    assert.deepEqual([run.snapshot.organisations, run.snapshot.links], [12, 12]);
    assert.deepEqual([run.percent, run.stage, run.stageLabel], [100, 'done', { ru: 'Готово', en: 'Done' }]);
    const now = await finished((await admin.inject({ method: 'POST', url: '/api/discovery/runs', payload: { regions: ['11'], seed: 3 } })).json().id);
    assert.deepEqual([now.snapshot.organisations, now.snapshot.links, now.result.params.dataAsOf], [17, 16, null]);
  });

  test('bad values are refused with the field named; the rules date may differ from the data date', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/discovery/runs', payload: { alpha: 1.5, radiusKm: 0, k: 2.5, quality: 'louvain', dataAsOf: '2025-02-30' } });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.details.map((d: { path: string }) => d.path).sort(), ['body.alpha', 'body.dataAsOf', 'body.k', 'body.quality', 'body.radiusKm']);
    assert.deepEqual(resolveParams({ dataAsOf: '2025-06-01', asOf: '2025-09-01' }).asOf, '2025-09-01');
    assert.equal(resolveParams({}).dataAsOf, null);
  });

  test('in a worker thread: Leiden reports every pass and level, the row shows them in order, the answer is the in-process one', async () => {
    const params = resolveParams({ regions: ['11'], seed: 5, asOf: '2025-06-01' });
    const seen: { fraction: number; stage: string }[] = [];
    const { db: recording, writes } = recordingProgress(db());
    const started = await startDiscoveryRun(recording, params, 'tester', null, { workerNodeThreshold: 0, onProgress: (fraction, stage) => seen.push({ fraction, stage }) });
    // GET while it runs: whatever state it catches is a consistent one. (The pause lets the worker's messages in:
    // PGlite answers through promises alone, so a loop of queries would never yield to them.)
    for (let run = await requireRun(db(), started.id); run.status === 'running'; run = await requireRun(db(), started.id)) {
      assert.ok(Number.isInteger(run.percent) && run.percent >= 0 && run.percent < 100, String(run.percent));
      assert.notEqual(run.stageLabel.ru, '');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await started.finished;
    const inWorker = (await getDiscoveryRun(db(), started.id))!;
    assert.equal(inWorker.status, 'done', inWorker.error ?? '');
    const result = inWorker.result as unknown as DiscoveryResult;
    assert.equal(result.graph.inWorker, true);

    const leiden = seen.filter((s) => s.stage.startsWith('leiden:')).map((s) => s.stage);
    assert.deepEqual(leiden.slice(0, 4), ['leiden:move:1:0', 'leiden:refine:1:0', 'leiden:aggregate:1:0', 'leiden:move:1:1']);
    assert.equal(leiden.at(-1), 'leiden:done');
    assert.ok(new Set(leiden).size >= 5, leiden.join(' '));
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i]!.fraction >= seen[i - 1]!.fraction, `${seen[i - 1]!.stage} → ${seen[i]!.stage}`);
    assert.ok(seen.filter((s) => s.stage.startsWith('leiden:')).every((s) => s.fraction >= 0.3 && s.fraction <= 0.8));
    // Every Leiden step reached the row (each has its own stage), in the order reported.
    assert.deepEqual(writes.map((w) => w.stage).filter((s) => s.startsWith('leiden:')), leiden);
    assert.deepEqual((await requireRun(db(), started.id)).stageLabel, { ru: 'Готово', en: 'Done' });

    const inProcess = await startDiscoveryRun(db(), params, 'tester');
    await inProcess.finished;
    const same = (await getDiscoveryRun(db(), inProcess.id))!.result as unknown as DiscoveryResult;
    assert.equal(same.graph.inWorker, false);
    assert.deepEqual(same.candidates, result.candidates);
  });
});
