import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadDemoData } from '../services/demo.service.ts';

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

test('names with quotes, angle brackets and SQL fragments are stored and returned exactly', async () => {
  const name = `ООО «Ёлка» <img src=x onerror=alert(1)> "кавычки" ' OR '1'='1`;
  const res = await admin.inject({ method: 'POST', url: '/api/organisations', payload: { inn: '500100732259', name, kind: 'industrial', okvedMain: '25.1', regionCode: '50' } });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().name, name);
  const found = (await admin.inject(`/api/organisations?q=${encodeURIComponent("' OR '1'='1")}`)).json();
  assert.deepEqual(found.items.map((o: { inn: string }) => o.inn), ['500100732259']);
});
