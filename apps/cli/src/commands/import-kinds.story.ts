// The story of `klaster import` for the kinds beyond the registry (issues #2 and #6): needs, capabilities, purchases and
// reference totals, spawned as a separate process. Run by import-kinds-pglite.test.ts and import-kinds-postgres.test.ts
// (two files, so the runner runs the engines side by side). Exit codes: 0 written, 1 refused (nothing written), 2
// unreadable file or bad usage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase } from '@klaster/db';
import { databaseArgs, runCli, type CliRun } from '../testing/spawn-cli.ts';

export const dir = mkdtempSync(join(tmpdir(), 'klaster-import-kinds-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  'orgs.csv': 'ИНН;Наименование;Вид;ОКВЭД;Регион\n7707083893;ПАО «Заказчик»;industrial;30.11;77\n7736207543;ООО «Поставщик»;industrial;25.62;77\n',
  'needs.csv': 'ИНН покупателя;ОКПД2;Описание;Объём в год\n7707083893;25.62.20;Детали механической обработки;40 000 000\n7707083893;28.11;Турбины;\n',
  // an INN with a valid checksum that is not in the registry
  'needs-unknown-buyer.csv': 'ИНН покупателя;ОКПД2;Описание\n7707083893;25.61;Покрытия\n500100732259;25.62;Детали\n',
  'capabilities.csv': 'ИНН поставщика;ОКПД2;Мощность в год;Регион\n7736207543;25.62.20, 25.61.11;150 000 000;77\n',
  'purchases.csv': 'ИНН организации;Год;Промежуточные закупки, руб.;В т. ч. импорт, руб.;Источник\n7707083893;2024;120 000 000;18 000 000;Анкета 2025\n7736207543;2024;30 000 000;0;Анкета 2025\n',
  'purchases-import-above-total.csv': 'inn;year;intermediate_total;imported;source\n7707083893;2023;100;150;анкета\n',
};

async function writeReferenceTotalsXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Итоги');
  sheet.addRow(['Территория', 'ОКВЭД', 'Год', 'Численность, чел.', 'Источник']);
  sheet.addRow(['Россия', 'всего', 2024, 72_000_000, 'Росстат']);
  sheet.addRow(['00', '30', 2024, 400_000, 'Росстат']);
  sheet.addRow(['Москва', '30', 2024, 20_000, 'Мосстат']);
  await workbook.xlsx.writeFile(path);
}

before(async () => {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  await writeReferenceTotalsXlsx(join(dir, 'totals.xlsx'));
  writeFileSync(join(dir, 'broken.xlsx'), Buffer.from('PK\u0003\u0004 this is no workbook'));
});

const COUNTS_SQL = `SELECT (SELECT count(*)::int FROM needs) AS needs, (SELECT count(*)::int FROM capabilities) AS capabilities,
  (SELECT count(*)::int FROM purchases) AS purchases, (SELECT count(*)::int FROM reference_totals) AS reference_totals,
  (SELECT count(*)::int FROM import_runs WHERE status = 'written' AND kind <> 'organisations') AS runs`;

/** Row counts, read between the CLI's runs (PGlite is single-process: the directory is opened only then). */
async function counts(target: { dir: string } | { url: string }): Promise<Record<string, number>> {
  const db = await openDatabase('dir' in target ? { dir: target.dir } : { url: target.url });
  try {
    return (await db.query<Record<string, number>>(COUNTS_SQL))[0]!;
  } finally {
    await db.close();
  }
}

export function importStory(target: () => { dir: string } | { url: string }): void {
  const klaster = async (...args: string[]): Promise<CliRun> => runCli([...args, ...databaseArgs(target())], dir);
  const expectExit = (run: CliRun, code: number) => assert.equal(run.code, code, `exit ${run.code}\n${run.stdout}\n${run.stderr}`);

  test('organisations, then needs, capabilities, purchases and reference totals are written (exit 0)', async () => {
    expectExit(await klaster('import', 'organisations', 'orgs.csv'), 0);
    const needs = await klaster('import', 'needs', 'needs.csv');
    expectExit(needs, 0);
    assert.match(needs.stdout, /Imported 2 record\(s\): 2 created/);
    expectExit(await klaster('import', 'capabilities', 'capabilities.csv'), 0);
    const purchases = await klaster('import', 'purchases', 'purchases.csv', '--lang', 'ru');
    expectExit(purchases, 0);
    assert.match(purchases.stdout, /Загружено записей: 2\. Новых: 2/);
    const totals = await klaster('import', 'reference-totals', 'totals.xlsx');
    expectExit(totals, 0);
    assert.match(totals.stdout, /totals\.xlsx: xlsx, 3 rows/);
    assert.deepEqual(await counts(target()), { needs: 2, capabilities: 1, purchases: 2, reference_totals: 3, runs: 4 });
  });

  test('re-importing the same purchases and totals changes nothing (exit 0, all unchanged)', async () => {
    const purchases = await klaster('import', 'purchases', 'purchases.csv');
    expectExit(purchases, 0);
    assert.match(purchases.stdout, /0 created, 0 updated, 0 restored, 2 unchanged/);
    const totals = await klaster('import', 'reference-totals', 'totals.xlsx');
    assert.match(totals.stdout, /0 created, 0 updated, 0 restored, 3 unchanged/);
  });

  test('an invalid row refuses the whole file (exit 1), names row, column and value, and writes nothing', async () => {
    const needs = await klaster('import', 'needs', 'needs-unknown-buyer.csv', '--report', 'needs-errors.csv');
    expectExit(needs, 1);
    assert.match(needs.stdout, /500100732259/);
    assert.match(needs.stdout, /Import refused: 1 error\(s\) in 1 row\(s\)\. Nothing was written/);
    const purchases = await klaster('import', 'purchases', 'purchases-import-above-total.csv', '--lang', 'ru');
    expectExit(purchases, 1);
    assert.match(purchases.stdout, /импорт 150 больше всех промежуточных закупок 100/);
    const counted = await counts(target());
    assert.deepEqual([counted.needs, counted.purchases], [2, 2]);
  });

  test('an unreadable file or an unknown kind exits 2', async () => {
    const broken = await klaster('import', 'reference-totals', 'broken.xlsx');
    expectExit(broken, 2);
    assert.match(broken.stderr, /broken\.xlsx/);
    const unknown = await klaster('import', 'suppliers', 'needs.csv');
    expectExit(unknown, 2);
    assert.match(unknown.stderr, /organisations\|links\|clusters\|needs\|capabilities\|purchases\|reference-totals/);
  });
}

