// Location quotients against imported reference totals (ANALYTICS.md §1), through the HTTP API on both engines: the
// totals are uploaded like any import, and the LQ table says which base it used. Figures are small enough to check by hand.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { OrganisationInput } from '@klaster/core';
import { describeOnDatabases, upsertOrganisations } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { multipartFile } from '../testing/multipart.ts';

const org = (inn: string, okved: string, region: string, years: [number, number][]): OrganisationInput => ({
  inn, name: `Предприятие ${inn}`, kind: 'industrial', okvedMain: okved, regionCode: region,
  years: years.map(([year, headcount]) => ({ year, headcount, revenue: headcount * 1e6 })),
});

/** Kaluga (40): metalwork 300, food 100. Moscow (77): metalwork 100, food 500. Only the Kaluga metalworker reported 2023. */
const ORGANISATIONS = [
  org('7707083893', '25.62', '40', [[2023, 200], [2024, 300]]),
  org('7736207543', '10.11', '40', [[2024, 100]]),
  org('7702070139', '25.11', '77', [[2024, 100]]),
  org('7728168971', '10.11', '77', [[2024, 500]]),
];

const close = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describeOnDatabases('LQ against imported reference totals (API)', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let operator: SignedInClient;
  before(async () => {
    await db().transaction((tx) => upsertOrganisations(tx, ORGANISATIONS, 'tester'));
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    operator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['40'] });
  });

  const upload = (client: SignedInClient, csv: string) =>
    client.inject({ method: 'POST', url: '/api/import/reference-totals', ...multipartFile('totals.csv', csv) });
  const lq = async (query = '') => {
    const res = await admin.inject(`/api/analytics/lq?level=class${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const cell = (body: { quotients: { territory: string; industry: string }[] }, territory: string, industry: string) =>
    body.quotients.find((q) => q.territory === territory && q.industry === industry) as Record<string, any>;

  test('without imported totals the base is the loaded data', async () => {
    const body = await lq();
    assert.deepEqual([body.base, body.reference, body.year, body.sources], ['loaded', 'all-loaded-data', null, []]);
    const kalugaMetal = cell(body, '40', '25');
    close(kalugaMetal.lq, (300 / 400) / (400 / 1000)); // 1.875
    assert.deepEqual([kalugaMetal.specialisation, kalugaMetal.source], ['notable', 'loaded']);
    assert.deepEqual(body.thresholds, { sizeTopShare: 0.1, specialisationLq: 2, notableLq: 1.25, focusTopShare: 0.1 });
  });

  test('national totals imported: E(ref) is the country\'s, the result says so with the year and the source', async () => {
    const res = await upload(admin, 'Территория;ОКВЭД;Год;Численность, чел.;Источник\nРоссия;всего;2024;10 000;Росстат, 2025\n00;25;2024;100;Росстат, 2025\n00;10;2024;1 000;Росстат, 2025\n');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual([res.json().status, res.json().created], ['written', 3]);
    const body = await lq();
    assert.deepEqual([body.base, body.reference, body.year, body.sources], ['reference', 'imported', 2024, ['Росстат, 2025']]);
    assert.equal(body.referenceNote.ru, 'Эталон — импортированные общероссийские итоги за 2024 год (Росстат, 2025)');
    close(cell(body, '40', '25').lq, (300 / 400) / (100 / 10_000)); // 75
    close(cell(body, '77', '10').lq, (500 / 600) / (1000 / 10_000));
    assert.equal(cell(body, '40', '25').specialisation, 'strong');
  });

  test('a regional operator imports the totals of their region but not the country\'s', async () => {
    const refused = await upload(operator, 'territory;okved;year;headcount;source\n00;25;2024;100;Росстат\n40;всего;2024;2000;Калугастат\n40;25;2024;600;Калугастат\n');
    assert.equal(refused.json().status, 'refused');
    assert.deepEqual(refused.json().errors.map((e: { rowNumber: number; field: string; value: string }) => [e.rowNumber, e.field, e.value]), [[2, 'territory', '00']]);
    const written = await upload(operator, 'territory;okved;year;headcount;source\nКалужская область;всего;2024;2000;Калугастат\n40;25;2024;600;Калугастат\n');
    assert.deepEqual([written.json().status, written.json().created], ['written', 2]);
  });

  test('a region with its own totals: its published cells and total replace the loaded ones, the others stay loaded', async () => {
    const body = await lq();
    const metal = cell(body, '40', '25');
    assert.deepEqual([metal.value, metal.territoryTotal, metal.source], [600, 2000, 'reference']);
    close(metal.lq, (600 / 2000) / (100 / 10_000)); // 30
    const food = cell(body, '40', '10');
    assert.deepEqual([food.value, food.territoryTotal, food.source], [100, 2000, 'loaded']);
    close(food.lq, (100 / 2000) / (1000 / 10_000)); // 0.5
    assert.deepEqual(body.sources, ['Калугастат', 'Росстат, 2025']);
    assert.equal(cell(body, '77', '25').source, 'loaded');
    // Asking for one region keeps its rows only.
    assert.deepEqual([...new Set((await lq('&region=40')).quotients.map((q: { territory: string }) => q.territory))], ['40']);
  });

  test('another year: the organisations\' values for it, and no totals when none were imported for it', async () => {
    const body = await lq('&year=2023');
    assert.deepEqual([body.base, body.year, body.sources], ['loaded', null, []]);
    assert.deepEqual(body.quotients.map((q: { territory: string; industry: string; value: number }) => [q.territory, q.industry, q.value]), [['40', '25', 200]]);
    const bad = await admin.inject('/api/analytics/lq?year=1812');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.details[0].path, 'query.year');
  });

  test('templates of every importable kind; a file with a bad territory is refused naming the cell', async () => {
    for (const kind of ['reference-totals', 'purchases', 'needs', 'capabilities']) {
      const res = await app.inject(`/api/import/${kind}/template?format=csv`);
      assert.equal(res.statusCode, 200, kind);
      assert.match(String(res.headers['content-disposition']), new RegExp(`klaster-template-${kind}\\.csv`));
    }
    assert.ok((await app.inject('/api/import/reference-totals/template?format=csv')).body.startsWith('\uFEFFТерритория;ОКВЭД;Год;Численность, чел.;Выручка, руб.;Источник'));
    assert.equal((await app.inject('/api/import/reference-totals/template?format=xlsx')).statusCode, 200);
    const bad = await upload(admin, 'territory;okved;year;headcount;source\nАтлантида;25;2024;1;x\n');
    assert.equal(bad.json().status, 'refused');
    assert.match(bad.json().errors[0].reasonRu, /территория «Атлантида» не распознана/);
  });
});
