// Security tests (issue 8): SQL-injection and XSS attempts in every text field of organisations, links and
// clusters. Free text is data: it is stored and returned byte for byte (Russian, quotes, angle brackets, formula
// triggers), through the API, the CSV/XLSX/JSON export and the import of that export, and never changes a query.
// Coded fields (INN, OGRN, KPP, OKVED, OKPD2, region, cluster code, query parameters) refuse such values with a
// 400 naming the field, and nothing is written.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { completeInn10 } from '@klaster/core';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { multipartFile } from '../testing/multipart.ts';

/** Attempts, each a plausible Russian name around the attack. No leading or trailing spaces: import trims cells. */
const ATTACKS = [
  `ООО «Ромашка»'; DROP TABLE organisations; --`,
  `АО "Ёлка" <script>alert('взлом')</script>`,
  `ПАО 'Заря' OR '1'='1`,
  `<img src=x onerror="alert(document.cookie)"> Завод №1 & Ко`,
  `Завод"); DELETE FROM links WHERE ("1"="1`,
  `=HYPERLINK("http://evil.example","Нажми")`,
  `+7 (495) 000-00-00; @SUM(1+1) -- «кавычки» „лапки“ ‘одинарные’`,
  `%_\\ Склад; UPDATE users SET role='admin' WHERE '%'='%`,
  `</textarea><svg/onload=alert(1)>\` $\{7*7} {{7*7}} ООО`,
  `Адрес: г. Москва,\nул. "Ленина" <b>жирный</b>\tд. 1`,
];
const attack = (i: number) => ATTACKS[i % ATTACKS.length]!;

/** Valid INNs (checksums) for the organisations of the test. */
const INNS = ['7707083893', '7736207543', '2204000010', completeInn10('500100732'), completeInn10('402700271')];

function organisation(i: number) {
  return {
    inn: INNS[i]!, name: attack(i), shortName: attack(i + 1), kind: 'industrial', okvedMain: '25.62', regionCode: '77', address: attack(i + 2),
    years: [{ year: 2024, headcount: 10 + i, revenue: 1_000_000 * (i + 1) }],
    products: [{ okpd2: '25.62.10', name: attack(i + 3) }],
  };
}

/** Fields the CSV/XLSX formats do not hold, so an import of such an export may reset them. */
const NOT_IN_TABLE_FORMATS = { organisations: ['products'], links: [], clusters: ['agreements', 'preferences'] } as Record<string, string[]>;

const CLUSTER = {
  code: 'inject-test', name: attack(0), kind: 'industrial', specialization: attack(1), status: 'candidate', regions: ['77'],
  specializedOrgInn: INNS[0], registryDecisionDate: null,
  participants: INNS.map((inn, i) => ({ inn, role: i === 0 ? 'specialized_org' : 'participant', joinedOn: '2024-01-15' })),
  agreements: [{ title: attack(2), number: `№ 1'; --<b>`, signedOn: '2024-01-10', kind: 'cooperation', parties: [{ inn: INNS[1] }, { name: attack(3) }] }],
  preferences: [{ inn: INNS[2], kind: 'rent', description: attack(4), grantedBy: attack(5), validFrom: '2024-01-01', validTo: '2026-12-31' }],
};

describeOnDatabases('SQL injection and XSS in every text field', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  const ids = new Map<string, number>();
  before(async () => {
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'injection-tester' });
  });

  async function counts() {
    const [row] = await db().query<{ o: number; l: number; c: number; h: number }>(
      `SELECT (SELECT count(*)::int FROM organisations) AS o, (SELECT count(*)::int FROM links) AS l,
              (SELECT count(*)::int FROM clusters) AS c, (SELECT count(*)::int FROM history) AS h`,
    );
    return row!;
  }

  test('organisations: every text field is stored and returned exactly, as JSON', async () => {
    for (let i = 0; i < INNS.length; i++) {
      const body = organisation(i);
      const res = await admin.inject({ method: 'POST', url: '/api/organisations', payload: body });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      const got = (await admin.inject(`/api/organisations/${res.json().id}`)).json();
      ids.set(body.inn, got.id);
      assert.deepEqual([got.name, got.shortName, got.address, got.products[0].name], [body.name, body.shortName, body.address, body.products[0].name]);
    }
    // The history records the same strings.
    const history = (await admin.inject(`/api/history?entity=organisation&entityId=${ids.get(INNS[1]!)}`)).json();
    assert.equal(history.items[0].after.name, attack(1));
    assert.equal((await counts()).o, INNS.length, 'no statement ran beyond the inserts');
  });

  test('links: the product text is stored exactly; a coded field with an attack is refused naming it', async () => {
    for (let i = 1; i < INNS.length; i++) {
      const res = await admin.inject({
        method: 'POST', url: '/api/links',
        payload: { supplierInn: INNS[i], buyerInn: INNS[0], okpd2: '25.62', product: attack(i + 4), year: 2024, volume: 1000 * i, source: 'contract' },
      });
      assert.equal(res.statusCode, 200, res.body);
    }
    const links = (await admin.inject(`/api/links?organisation=${ids.get(INNS[0]!)}&pageSize=50`)).json();
    assert.deepEqual(links.items.map((l: { product: string }) => l.product).sort(), [1, 2, 3, 4].map((i) => attack(i + 4)).sort());
    const before = await counts();
    const bad = await admin.inject({
      method: 'POST', url: '/api/links',
      payload: { supplierInn: INNS[1], buyerInn: INNS[0], okpd2: `25.62'; DROP TABLE links; --`, year: 2024, volume: 1, source: 'contract' },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((d: { path: string }) => d.path), ['body.okpd2']);
    const badSource = await admin.inject({
      method: 'POST', url: '/api/links', payload: { supplierInn: INNS[1], buyerInn: INNS[0], year: 2024, volume: 1, source: `contract' OR '1'='1` },
    });
    assert.equal(badSource.statusCode, 400);
    assert.deepEqual(await counts(), before);
  });

  test('clusters: name, specialisation, agreements, parties and preferences are stored exactly', async () => {
    const res = await admin.inject({ method: 'POST', url: '/api/clusters', payload: CLUSTER });
    assert.equal(res.statusCode, 200, res.body);
    const got = (await admin.inject(`/api/clusters/${res.json().id}`)).json();
    ids.set('cluster', got.id);
    assert.equal(got.name, CLUSTER.name);
    assert.equal(got.specialization, CLUSTER.specialization);
    assert.equal(got.agreements[0].title, CLUSTER.agreements[0]!.title);
    assert.equal(got.agreements[0].number, CLUSTER.agreements[0]!.number);
    assert.deepEqual(got.agreements[0].parties.map((p: { name: string | null }) => p.name).filter((n: string | null) => n === attack(3)), [attack(3)]);
    assert.equal(got.preferences[0].description, CLUSTER.preferences[0]!.description);
    assert.equal(got.preferences[0].grantedBy, CLUSTER.preferences[0]!.grantedBy);
    const badCode = await admin.inject({ method: 'POST', url: '/api/clusters', payload: { ...CLUSTER, code: `x'; DROP TABLE clusters; --` } });
    assert.equal(badCode.statusCode, 400);
    assert.deepEqual(badCode.json().error.details.map((d: { path: string }) => d.path), ['body.code']);
  });

  test('identifiers and codes with an attack are refused with a 400 naming the field; nothing is written', async () => {
    const before = await counts();
    const cases: [string, Record<string, unknown>][] = [
      ['body.inn', { inn: `7707083893' OR '1'='1` }],
      ['body.ogrn', { ogrn: `1027700132195; DROP TABLE organisations` }],
      ['body.kpp', { kpp: `<script>1</script>` }],
      ['body.okvedMain', { okvedMain: `25.62'); DELETE FROM organisations; --` }],
      ['body.regionCode', { regionCode: `77' OR '1'='1` }],
    ];
    for (const [path, change] of cases) {
      const res = await admin.inject({ method: 'POST', url: '/api/organisations', payload: { ...organisation(0), inn: '3664069397', ...change } });
      assert.equal(res.statusCode, 400, `${path}: ${res.body}`);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${path} named: ${res.body}`);
    }
    assert.deepEqual(await counts(), before);
  });

  test('query parameters: search text is matched literally; filters with an attack are refused', async () => {
    const search = async (q: string) => (await admin.inject(`/api/organisations?q=${encodeURIComponent(q)}`)).json().total;
    // What a literal, case-insensitive match over name and short name finds among the organisations of the test.
    const literal = (q: string) => INNS.filter((_, i) => [attack(i), attack(i + 1)].some((t) => t.toLowerCase().includes(q.toLowerCase()))).length;
    for (const q of [`' OR '1'='1`, `'; DROP TABLE organisations; --`, `<script>`, `%`, `_`, `\\`, `%' OR '%'='`])
      assert.equal(await search(q), literal(q), `search for ${q}`);
    assert.equal(literal('%'), 0, '% is a character, not a wildcard: it would match every organisation');
    const clusters = (await admin.inject(`/api/clusters?q=${encodeURIComponent(`'; DROP TABLE`)}`)).json();
    assert.deepEqual(clusters.items.map((c: { name: string }) => c.name), [CLUSTER.name]);
    for (const [url, path] of [
      [`/api/organisations?region=${encodeURIComponent(`77' OR '1'='1`)}`, 'query.region'],
      [`/api/organisations?sort=${encodeURIComponent('name; DROP TABLE organisations')}`, 'query.sort'],
      [`/api/organisations?okved=${encodeURIComponent(`25' --`)}`, 'query.okved'],
      [`/api/links?year=${encodeURIComponent('2024 OR 1=1')}`, 'query.year'],
      [`/api/clusters?status=${encodeURIComponent(`x' OR 'a'='a`)}`, 'query.status'],
    ] as const) {
      const res = await admin.inject(url);
      if (res.statusCode === 200) {
        // A free list filter may accept the value: then it must match nothing rather than everything.
        assert.equal(res.json().total, 0, `${url} matched rows`);
        continue;
      }
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${path} named: ${res.body}`);
    }
    assert.equal((await counts()).o, INNS.length);
  });

  test('export (JSON, CSV, XLSX) and import of that export (CSV, XLSX) keep every string the format carries', async () => {
    // JSON is an export format only (the importer reads CSV and XLSX): its records are compared directly.
    const json = (await admin.inject('/api/export/organisations?format=json')).json();
    const byInn = new Map(json.records.map((o: { inn: string }) => [o.inn, o]));
    for (let i = 0; i < INNS.length; i++) {
      const o = byInn.get(INNS[i]!) as { name: string; shortName: string; address: string; products: { name: string }[] };
      assert.deepEqual([o.name, o.shortName, o.address, o.products[0]!.name], [attack(i), attack(i + 1), attack(i + 2), attack(i + 3)]);
    }
    const jsonLinks = (await admin.inject('/api/export/links?format=json')).json();
    assert.deepEqual(jsonLinks.records.map((l: { product: string }) => l.product).sort(), [1, 2, 3, 4].map((i) => attack(i + 4)).sort());
    const [jsonCluster] = (await admin.inject('/api/export/clusters?format=json')).json().records;
    assert.deepEqual([jsonCluster.name, jsonCluster.specialization, jsonCluster.agreements, jsonCluster.preferences[0].description, jsonCluster.preferences[0].grantedBy],
      [CLUSTER.name, CLUSTER.specialization, CLUSTER.agreements.map((a) => ({ ...a, parties: a.parties.map((p) => ({ inn: p.inn ?? null, name: p.name ?? null })) })),
        CLUSTER.preferences[0]!.description, CLUSTER.preferences[0]!.grantedBy]);
    const expected = { organisations: INNS.length, links: 4, clusters: 1 } as const;
    for (const kind of ['organisations', 'links', 'clusters'] as const) {
      for (const format of ['csv', 'xlsx'] as const) {
        const exported = await admin.inject(`/api/export/${kind}?format=${format}`);
        assert.equal(exported.statusCode, 200, exported.body);
        assert.match(String(exported.headers['content-disposition']), /^attachment/, 'a download, never rendered');
        // Formula triggers are neutralised with one apostrophe in the file (and the apostrophe removed on import).
        if (format === 'csv') assert.ok(!/(^|;)"?=HYPERLINK/m.test(exported.body), 'no cell starts with a formula');
        const report = (await admin.inject({ method: 'POST', url: `/api/import/${kind}`, ...multipartFile(`export.${format}`, exported.rawPayload) })).json();
        assert.equal(report.status, 'written', `${kind} ${format}: ${JSON.stringify(report.errors?.slice(0, 3))}`);
        assert.deepEqual([report.created, report.restored, report.updated + report.unchanged], [0, 0, expected[kind]], `${kind} ${format}: ${report.message}`);
        if (report.updated) {
          // Only what the format does not carry may change: CSV and XLSX hold product codes without names, and
          // a cluster row without its agreements and preferences (those are dropped by the import: reported).
          const history = (await admin.inject(`/api/history?entity=${kind.slice(0, -1)}&pageSize=${report.updated}`)).json();
          for (const h of history.items as { changedFields: string[] }[])
            assert.deepEqual(h.changedFields.filter((f) => !NOT_IN_TABLE_FORMATS[kind].includes(f)), [], `${kind} ${format} changed ${h.changedFields}`);
        }
      }
    }
    // After all the imports the API still returns the exact strings.
    for (let i = 0; i < INNS.length; i++) {
      const got = (await admin.inject(`/api/organisations/${ids.get(INNS[i]!)}`)).json();
      assert.deepEqual([got.name, got.shortName, got.address, got.products[0].okpd2], [attack(i), attack(i + 1), attack(i + 2), '25.62.10']);
    }
    const links = (await admin.inject(`/api/links?organisation=${ids.get(INNS[0]!)}&pageSize=50`)).json();
    assert.deepEqual(links.items.map((l: { product: string }) => l.product).sort(), [1, 2, 3, 4].map((i) => attack(i + 4)).sort());
    const cluster = (await admin.inject(`/api/clusters/${ids.get('cluster')}`)).json();
    assert.deepEqual([cluster.name, cluster.specialization], [CLUSTER.name, CLUSTER.specialization]);
  });

  test('an import file with attacks in its cells stores them exactly', async () => {
    const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = [
      'ИНН;Полное наименование;Краткое наименование;Вид организации;ОКВЭД основной;Регион;Адрес',
      `3664069397;${cell(attack(7))};${cell(attack(8))};industrial;25.62;36;${cell(attack(9))}`,
    ].join('\r\n');
    const report = (await admin.inject({ method: 'POST', url: '/api/import/organisations', ...multipartFile('attack.csv', csv) })).json();
    assert.equal(report.status, 'written', JSON.stringify(report.errors));
    const found = (await admin.inject('/api/organisations?q=3664069397')).json();
    const got = (await admin.inject(`/api/organisations/${found.items[0].id}`)).json();
    assert.deepEqual([got.name, got.shortName, got.address], [attack(7), attack(8), attack(9)]);
  });

  test('errors that echo the input are JSON, never HTML', async () => {
    const res = await admin.inject(`/api/organisations/${encodeURIComponent('<script>alert(1)</script>')}`);
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    const missing = await admin.inject(`/api/${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    assert.equal(missing.statusCode, 404);
    assert.match(String(missing.headers['content-type']), /^application\/json/);
  });
});
