import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { createApplication, describeOnDatabases, getCluster, insertApplicationVersion } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { pdfText } from './pdf-text.ts';

type Detail = { path: string; value?: unknown; message: string };
const ASTRAKHAN_NAME = 'Судостроительный кластер Астраханской области';
const REGISTRY_DOCUMENTS = [
  { code: 'statement', title: 'Заявление о включении в реестр', number: '1', date: '2026-11-20' },
  { code: 'agreement', title: 'Соглашение о создании кластера', number: '1/2026', date: '2026-11-20' },
  { code: 'development-programme', title: 'Программа развития 2027–2031' },
  { code: 'specialized-org-documents', title: 'Устав и выписка ЕГРЮЛ' },
];

describeOnDatabases('applications API: drafts, frozen versions, PDF and XLSX packages', (db) => {
  let app: FastifyInstance;
  let astrakhanOperator: SignedInClient;
  let kalugaOperator: SignedInClient;
  let astrakhan = 0;
  let pharma = 0;
  let registryId = 0;
  let firstVersion: unknown;
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    astrakhanOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['30'] });
    kalugaOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['40'] });
    astrakhan = (await getCluster(db(), 'astrakhan-shipbuilding'))!.id;
    pharma = (await getCluster(db(), 'kaluga-pharma'))!.id;
  });
  const submit = (client: SignedInClient, id: number) => client.inject({ method: 'POST', url: `/api/applications/${id}/submit` });
  const putDraft = (client: SignedInClient, id: number, draft: object) => client.inject({ method: 'PUT', url: `/api/applications/${id}/draft`, payload: draft });

  test('a registry-entry application is refused while documents are missing, then submitted as version 1 with its rules check', async () => {
    const created = await astrakhanOperator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/applications`, payload: { kind: 'registry_entry', draft: { contactPerson: 'Петров И. С.', documents: [REGISTRY_DOCUMENTS[0]] } } });
    assert.equal(created.statusCode, 200, created.body);
    registryId = created.json().id;
    const early = await submit(astrakhanOperator, registryId);
    assert.equal(early.statusCode, 400, early.body);
    assert.deepEqual((early.json().error.details as Detail[]).map((d) => [d.path, d.value]), [
      ['draft.documents', 'agreement'], ['draft.documents', 'development-programme'], ['draft.documents', 'specialized-org-documents'],
    ]);
    const wrong = await putDraft(astrakhanOperator, registryId, { documents: [{ code: 'budget', title: 'Смета' }] });
    assert.deepEqual([wrong.statusCode, wrong.json().error.details[0].path], [400, 'body.documents[0].code']);
    assert.equal((await putDraft(astrakhanOperator, registryId, { contactPerson: 'Петров И. С.', documents: REGISTRY_DOCUMENTS })).statusCode, 200);

    const res = await submit(astrakhanOperator, registryId);
    assert.equal(res.statusCode, 200, res.body);
    const v = res.json();
    assert.equal(v.version, 1);
    assert.equal(v.frozen.cluster.name, ASTRAKHAN_NAME);
    assert.equal(v.frozen.check.compliant, false);
    assert.equal(v.frozen.participants.length, 9);
    assert.deepEqual(v.frozen.documents.map((d: { provided: boolean }) => d.provided), [true, true, true, true, true, true]);
    firstVersion = v.frozen;

    const checklist = (await astrakhanOperator.inject(`/api/clusters/${astrakhan}/checklist?asOf=2026-11-23`)).json();
    const application = checklist.steps.find((s: { to: string }) => s.to === 'application');
    assert.deepEqual(application.items.filter((i: { id: string }) => i.id.startsWith('document:') || i.id === 'registry-application').map((i: { done: boolean }) => i.done), [true, true, true, true, true]);
    const again = await astrakhanOperator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/applications`, payload: { kind: 'registry_entry' } });
    assert.equal(again.statusCode, 409, 'one open registry application per cluster');
  });

  test('a submitted version stays as it was: later edits and data changes make a new version', async () => {
    const edited = await putDraft(astrakhanOperator, registryId, { contactPerson: 'Сидорова Е. В.', documents: REGISTRY_DOCUMENTS });
    assert.equal(edited.json().draftChangedSinceSubmission, true);
    const inn = (firstVersion as { participants: { inn: string }[] }).participants[0]!.inn;
    assert.equal((await astrakhanOperator.inject({ method: 'PUT', url: `/api/clusters/${astrakhan}/participants/${inn}/status`, payload: { status: 'declined' } })).statusCode, 200);

    const stored = (await astrakhanOperator.inject(`/api/applications/${registryId}/versions/1`)).json();
    assert.deepEqual(stored.frozen, firstVersion);
    const preview = (await astrakhanOperator.inject(`/api/applications/${registryId}`)).json();
    assert.equal(preview.package.draft.contactPerson, 'Сидорова Е. В.', 'the preview is assembled now');
    assert.equal(preview.package.participants.find((p: { inn: string }) => p.inn === inn).status, 'declined');

    const second = (await submit(astrakhanOperator, registryId)).json();
    assert.deepEqual([second.version, second.frozen.draft.contactPerson], [2, 'Сидорова Е. В.']);
    assert.deepEqual((await astrakhanOperator.inject(`/api/applications/${registryId}/versions/1`)).json().frozen, firstVersion);
    const app2 = (await astrakhanOperator.inject(`/api/applications/${registryId}`)).json().application;
    assert.deepEqual([app2.currentVersion, app2.status, app2.versions.length, app2.draftChangedSinceSubmission], [2, 'submitted', 2, false]);
    await assert.rejects(db().query(`UPDATE application_versions SET frozen = '{}' WHERE application_id = $1`, [registryId]), /immutable/);
    await assert.rejects(db().query(`DELETE FROM application_versions WHERE application_id = $1`, [registryId]), /immutable/);
  });

  test('the PDF package embeds a Cyrillic font and its text reads back with the cluster name', async () => {
    const res = await astrakhanOperator.inject(`/api/applications/${registryId}/package?format=pdf&version=1`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const pdf = res.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const raw = pdf.toString('latin1');
    assert.match(raw, /\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    assert.match(raw, /\/FontFile2 /);
    const text = pdfText(pdf);
    assert.ok(text.includes(ASTRAKHAN_NAME), text.slice(0, 300));
    assert.ok(text.includes('Заявка на включение кластера в реестр промышленных кластеров (ПП № 779)'));
    assert.ok(text.includes('Версия 1, подана'));
    assert.ok(text.includes('Контактное лицо Петров И. С.'), 'version 1 prints what version 1 froze');
  });

  test('the XLSX package opens with exceljs and has the expected sheets', async () => {
    const res = await astrakhanOperator.inject(`/api/applications/${registryId}/package?format=xlsx`);
    assert.equal(res.statusCode, 200, res.body);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Заявка', 'Участники', 'Соглашения', 'Проверка ПП 779', 'Документы']);
    const first = workbook.getWorksheet('Заявка')!;
    const fields = new Map<string, string>();
    first.eachRow((row) => fields.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    assert.equal(fields.get('Кластер'), ASTRAKHAN_NAME);
    assert.equal(fields.get('Контактное лицо'), 'Сидорова Е. В.', 'without a version: the latest submitted one');
    const participants = workbook.getWorksheet('Участники')!;
    // title, blank, table title, header, then one row per participant
    assert.deepEqual([participants.getRow(4).getCell(2).value, participants.getRow(5).getCell(1).value], ['ИНН', 1]);
    assert.equal(participants.rowCount, 4 + 9);
  });

  test('a subsidy application freezes the project, its budget and the calculator\'s subsidy', async () => {
    const projects = (await kalugaOperator.inject(`/api/clusters/${pharma}/projects?status=draft`)).json().items as { id: number }[];
    const projectId = projects[0]!.id;
    const noProject = await kalugaOperator.inject({ method: 'POST', url: `/api/clusters/${pharma}/applications`, payload: { kind: 'subsidy' } });
    assert.deepEqual([noProject.statusCode, noProject.json().error.details[0].path], [400, 'body.projectId']);
    const foreign = await astrakhanOperator.inject({ method: 'POST', url: `/api/clusters/${astrakhan}/applications`, payload: { kind: 'subsidy', projectId } });
    assert.deepEqual([foreign.statusCode, foreign.json().error.details[0].path], [400, 'body.projectId']);
    const documents = [{ code: 'statement', title: 'Заявление' }, { code: 'cost-documents', title: 'Договоры, акты, платёжные поручения' }, { code: 'participants-agreement', title: 'Соглашение о проекте', number: '7' }];
    const created = await kalugaOperator.inject({ method: 'POST', url: `/api/clusters/${pharma}/applications`, payload: { kind: 'subsidy', projectId, draft: { documents } } });
    assert.equal(created.statusCode, 200, created.body);
    const expected = (await kalugaOperator.inject(`/api/projects/${projectId}/subsidy`)).json().subsidy.amount;
    const v = (await submit(kalugaOperator, created.json().id)).json();
    assert.deepEqual([v.frozen.project.id, v.frozen.subsidy.subsidy.amount, v.frozen.subsidy.subsidy.ruleset], [projectId, expected, 'pp41@2021']);
    assert.equal((await kalugaOperator.inject(`/api/projects/${projectId}`)).json().status, 'submitted', 'submitting the application submits its project');
    const xlsx = await kalugaOperator.inject(`/api/applications/${created.json().id}/package?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Заявка', 'Участники', 'Соглашения', 'Проверка ПП 779', 'Документы', 'Проект', 'Смета', 'Субсидия']);
  });

  test('applications are not public and stay within the cluster\'s scope; a version that is not a package is not printed', async () => {
    assert.equal((await app.inject(`/api/applications/${registryId}`)).statusCode, 401);
    assert.equal((await kalugaOperator.inject(`/api/applications/${registryId}`)).statusCode, 404);
    const enterprise = await signedInAs(app, db(), 'enterprise', { organisationId: 1 });
    assert.equal((await enterprise.inject({ method: 'POST', url: `/api/applications/${registryId}/submit` })).statusCode, 403);
    const foreign = await db().transaction(async (tx) => {
      const a = await createApplication(tx, { clusterId: astrakhan, kind: 'subsidy', projectId: null, draft: {}, actor: 'tool' }).catch(() => null);
      return a;
    }).catch(() => null);
    assert.equal(foreign, null, 'the database refuses a subsidy application without a project');
    const bare = await db().transaction(async (tx) => {
      const a = await createApplication(tx, { clusterId: pharma, kind: 'registry_entry', projectId: null, draft: {}, actor: 'tool' });
      await insertApplicationVersion(tx, a.id, { note: 'written by another tool' }, 'tool');
      return a.id;
    });
    assert.deepEqual((await kalugaOperator.inject(`/api/applications/${bare}/versions/1`)).json().frozen, { note: 'written by another tool' });
    const printed = await kalugaOperator.inject(`/api/applications/${bare}/package?format=pdf`);
    assert.equal(printed.statusCode, 409, printed.body);
  });
});
