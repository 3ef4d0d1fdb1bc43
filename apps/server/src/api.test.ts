import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import iconv from 'iconv-lite';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from './app.ts';
import { signedInAs, type SignedInClient } from './testing/auth.ts';
import { multipartFile } from './testing/multipart.ts';

const ORG_CSV = [
  'ИНН;ОГРН;Наименование;Вид;ОКВЭД основной;Регион;ОКТМО;Год;Численность;Выручка',
  '7707083893;1027700132195;ПАО «Тест»;Промышленное предприятие;21.20;77;;2024;300;3000000000',
  '7736207543;;ООО «Ёлка» <b>;industrial;26.2;77;;2024;12;50 000 000',
  '2204000010;;АО «Бийский завод»;industrial;20.1;22;01705000;2024;80;400000000',
].join('\r\n');

describeOnDatabases('HTTP API', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  before(async () => {
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
  });

  test('health, OpenAPI document and docs page', async () => {
    assert.equal((await admin.inject('/api/health')).json().status, 'ok');
    const doc = (await admin.inject('/api/openapi.json')).json();
    assert.equal(doc.openapi.startsWith('3'), true);
    for (const path of ['/api/organisations', '/api/links', '/api/clusters', '/api/import/{kind}', '/api/export/{kind}', '/api/history'])
      assert.ok(doc.paths[path], `OpenAPI lacks ${path}`);
    assert.equal((await admin.inject('/api/docs/')).statusCode, 200);
  });

  test('the import of a file with a bad row writes nothing and names row, column, value and reason', async () => {
    const bad = ORG_CSV.replace('2204000010', '2204000011');
    const res = await admin.inject({ method: 'POST', url: '/api/import/organisations', ...multipartFile('orgs.csv', iconv.encode(bad, 'win1251')) });
    assert.equal(res.statusCode, 200);
    const report = res.json();
    assert.equal(report.status, 'refused');
    assert.equal(report.encoding, 'windows-1251');
    assert.equal(report.delimiter, ';');
    assert.equal(report.created, 0);
    const innError = report.errors.find((e: { field: string }) => e.field === 'inn');
    assert.equal(innError.rowNumber, 4);
    assert.equal(innError.column, 'ИНН');
    assert.equal(innError.value, '2204000011');
    assert.match(innError.reasonRu, /контрольн/);
    assert.equal((await admin.inject('/api/organisations')).json().total, 0);
  });

  test('mode=valid writes the valid rows; re-importing the same file changes nothing', async () => {
    const bad = ORG_CSV + '\r\n1234567890;;Плохой ИНН;industrial;20.1;22;;2024;1;1';
    const first = (await admin.inject({ method: 'POST', url: '/api/import/organisations?mode=valid', ...multipartFile('orgs.csv', bad) })).json();
    assert.equal(first.status, 'written');
    assert.equal(first.created, 3);
    assert.equal(first.rowsInvalid, 1);
    const again = (await admin.inject({ method: 'POST', url: '/api/import/organisations?mode=valid', ...multipartFile('orgs.csv', bad) })).json();
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 3]);
    const list = (await admin.inject('/api/organisations?q=ёлка')).json();
    assert.equal(list.total, 1);
    assert.equal(list.items[0].name, 'ООО «Ёлка» <b>');
    assert.equal(list.items[0].smeCategory, 'micro');
  });

  test('links: unknown organisation is reported per row; a valid file is written and listed', async () => {
    const csv = 'supplier_inn,buyer_inn,okpd2,year,volume,source\n7736207543,7707083893,26.20,2024,1500000,contract\n7736207543,500100732259,26.20,2024,10,declared\n';
    const refused = (await admin.inject({ method: 'POST', url: '/api/import/links', ...multipartFile('links.csv', csv) })).json();
    assert.equal(refused.status, 'refused');
    assert.equal(refused.errors[0].rowNumber, 3);
    assert.equal(refused.errors[0].value, '500100732259');
    const ok = (await admin.inject({ method: 'POST', url: '/api/import/links?mode=valid', ...multipartFile('links.csv', csv) })).json();
    assert.equal(ok.created, 1);
    const links = (await admin.inject('/api/links?region=77')).json();
    assert.equal(links.total, 1);
    assert.equal(links.items[0].volume, 1_500_000);
  });

  test('an unreadable file is a 400 with the reason; an empty one too', async () => {
    const empty = await admin.inject({ method: 'POST', url: '/api/import/organisations', ...multipartFile('empty.csv', '') });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'file_unreadable');
    const garbage = await admin.inject({ method: 'POST', url: '/api/import/organisations', ...multipartFile('x.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 3])) });
    assert.equal(garbage.statusCode, 400);
  });

  test('API errors have one shape and name the field', async () => {
    const bad = await admin.inject({ method: 'POST', url: '/api/organisations', payload: { inn: '7707083894', name: 'X', kind: 'industrial', okvedMain: '04.1', regionCode: '00' } });
    assert.equal(bad.statusCode, 400);
    const body = bad.json();
    assert.equal(body.error.code, 'validation_failed');
    assert.deepEqual(body.error.details.map((d: { path: string }) => d.path).sort(), ['body.inn', 'body.okvedMain', 'body.regionCode']);
    const q = await admin.inject('/api/organisations?pageSize=abc');
    assert.equal(q.statusCode, 400);
    assert.equal(q.json().error.details[0].path, 'query.pageSize');
    const missing = await admin.inject('/api/organisations/999999');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'not_found');
    const nowhere = await admin.inject('/api/nothing-here');
    assert.equal(nowhere.json().error.code, 'not_found');
  });

  test('edit, history and soft delete through the API', async () => {
    const org = (await admin.inject('/api/organisations?q=2204000010')).json().items[0];
    const edited = await admin.inject({ method: 'PUT', url: `/api/organisations/${org.id}`, payload: { inn: org.inn, name: 'АО «Бийский завод» (новое имя)', kind: 'industrial', okvedMain: '20.1', regionCode: '22', oktmo: '01705000', years: org.years } });
    assert.equal(edited.statusCode, 200, edited.body);
    const history = (await admin.inject(`/api/history?entity=organisation&entityId=${org.id}`)).json();
    assert.deepEqual(history.items.map((h: { action: string }) => h.action), ['update', 'create']);
    assert.deepEqual(history.items[0].changedFields, ['name']);
    assert.equal(history.items[0].actor, 'tester');
    assert.equal((await admin.inject({ method: 'DELETE', url: `/api/organisations/${org.id}` })).statusCode, 200);
    assert.equal((await admin.inject({ method: 'DELETE', url: `/api/organisations/${org.id}` })).statusCode, 404);
    assert.equal((await admin.inject(`/api/organisations/${org.id}`)).json().deletedAt !== null, true);
  });

  test('export to CSV and JSON re-imports to the same data; templates download', async () => {
    const csv = await admin.inject('/api/export/organisations?format=csv');
    assert.equal(csv.statusCode, 200);
    const reimport = (await admin.inject({ method: 'POST', url: '/api/import/organisations', ...multipartFile('export.csv', csv.rawPayload) })).json();
    assert.equal(reimport.status, 'written', JSON.stringify(reimport.errors));
    assert.equal(reimport.created + reimport.updated, 0);
    const json = (await admin.inject('/api/export/organisations?format=json')).json();
    assert.equal(Array.isArray(json) ? json.length : json.records.length, 2);
    const xlsx = await admin.inject('/api/import/organisations/template?format=xlsx');
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  test('security headers are set', async () => {
    const res = await admin.inject('/api/health');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
  });
});
