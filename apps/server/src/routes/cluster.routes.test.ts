import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { OrganisationInput } from '@klaster/core';
import { describeOnDatabases, getCluster, upsertOrganisations } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { multipartFile } from '../testing/multipart.ts';

const ORGS: OrganisationInput[] = [
  { inn: '7707083893', name: 'ПАО «Тест»', kind: 'industrial', okvedMain: '25.11', regionCode: '77' },
  { inn: '7736207543', name: 'ООО «Ёлка»', kind: 'industrial', okvedMain: '26.2', regionCode: '77' },
];
const CLUSTER = {
  code: 'status-guard', name: 'Кластер для проверки статуса', kind: 'local', specialization: 'металлообработка', status: 'candidate', regions: ['77'],
  participants: [{ inn: '7707083893', role: 'anchor' }, { inn: '7736207543', role: 'participant' }],
  agreements: [{ title: 'Соглашение о сотрудничестве', parties: [{ inn: '7707083893' }, { name: 'Администрация города' }] }],
  preferences: [{ inn: '7736207543', kind: 'rent', description: 'Аренда 50%', grantedBy: 'Администрация города' }],
};

type ErrorReply = { error: { code: string; message: string; details: { path: string; value: unknown; message: string }[] } };

describeOnDatabases('POST /api/clusters does not set the status: the life cycle does', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let operator: SignedInClient;
  before(async () => {
    await db().transaction((tx) => upsertOrganisations(tx, ORGS, 'fixture'));
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    operator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['77'] });
  });
  const post = (client: SignedInClient, body: object) => client.inject({ method: 'POST', url: '/api/clusters', payload: body });
  const historyCount = async (code: string) => (await db().query(`SELECT count(*)::int AS n FROM history h JOIN clusters c ON c.id = h.entity_id WHERE h.entity = 'cluster' AND c.code = $1`, [code]))[0]!.n;

  test('a new cluster with a status other than the initial one is refused (409, in Russian, pointing to the transitions); nothing is written', async () => {
    for (const status of ['initiative', 'in_registry', 'excluded']) {
      const res = await post(operator, { ...CLUSTER, status });
      assert.equal(res.statusCode, 409, res.body);
      const { error } = res.json() as ErrorReply;
      assert.equal(error.code, 'conflict');
      assert.match(error.message, /^Новый кластер создаётся в статусе «Кандидат»/);
      assert.match(error.message, /POST \/api\/clusters\/\{id\}\/transitions/);
      assert.deepEqual(error.details.map((d) => [d.path, d.value]), [['body.status', status]]);
    }
    assert.equal(await getCluster(db(), CLUSTER.code), null);
  });

  test('created at the initial status; a replacement with another status is refused with the cluster\'s transitions URL, and changes nothing', async () => {
    const created = await post(operator, CLUSTER);
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id as number;
    assert.equal(created.json().status, 'candidate');
    const version = created.json().version as number;
    const history = await historyCount(CLUSTER.code);

    const res = await post(admin, { ...CLUSTER, name: 'Другое имя', status: 'in_registry' });
    assert.equal(res.statusCode, 409, res.body);
    const { error } = res.json() as ErrorReply;
    assert.equal(error.code, 'conflict');
    assert.equal(error.message, `Статус кластера не меняется при редактировании: сейчас «Кандидат», в запросе «В реестре». Смена статуса — шаг жизненного цикла: POST /api/clusters/${id}/transitions (роль, документ-основание, история).`);
    assert.deepEqual(error.details.map((d) => [d.path, d.value]), [['body.status', 'in_registry']]);
    const after = (await getCluster(db(), id))!;
    assert.deepEqual([after.name, after.status, after.version, await historyCount(CLUSTER.code)], [CLUSTER.name, 'candidate', version, history]);

    // the same status: an ordinary edit
    const renamed = await post(operator, { ...CLUSTER, name: 'Другое имя' });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.deepEqual([renamed.json().name, renamed.json().status], ['Другое имя', 'candidate']);
  });

  test('after a recorded transition the replacement must carry the new status; the old one is refused now', async () => {
    const id = (await getCluster(db(), CLUSTER.code))!.id;
    const step = await operator.inject({ method: 'POST', url: `/api/clusters/${id}/transitions`, payload: { to: 'initiative', document: { title: 'Протокол стратегической сессии', date: '2026-01-15' }, happenedOn: '2026-01-15' } });
    assert.equal(step.statusCode, 200, step.body);
    const stale = await post(operator, { ...CLUSTER, name: 'Другое имя' });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.match((stale.json() as ErrorReply).error.message, /сейчас «Инициатива», в запросе «Кандидат»/);
    const current = await post(operator, { ...CLUSTER, name: 'Другое имя', status: 'initiative' });
    assert.equal(current.statusCode, 200, current.body);
    assert.equal(current.json().status, 'initiative');
  });

  test('a deleted cluster given again keeps its status: restoring it with another one is refused', async () => {
    const id = (await getCluster(db(), CLUSTER.code))!.id;
    assert.equal((await operator.inject({ method: 'DELETE', url: `/api/clusters/${id}` })).statusCode, 200);
    const other = await post(operator, { ...CLUSTER, status: 'candidate' });
    assert.equal(other.statusCode, 409, other.body);
    assert.equal((await getCluster(db(), id))!.deleted, true);
    const restored = await post(operator, { ...CLUSTER, status: 'initiative' });
    assert.equal(restored.statusCode, 200, restored.body);
    assert.deepEqual([restored.json().deleted, restored.json().status], [false, 'initiative']);
  });

  test('import through the API: a workbook error names its sheet; a JSON export of the cluster loads back; the status from a file is allowed', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await (await operator.inject('/api/import/clusters/template?format=xlsx')).rawPayload) as unknown as ArrayBuffer);
    book.getWorksheet('Льготы')!.getRow(2).getCell(2).value = 'космос';
    const bad = await operator.inject({ method: 'POST', url: '/api/import/clusters', ...multipartFile('кластеры.xlsx', Buffer.from(await book.xlsx.writeBuffer())) });
    assert.equal(bad.statusCode, 200, bad.body);
    assert.equal(bad.json().status, 'refused');
    assert.deepEqual(bad.json().errors.map((e: Record<string, unknown>) => [e.sheet, e.rowNumber, e.column, e.value]), [['Льготы', 2, 'Вид льготы', 'космос']]);

    const exported = await admin.inject('/api/export/clusters?format=json');
    assert.equal(exported.statusCode, 200);
    const records = (exported.json() as { records: Record<string, unknown>[] }).records.map((r) => ({ ...r, status: 'in_registry' }));
    const res = await operator.inject({ method: 'POST', url: '/api/import/clusters', ...multipartFile('реестр.json', JSON.stringify({ kind: 'clusters', records })) });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().status, res.json().format, res.json().updated, res.json().errors], ['written', 'json', 1, []]);
    assert.equal((await getCluster(db(), CLUSTER.code))!.status, 'in_registry');
  });
});
