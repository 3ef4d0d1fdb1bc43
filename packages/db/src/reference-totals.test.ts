import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ReferenceTotalInput } from '@klaster/core/analytics/types.ts';
import { describeOnDatabases } from './testing/test-databases.ts';
import { migrate } from './migrate.ts';
import { latestReferenceYear, referenceTotalsOfYear, upsertReferenceTotals } from './reference-totals.repository.ts';

const total = (territory: string, year: number, headcount: number | null, revenue: number | null = null): ReferenceTotalInput =>
  ({ territory, level: 'total', industry: '', year, headcount, revenue, source: 'Росстат' });
const cls = (territory: string, industry: string, year: number, headcount: number | null, revenue: number | null = null): ReferenceTotalInput =>
  ({ territory, level: industry.includes('.') ? 'group' : 'class', industry, year, headcount, revenue, source: 'Росстат' });

describeOnDatabases('reference totals', (db) => {
  test('created, unchanged on re-import, replaced when a figure or the source changes', async () => {
    const rows = [total('00', 2024, 1000), cls('00', '25', 2024, 100, 5e9), cls('00', '25.6', 2024, 40), cls('40', '25', 2023, 7)];
    assert.deepEqual(await db().transaction((tx) => upsertReferenceTotals(tx, rows)), { created: 4, updated: 0, restored: 0, unchanged: 0 });
    assert.deepEqual(await db().transaction((tx) => upsertReferenceTotals(tx, rows)), { created: 0, updated: 0, restored: 0, unchanged: 4 });
    const changed = [cls('00', '25', 2024, 100, null), { ...cls('40', '25', 2023, 7), source: 'Калугастат' }, cls('00', '26', 2024, 9)];
    assert.deepEqual(await db().transaction((tx) => upsertReferenceTotals(tx, changed)), { created: 1, updated: 2, restored: 0, unchanged: 0 });
    const [row] = await db().query(`SELECT headcount, revenue FROM reference_totals WHERE territory = '00' AND industry = '25'`);
    assert.deepEqual(row, { headcount: 100, revenue: null });
  });

  test('latest year and one year\'s totals per level and measure, with the all-industries row', async () => {
    assert.equal(await latestReferenceYear(db(), 'class', 'headcount'), 2024);
    assert.equal(await latestReferenceYear(db(), 'class', 'revenue'), null); // the only revenue was cleared above
    assert.equal(await latestReferenceYear(db(), 'group', 'headcount'), 2024);
    assert.deepEqual(await referenceTotalsOfYear(db(), 'class', 'headcount', 2024), [
      { territory: '00', level: 'class', industry: '25', value: 100, source: 'Росстат' },
      { territory: '00', level: 'class', industry: '26', value: 9, source: 'Росстат' },
      { territory: '00', level: 'total', industry: '', value: 1000, source: 'Росстат' },
    ]);
    assert.deepEqual((await referenceTotalsOfYear(db(), 'group', 'headcount', 2024)).map((t) => t.industry), ['25.6', '']);
    assert.deepEqual(await referenceTotalsOfYear(db(), 'class', 'headcount', 2023), [{ territory: '40', level: 'class', industry: '25', value: 7, source: 'Калугастат' }]);
  });

  test('the table refuses a total with an industry, a class that is not NN, a bad territory and a row without figures', async () => {
    const insert = (values: string) => db().query(`INSERT INTO reference_totals (territory, level, industry, year, headcount, revenue, source) VALUES ${values}`);
    await assert.rejects(insert(`('00', 'total', '25', 2024, 1, NULL, 's')`), /check/i);
    await assert.rejects(insert(`('00', 'class', '25.6', 2024, 1, NULL, 's')`), /check/i);
    await assert.rejects(insert(`('0', 'class', '25', 2024, 1, NULL, 's')`), /check/i);
    await assert.rejects(insert(`('00', 'class', '27', 2024, NULL, NULL, 's')`), /check/i);
    await assert.rejects(insert(`('00', 'class', '27', 2024, -1, NULL, 's')`), /check/i);
  });

  test('migration 004 stands alone: applied after 005 and later ones on a database created without it', async () => {
    await db().exec(`DROP TABLE reference_totals; DELETE FROM schema_migrations WHERE version = '004_reference_totals'`);
    const applied = await migrate(db());
    assert.deepEqual(applied, ['004_reference_totals']);
    const [{ n }] = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM reference_totals`);
    assert.equal(n, 0);
  });
});
