import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { compliantDossier } from '@klaster/core/rules/test-fixtures.ts';
import { openDatabase, type Database } from '@klaster/db';
import { writeDossierXlsx } from '@klaster/io';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { multipartFile } from '../testing/multipart.ts';

/**
 * Every route of the OpenAPI document is called with malformed parameters, query strings and bodies.
 * The contract: a 2xx or a 4xx in the one error shape — never a 500, never a hang.
 */
let db: Database;
let app: FastifyInstance;
let admin: SignedInClient;
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("' OR 1=1 --", '"; DROP TABLE organisations; --', '<script>alert(1)</script>', '%00', '../../etc/passwd', '9'.repeat(40), '-1', '1e309', 'NaN', '{}', '[]', 'ё'.repeat(300)),
  fc.integer().map(String),
);
/** Something close to a cluster dossier (POST /api/check reads one as its body): its problems are deep inside. */
const hostileDossier = fc.record({
  asOf: hostile,
  cluster: fc.oneof(fc.anything({ maxDepth: 1 }), fc.record({ name: hostile, regions: fc.array(hostile, { maxLength: 3 }), developmentProgramme: fc.record({ from: hostile, to: hostile }) }, { requiredKeys: [] })),
  participants: fc.array(fc.record({ inn: hostile, name: hostile, okved: hostile, region: hostile, joinedOn: hostile, specialTerritory: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }),
  contracts: fc.array(fc.record({ supplier: hostile, buyer: hostile, kind: hostile, year: fc.anything(), amount: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }),
  purchases: fc.array(fc.record({ buyer: hostile, year: fc.anything(), intermediateTotal: fc.anything(), imported: fc.anything() }, { requiredKeys: [] }), { maxLength: 3 }),
}, { requiredKeys: [] });
/** A dossier workbook (POST /api/check reads one as a file) with cells a person could have typed anything into, and maybe a sheet gone. */
const hostileCell = fc.oneof(hostile, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), fc.constant(null));
const hostileWorkbook = fc.record({
  edits: fc.array(fc.record({ sheet: fc.constantFrom('cluster', 'participants', 'contracts', 'purchases'), row: fc.integer({ min: 1, max: 14 }), column: fc.integer({ min: 1, max: 7 }), value: hostileCell }), { minLength: 1, maxLength: 6 }),
  removed: fc.option(fc.constantFrom('cluster', 'participants', 'contracts', 'purchases'), { nil: undefined }),
});
/** Our own English (cell and sheet problems, the schema's messages) and zod's: none may reach a Russian message. */
const ENGLISH_IN_RUSSIAN = /Invalid input|Too (small|big)|Invalid (option|string)|Unrecognized key|received \w|\b(expected|found|got|missing|invalid|duplicate|unknown|required|readable|sheet|column|exceeds|programme|not a)\b/i;
const hostileBody = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.record({ inn: hostile, name: hostile, kind: hostile, okvedMain: hostile, regionCode: hostile, supplierInn: hostile, buyerInn: hostile, year: fc.anything(), volume: fc.anything(), code: hostile, participants: fc.anything() }, { requiredKeys: [] }),
  hostileDossier,
);

before(async () => {
  db = await openDatabase({});
  await loadDemoData(db);
  app = await buildApp({ db });
  admin = await signedInAs(app, db, 'admin', { login: 'tester' });
});
after(async () => {
  await app.close();
  await db.close();
});

function fill(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, () => encodeURIComponent(value));
}

test('no route answers 500 to malformed input, and every error has the one shape', async () => {
  const doc = (await admin.inject('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  // Routes that would end or change the fuzzing administrator's own session are left out: they are covered by access/auth.test.ts.
  const sessionChanging = /^(POST \/api\/auth\/(logout|password)|POST \/api\/users\/\{id\}\/password|PUT \/api\/users\/\{id\})$/;
  const routes = Object.entries(doc.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => ({ path, method: m.toUpperCase() })))
    .filter((r) => !sessionChanging.test(`${r.method} ${r.path}`));
  assert.ok(routes.length >= 15, `only ${routes.length} routes documented`);
  for (const route of routes) {
    await fc.assert(
      fc.asyncProperty(hostile, fc.dictionary(fc.constantFrom('q', 'region', 'page', 'pageSize', 'sort', 'format', 'mode', 'kind', 'year', 'entity', 'entityId', 'asOf', 'rules'), hostile), hostileBody, async (param, query, body) => {
        const qs = new URLSearchParams(query).toString();
        const res = await admin.inject({
          method: route.method as 'GET',
          url: fill(route.path, param) + (qs ? `?${qs}` : ''),
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body as object }),
        });
        assert.ok(res.statusCode < 500, `${route.method} ${route.path} ?${qs} → ${res.statusCode}: ${res.body.slice(0, 300)}`);
        if (res.statusCode >= 400) {
          const err = res.json().error;
          assert.equal(typeof err.code, 'string', `${route.method} ${route.path}: error without code`);
          assert.equal(typeof err.message, 'string');
          // Russian messages for people: zod's and fastify's English never shows inside them, in the details of the
          // request's own fields nor in those of a dossier's inner paths (participants[3].inn)
          for (const text of [err.message, ...(err.details ?? []).map((d: { message: string }) => d.message)])
            assert.doesNotMatch(text, /Invalid input|Too (small|big)|Invalid (option|string)|Unrecognized key|received \w|Bad request|Body is not valid/, `${route.method} ${route.path}: ${text}`);
        }
      }),
      { numRuns: 15, seed: 779 },
    );
  }
});

test('an XLSX dossier with anything in its cells: never a 500, and every detail in Russian at a sheet or the file', async () => {
  const base = await writeDossierXlsx(compliantDossier());
  await fc.assert(
    fc.asyncProperty(hostileWorkbook, async ({ edits, removed }) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(base as unknown as ArrayBuffer);
      for (const e of edits) workbook.getWorksheet(e.sheet)!.getCell(e.row, e.column).value = e.value;
      if (removed) workbook.removeWorksheet(workbook.getWorksheet(removed)!.id);
      const upload = multipartFile('досье.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      const res = await admin.inject({ method: 'POST', url: '/api/check?rules=pp779', ...upload });
      assert.ok(res.statusCode === 200 || res.statusCode === 400, `${res.statusCode}: ${res.body.slice(0, 300)}`);
      if (res.statusCode === 200) return;
      const err = res.json().error as { message: string; details: { path: string; message: string; messageEn: string; value?: unknown }[] };
      assert.doesNotMatch(err.message, /Invalid input|Too (small|big)|received \w/, err.message);
      assert.ok(err.details.length > 0, err.message);
      for (const d of err.details) {
        assert.match(d.path, /^(\(file\)|(cluster|participants|contracts|purchases)\b)/, d.path);
        assert.match(d.message, /[А-Яа-яЁё]/, `${d.path}: ${d.message}`);
        assert.equal(typeof d.messageEn, 'string', `${d.path}: no English`);
        // what the cell held is quoted back as sent, in any language: the words around it are checked
        const words = d.value === undefined ? d.message : d.message.split(`«${String(d.value)}»`).join('');
        assert.doesNotMatch(words, ENGLISH_IN_RUSSIAN, `${d.path}: ${d.message}`);
      }
    }),
    { numRuns: 60, seed: 779 },
  );
});

test('names with quotes, angle brackets and SQL fragments are stored and returned exactly', async () => {
  const name = `ООО «Ёлка» <img src=x onerror=alert(1)> "кавычки" ' OR '1'='1`;
  const res = await admin.inject({ method: 'POST', url: '/api/organisations', payload: { inn: '500100732259', name, kind: 'industrial', okvedMain: '25.1', regionCode: '50' } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().name, name);
  const found = (await admin.inject(`/api/organisations?q=${encodeURIComponent("' OR '1'='1")}`)).json();
  assert.deepEqual(found.items.map((o: { inn: string }) => o.inn), ['500100732259']);
});
