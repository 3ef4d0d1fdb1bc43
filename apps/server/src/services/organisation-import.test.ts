import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeInn10 } from '@klaster/core';
import { describeOnDatabases, type Database } from '@klaster/db';
import { loadReferenceIndex, readTable } from '@klaster/io';
import { importOrganisationsWhileValidating } from './organisation-import.ts';

const refs = loadReferenceIndex();
// tiny slices and batches, so a 60-row file is written in several batches while it is being validated
const SMALL = { slice: 7, batch: 10 };

function csv(rows: number, prefix: string, bad: Record<number, string> = {}): string {
  const lines = ['ИНН;Наименование;Вид организации;ОКВЭД основной;Регион;Год;Численность'];
  for (let i = 0; i < rows; i++) {
    const inn = completeInn10(`${prefix}${String(i).padStart(9 - prefix.length, '0')}`);
    lines.push(bad[i] ?? `${inn};АО «Завод ${prefix}-${i}»;industrial;25.11;${i % 3 === 0 ? '40' : '77'};2024;${i + 1}`);
  }
  return lines.join('\n') + '\n';
}

async function count(db: () => Database, prefix: string): Promise<number> {
  const [{ n }] = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM organisations WHERE inn LIKE $1`, [`${prefix}%`])) as [{ n: number }];
  return n;
}

describeOnDatabases('organisations written while the file is validated', (db) => {
  test('mode "all": an error late in the file undoes the batches already written, and every error is reported', async () => {
    const table = await readTable(Buffer.from(csv(60, '31', { 45: '3100000001;Плохой ИНН;industrial;25.11;77;2024;1', 52: '3100000052;;industrial;25.11;77;2024;1' })), 'late-error.csv');
    const outcome = await importOrganisationsWhileValidating(db(), table, refs, { mode: 'all', actor: 'late' }, SMALL);
    assert.equal(outcome.refused, true);
    assert.deepEqual(outcome.errors.map((e) => e.rowNumber), [47, 54, 54]);
    assert.equal(await count(db, '31'), 0);
    const [{ n }] = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE actor = 'late'`)) as [{ n: number }];
    assert.equal(n, 0);
  });

  test('mode "valid": the valid rows are written in batches, the invalid ones reported; a re-import changes nothing', async () => {
    const file = csv(60, '32', { 5: '3200000005;Плохой ИНН;industrial;25.11;77;2024;1' });
    const first = await importOrganisationsWhileValidating(db(), await readTable(Buffer.from(file), 'valid.csv'), refs, { mode: 'valid', actor: 'valid' }, SMALL);
    assert.deepEqual([first.refused, first.validCount, first.counts.created, first.errors.map((e) => e.rowNumber)], [false, 59, 59, [7]]);
    assert.equal(await count(db, '32'), 59);
    const again = await importOrganisationsWhileValidating(db(), await readTable(Buffer.from(file), 'valid.csv'), refs, { mode: 'valid', actor: 'again' }, SMALL);
    assert.deepEqual(again.counts, { created: 0, updated: 0, restored: 0, unchanged: 59 });
  });

  test('a regional operator: rows of other regions are reported like invalid rows and not written', async () => {
    const table = await readTable(Buffer.from(csv(30, '33')), 'scope.csv');
    const all = await importOrganisationsWhileValidating(db(), table, refs, { mode: 'all', actor: 'scoped', allowedRegions: ['40'] }, SMALL);
    assert.equal(all.refused, true);
    assert.equal(all.errors.length, 20);
    assert.ok(all.errors.every((e) => e.field === 'regionCode' && /вне ваших регионов/.test(e.reasonRu)));
    assert.equal(await count(db, '33'), 0);
    const valid = await importOrganisationsWhileValidating(db(), table, refs, { mode: 'valid', actor: 'scoped', allowedRegions: ['40'] }, SMALL);
    assert.deepEqual([valid.refused, valid.counts.created], [false, 10]);
    assert.equal(await count(db, '33'), 10);
  });

  test('rows of one INN far apart become one organisation, written after its last row', async () => {
    const inn = completeInn10('349999999');
    const lines = csv(25, '34').trimEnd().split('\n');
    lines.splice(2, 0, `${inn};АО «Годы»;industrial;25.11;77;2022;5`);
    lines.push(`${inn};АО «Годы»;industrial;25.11;77;2024;9`);
    const outcome = await importOrganisationsWhileValidating(db(), await readTable(Buffer.from(lines.join('\n')), 'years.csv'), refs, { mode: 'all', actor: 'years' }, SMALL);
    assert.deepEqual([outcome.refused, outcome.errors], [false, []]);
    const [org] = await db().query<{ years: { year: number }[] }>(`SELECT years FROM organisations WHERE inn = $1`, [inn]);
    assert.deepEqual(org!.years.map((y) => y.year), [2022, 2024]);
  });
});
