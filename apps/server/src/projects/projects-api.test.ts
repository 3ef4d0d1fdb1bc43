import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, getCluster } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';

type Detail = { path: string; value?: unknown; message: string };

describeOnDatabases('joint projects API and national figures on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let operator: SignedInClient;
  let pharma = 0;
  let inns: string[] = [];
  let projectId = 0;
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    operator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['40'] });
    pharma = (await getCluster(db(), 'kaluga-pharma'))!.id;
    inns = (await db().query<{ inn: string }>(
      `SELECT o.inn FROM cluster_participants cp JOIN organisations o ON o.id = cp.organisation_id WHERE cp.cluster_id = $1 AND o.kind = 'industrial' ORDER BY o.inn`, [pharma],
    )).map((r) => r.inn);
  });

  /** A project of two participants: 40 mln R&D in 2026, 100 mln of equipment in 2027, 5 mln marketing (not reimbursed). */
  const body = (participants: string[]) => ({
    title: 'Лиофилизированные формы препаратов', product: { okpd2: '21.20.10', name: 'Препараты лекарственные' }, subsidyRuleset: 'pp41@2021',
    participants: participants.map((inn, i) => ({ inn, role: i === 0 ? 'lead' : 'participant' })),
    stages: [
      { stage: 'rnd', startsOn: '2026-01-15', endsOn: '2026-10-31' },
      { stage: 'equipment', startsOn: '2027-02-01', endsOn: '2027-09-30' },
      { stage: 'serial', startsOn: '2028-01-01', endsOn: '2030-12-31' },
    ],
    budget: [
      { inn: participants[0], stage: 'rnd', costItem: 'rnd', year: 2026, amount: 40_000_000 },
      { inn: participants[1] ?? participants[0], stage: 'equipment', costItem: 'equipment', year: 2027, spentOn: '2027-05-20', amount: 100_000_000 },
      { inn: participants[0], stage: 'serial', costItem: 'marketing', year: 2028, amount: 5_000_000 },
    ],
    results: [{ year: 2028, output: 300_000_000, importSubstitution: 200_000_000, jobs: 25 }],
  });

  test('national figures from the demo data: the Kaluga registry cluster and its three supported projects', async () => {
    const res = await app.inject('/api/stats/national');
    assert.equal(res.statusCode, 200, res.body);
    const s = res.json();
    // 187.5 + 81 + 61.5 mln: 30% of the eligible costs of each project (pp41@2021), which the demo grants in full
    assert.deepEqual(s.totals, {
      clustersInRegistry: 1, participantsInRegistry: 17, supportedEnterprises: 8, supportedProjects: 3, supportTotal: 330_000_000,
      supportedProjectsBudget: 1_145_000_000, expectedJobs: 328, expectedImportSubstitution: 2_294_000_000,
    });
    assert.deepEqual(s.byRegion.map((r: { code: string; name: string; supportedProjects: number }) => [r.code, r.name, r.supportedProjects]), [['40', 'Калужская область', 3]]);
    assert.deepEqual(s.byYear.map((y: { year: number; supportTotal: number }) => [y.year, y.supportTotal]), [[2022, 187_500_000], [2023, 81_000_000], [2024, 61_500_000]]);
    const astrakhan = (await app.inject('/api/stats/national?region=30')).json();
    assert.deepEqual([astrakhan.regions, astrakhan.totals.supportedProjects, astrakhan.totals.clustersInRegistry, astrakhan.byRegion], [['30'], 0, 0, []]);
  });

  test('the demo projects\' support agrees with the subsidy endpoint', async () => {
    const list = (await app.inject(`/api/clusters/${pharma}/projects?status=supported`)).json().items as { id: number; supportAmount: number }[];
    assert.equal(list.length, 3);
    for (const p of list) {
      const res = await app.inject(`/api/projects/${p.id}/subsidy?asOf=2026-11-23`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().subsidy.amount, p.supportAmount);
    }
  });

  test('the list carries each project\'s calculated subsidy, equal to its subsidy endpoint\'s, and the amount granted', async () => {
    const items = (await admin.inject('/api/projects?asOf=2026-11-23')).json().items as { id: number; isDemo: boolean; subsidyAmount: number | null; supportAmount: number | null; status: string }[];
    const demo = items.filter((p) => p.isDemo);
    const [stored] = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM joint_projects WHERE is_demo AND deleted_at IS NULL`);
    assert.equal(demo.length, stored!.n);
    assert.ok(demo.length >= 4, `demo projects: ${demo.length}`);
    for (const p of demo) {
      const res = await app.inject(`/api/projects/${p.id}/subsidy?asOf=2026-11-23`);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(p.subsidyAmount, res.json().subsidy.amount, `project ${p.id}`);
    }
    assert.ok(demo.some((p) => p.subsidyAmount! > 0 && p.supportAmount === null), 'a draft has a figure of its own, nothing granted');
    assert.ok(demo.filter((p) => p.status === 'supported').every((p) => p.supportAmount === p.subsidyAmount), 'the demo grants the calculated amount');
    const ofCluster = (await app.inject(`/api/clusters/${pharma}/projects?asOf=2026-11-23`)).json().items as { id: number; subsidyAmount: number }[];
    assert.deepEqual(ofCluster.map((p) => [p.id, p.subsidyAmount]), demo.map((p) => [p.id, p.subsidyAmount]));
  });

  test('a project naming a pp41 version this installation lacks is listed without a figure; its subsidy endpoint refuses it', async () => {
    const created = await operator.inject({ method: 'POST', url: `/api/clusters/${pharma}/projects`, payload: { ...body([inns[0]!, inns[1]!]), subsidyRuleset: 'pp41@1999' } });
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id as number;
    assert.equal((await app.inject(`/api/projects/${id}/subsidy`)).statusCode, 404);
    const listed = ((await app.inject(`/api/clusters/${pharma}/projects`)).json().items as { id: number; subsidyAmount: number | null }[]).find((p) => p.id === id);
    assert.equal(listed?.subsidyAmount, null);
    assert.equal((await operator.inject({ method: 'DELETE', url: `/api/projects/${id}` })).statusCode, 200);
  });

  test('a project with one participant is refused naming the field', async () => {
    const res = await operator.inject({ method: 'POST', url: `/api/clusters/${pharma}/projects`, payload: body([inns[0]!]) });
    assert.equal(res.statusCode, 400, res.body);
    const details = res.json().error.details as Detail[];
    assert.deepEqual(details.map((d) => d.path), ['body.participants']);
    assert.equal(details[0]!.message, 'Совместный проект — не менее 2 участников кластера; указано: 1');
    const outsider = await operator.inject({ method: 'POST', url: `/api/clusters/${pharma}/projects`, payload: { ...body([inns[0]!, inns[1]!]), budget: [{ ...body([inns[0]!, inns[1]!]).budget[0], year: 2027 }] } });
    assert.equal(outsider.statusCode, 400);
    assert.deepEqual((outsider.json().error.details as Detail[]).map((d) => [d.path, d.value]), [['body.budget[0].year', 2027]]);
  });

  test('a project is created, its subsidy computed, edited while a draft, then submitted and supported by the ministry', async () => {
    const created = await operator.inject({ method: 'POST', url: `/api/clusters/${pharma}/projects`, payload: body([inns[0]!, inns[1]!]) });
    assert.equal(created.statusCode, 200, created.body);
    const p = created.json();
    projectId = p.id;
    assert.deepEqual([p.status, p.regionCode, p.participants.length, p.budgetSummary.total, p.resultsSummary.jobs], ['draft', '40', 2, 145_000_000, 25]);

    const subsidy = (await app.inject(`/api/projects/${projectId}/subsidy?asOf=2026-11-23`)).json();
    // pp41@2021: 30% of 40 + 100 mln; marketing is not reimbursed
    assert.deepEqual([subsidy.subsidy.ruleset, subsidy.subsidy.eligibleCosts, subsidy.subsidy.amount, subsidy.shareOfBudget], ['pp41@2021', 140_000_000, 42_000_000, 0.2897]);
    assert.deepEqual(subsidy.subsidy.excluded.map((e: { index: number; reason: string }) => [e.index, e.reason]), [[2, 'cost-item-not-eligible']]);
    assert.equal(subsidy.cluster.compliant, true);

    const edited = await operator.inject({ method: 'PUT', url: `/api/projects/${projectId}`, payload: { ...body([inns[0]!, inns[1]!, inns[2]!]), title: 'Лиофилизированные формы (три участника)' } });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual([edited.json().version, edited.json().participants.length], [2, 3]);

    const submitted = await operator.inject({ method: 'POST', url: `/api/projects/${projectId}/status`, payload: { status: 'submitted' } });
    assert.equal(submitted.json().status, 'submitted');
    const locked = await operator.inject({ method: 'PUT', url: `/api/projects/${projectId}`, payload: body([inns[0]!, inns[1]!]) });
    assert.equal(locked.statusCode, 409);
    const notTheirs = await operator.inject({ method: 'POST', url: `/api/projects/${projectId}/status`, payload: { status: 'supported', supportAmount: 42_000_000 } });
    assert.equal(notTheirs.statusCode, 403);
    assert.equal(notTheirs.json().error.message, 'Решение «Поддержан» принимает только: admin');
    const noAmount = await admin.inject({ method: 'POST', url: `/api/projects/${projectId}/status`, payload: { status: 'supported' } });
    assert.deepEqual([noAmount.statusCode, noAmount.json().error.details[0].path], [400, 'body.supportAmount']);
    const supported = await admin.inject({ method: 'POST', url: `/api/projects/${projectId}/status`, payload: { status: 'supported', supportAmount: 42_000_000, decidedOn: '2026-11-23' } });
    assert.equal(supported.statusCode, 200, supported.body);

    const s = (await app.inject('/api/stats/national?region=40')).json().totals;
    assert.deepEqual([s.supportedProjects, s.supportTotal, s.supportedEnterprises], [4, 372_000_000, 8 + 3 - (await alreadySupported([inns[0]!, inns[1]!, inns[2]!]))]);
    const history = await db().query(`SELECT action FROM history WHERE entity = 'project' AND entity_id = $1 ORDER BY id`, [projectId]);
    assert.deepEqual(history.map((h) => h.action), ['create', 'update', 'update', 'update']);
  });

  /** How many of these enterprises were already in a supported demo project (the figure counts each once). */
  async function alreadySupported(list: string[]): Promise<number> {
    const [r] = await db().query<{ n: number }>(
      `SELECT count(DISTINCT o.inn)::int AS n FROM joint_project_participants pp JOIN joint_projects p ON p.id = pp.project_id
       JOIN organisations o ON o.id = pp.organisation_id WHERE p.is_demo AND p.status = 'supported' AND o.inn = ANY($1::text[])`, [list]);
    return r!.n;
  }

  test('who may see and change projects', async () => {
    assert.equal((await app.inject(`/api/projects/${projectId}`)).statusCode, 200, 'a registry cluster\'s projects are public');
    const astrakhan = (await getCluster(db(), 'astrakhan-shipbuilding'))!.id;
    assert.equal((await operator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/projects`, payload: body([inns[0]!, inns[1]!]) })).statusCode, 404);
    const enterprise = await signedInAs(app, db(), 'enterprise', { organisationId: 1 });
    assert.equal((await enterprise.inject({ method: 'POST', url: `/api/clusters/${pharma}/projects`, payload: body([inns[0]!, inns[1]!]) })).statusCode, 403);
    const publicList = (await app.inject('/api/projects?status=supported')).json().items as { clusterId: number }[];
    assert.ok(publicList.length === 4 && publicList.every((p) => p.clusterId === pharma));
  });
});
