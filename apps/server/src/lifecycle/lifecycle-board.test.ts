import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, getCluster } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';

const AS_OF = '2026-11-23';
type Item = {
  code: string; status: string; regionNames: string[]; overdueCount: number; lastEvent: { toStatus: string; happenedOn: string } | null;
  deadline: { dueOn: string; daysLeft: number; state: string } | null; progress: { done: number; total: number } | null;
  next: { to: string; items: number; remaining: number } | null;
};
type Board = { asOf: string; items: Item[]; total: number; page: number; pageSize: number; counts: { status: string; count: number }[] };

describeOnDatabases('life-cycle board API on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let astrakhanOperator: SignedInClient;
  let ids: Record<string, number> = {};
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    astrakhanOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['30'] });
    for (const code of ['astrakhan-shipbuilding', 'altai-biopharma', 'kaluga-pharma', 'kaluga-auto']) ids[code] = (await getCluster(db(), code))!.id;
  });
  const board = async (client: SignedInClient, query = '') => {
    const res = await client.inject(`/api/lifecycle/clusters?asOf=${AS_OF}${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as Board;
  };

  test('the Astrakhan operator sees its initiative first, with its deadline, next step and checklist progress, beside the published registry', async () => {
    const b = await board(astrakhanOperator);
    assert.deepEqual(b.items.map((i) => i.code), ['astrakhan-shipbuilding', 'kaluga-pharma'], 'its region\'s cluster and the published one; not Kaluga\'s initiative');
    const [ship, pharma] = b.items;
    assert.deepEqual([ship!.status, ship!.deadline?.dueOn, ship!.deadline?.daysLeft, ship!.deadline?.state, ship!.overdueCount], ['initiative', '2026-12-31', 38, 'open', 0]);
    assert.deepEqual(ship!.next, { to: 'agreement_signed', ru: 'Подписание соглашения участников', en: 'Participants sign the agreement', items: 10, remaining: 4, blockingRemaining: 1 });
    assert.deepEqual(ship!.progress, { done: 10, total: 25 }, 'the same figures as GET /checklist: 15 of 25 items remain');
    assert.deepEqual(ship!.regionNames, ['Астраханская область']);
    assert.deepEqual(ship!.lastEvent, { toStatus: 'initiative', happenedOn: '2026-09-17' });
    assert.deepEqual([pharma!.status, pharma!.progress, pharma!.next, pharma!.deadline], ['in_registry', null, null, null], 'no step remains for a registry cluster');
    assert.deepEqual(b.counts.filter((c) => c.count > 0), [{ status: 'initiative', count: 1 }, { status: 'in_registry', count: 1 }]);
  });

  test('overdue first, then by due date; the status filter keeps the counts of every status', async () => {
    const set = await admin.inject({ method: 'PUT', url: `/api/clusters/${ids['altai-biopharma']}/deadlines/application`, payload: { dueOn: '2027-01-20', title: 'Подать заявку' } });
    assert.equal(set.statusCode, 200, set.body);
    const later = await admin.inject('/api/lifecycle/clusters?asOf=2027-01-10');
    assert.equal(later.statusCode, 200, later.body);
    const items = (later.json() as Board).items;
    assert.deepEqual(items.slice(0, 2).map((i) => [i.code, i.deadline?.state, i.deadline?.daysLeft]), [['astrakhan-shipbuilding', 'overdue', -10], ['altai-biopharma', 'open', 10]]);
    assert.equal(items[0]!.overdueCount, 1);
    assert.ok(items.slice(2).every((i) => i.deadline === null), 'clusters without a deadline come last');

    const initiatives = await board(admin, '&status=initiative');
    assert.deepEqual(initiatives.items.map((i) => i.code).sort(), ['astrakhan-shipbuilding', 'kaluga-auto']);
    assert.equal(initiatives.total, 2);
    assert.equal(initiatives.counts.reduce((s, c) => s + c.count, 0), 6, 'counts cover every status of the visible clusters');
    const paged = await board(admin, '&pageSize=2&page=2');
    assert.deepEqual([paged.items.length, paged.total, paged.page], [2, 6, 2]);
    assert.deepEqual((await board(admin, '&q=судостро')).items.map((i) => i.code), ['astrakhan-shipbuilding']);
    assert.deepEqual((await board(admin, '&region=22')).items.map((i) => i.code).sort(), ['altai-biopharma', 'altai-polymer-composite']);
  });

  test('each role within its scope; the public is asked to sign in; wrong filters are named', async () => {
    assert.equal((await app.inject('/api/lifecycle/clusters')).statusCode, 401);
    const specialised = await signedInAs(app, db(), 'specialised_org', { clusterId: ids['altai-biopharma'] });
    assert.deepEqual((await board(specialised)).items.map((i) => i.code), ['altai-biopharma', 'kaluga-pharma']);
    const shipyardOrg = (await db().query<{ id: number }>(`SELECT organisation_id AS id FROM cluster_participants WHERE cluster_id = $1 AND role = 'anchor' ORDER BY organisation_id LIMIT 1`, [ids['astrakhan-shipbuilding']]))[0]!.id;
    const enterprise = await signedInAs(app, db(), 'enterprise', { organisationId: Number(shipyardOrg) });
    assert.deepEqual((await board(enterprise)).items.map((i) => i.code), ['astrakhan-shipbuilding', 'kaluga-pharma'], 'an enterprise sees the clusters it takes part in');
    const expert = await signedInAs(app, db(), 'expert');
    assert.deepEqual((await board(expert)).items.map((i) => i.code), ['kaluga-pharma'], 'an expert sees what the public sees');
    const wrong = await admin.inject('/api/lifecycle/clusters?status=registered');
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.match(JSON.stringify(wrong.json().error.details), /query\.status/);
  });
});
