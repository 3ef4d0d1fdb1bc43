import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, getCluster } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';

type Entry = { entity: string; entityId: number; action: string; actor: string; changedFields: string[] };

/**
 * The history of joint projects and applications through /api/history: whoever may read the object reads its
 * history, anyone else gets 404 as for the object itself. Astrakhan's cluster is not published (a candidate on
 * its way to the registry), so only its region, its specialised organisation and the ministry see its papers.
 */
describeOnDatabases('history of projects and applications', (db) => {
  let app: FastifyInstance;
  let astrakhanOperator: SignedInClient;
  let kalugaOperator: SignedInClient;
  let astrakhanOrg: SignedInClient;
  let admin: SignedInClient;
  let projectId = 0;
  let applicationId = 0;
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    const astrakhan = (await getCluster(db(), 'astrakhan-shipbuilding'))!.id;
    astrakhanOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['30'], login: 'astrakhan-op' });
    kalugaOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['40'] });
    astrakhanOrg = await signedInAs(app, db(), 'specialised_org', { clusterId: astrakhan });
    admin = await signedInAs(app, db(), 'admin');
    const inns = (await db().query<{ inn: string }>(
      `SELECT o.inn FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id WHERE cp.cluster_id = $1 AND cp.left_on IS NULL ORDER BY o.inn LIMIT 2`, [astrakhan],
    )).map((r) => r.inn);
    const body = {
      title: 'Гребные винты для речных судов', product: { okpd2: '30.11', name: 'Суда и плавучие конструкции' }, subsidyRuleset: 'pp41@2021',
      participants: [{ inn: inns[0], role: 'lead' }, { inn: inns[1], role: 'participant' }],
      stages: [{ stage: 'rnd', startsOn: '2026-02-01', endsOn: '2026-11-30' }],
      budget: [{ inn: inns[0], stage: 'rnd', costItem: 'rnd', year: 2026, amount: 20_000_000 }],
      results: [{ year: 2027, output: 60_000_000, importSubstitution: 40_000_000, jobs: 12 }],
    };
    const created = await astrakhanOperator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/projects`, payload: body });
    assert.equal(created.statusCode, 200, created.body);
    projectId = created.json().id;
    const renamed = await astrakhanOperator.inject({ method: 'PUT', url: `/api/projects/${projectId}`, payload: { ...body, title: 'Гребные винты и валопроводы' } });
    assert.equal(renamed.statusCode, 200, renamed.body);
    const application = await astrakhanOperator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/applications`, payload: { kind: 'registry_entry', draft: { contactPerson: 'Петров И. С.' } } });
    assert.equal(application.statusCode, 200, application.body);
    applicationId = application.json().id;
  });

  const history = (client: SignedInClient, entity: string, id: number) => client.inject(`/api/history?entity=${entity}&entityId=${id}`);

  test('a project\'s history: its region and its own cluster read it, with who changed what', async () => {
    for (const client of [astrakhanOperator, astrakhanOrg, admin]) {
      const res = await history(client, 'project', projectId);
      assert.equal(res.statusCode, 200, `${client.user.login}: ${res.body}`);
      const items = res.json().items as Entry[];
      assert.deepEqual(items.map((h) => [h.entity, h.entityId, h.action, h.actor]), [['project', projectId, 'update', 'astrakhan-op'], ['project', projectId, 'create', 'astrakhan-op']]);
      assert.ok(items[0]!.changedFields.includes('title'), items[0]!.changedFields.join(','));
    }
  });

  test('an operator of another region gets 404 for the project and for its history alike', async () => {
    assert.equal((await kalugaOperator.inject(`/api/projects/${projectId}`)).statusCode, 404);
    const res = await history(kalugaOperator, 'project', projectId);
    assert.equal(res.statusCode, 404, res.body);
    assert.equal(res.json().error.code, 'not_found');
    assert.equal((await history(kalugaOperator, 'project', 999_999)).statusCode, 404, 'an unknown id answers the same');
  });

  test('an application\'s history follows the application\'s own access', async () => {
    const own = await history(astrakhanOrg, 'application', applicationId);
    assert.equal(own.statusCode, 200, own.body);
    assert.deepEqual((own.json().items as Entry[]).map((h) => [h.entity, h.action]), [['application', 'create']]);
    assert.equal((await kalugaOperator.inject(`/api/applications/${applicationId}`)).statusCode, 404);
    assert.equal((await history(kalugaOperator, 'application', applicationId)).statusCode, 404);
  });

  test('a published cluster\'s project is read by anyone signed in, and so is its history', async () => {
    const pharma = (await getCluster(db(), 'kaluga-pharma'))!.id;
    const [demo] = (await app.inject(`/api/clusters/${pharma}/projects`)).json().items as { id: number }[];
    assert.equal((await astrakhanOperator.inject(`/api/projects/${demo!.id}`)).statusCode, 200);
    const res = await history(astrakhanOperator, 'project', demo!.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok((res.json().items as Entry[]).every((h) => h.entity === 'project' && h.entityId === demo!.id));
    assert.equal((await app.inject(`/api/history?entity=project&entityId=${demo!.id}`)).statusCode, 401, 'history is for the signed in');
  });
});
