import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { parseDossier } from '@klaster/core/dossier/index.ts';
import { compliantDossier, innOf } from '@klaster/core/rules/test-fixtures.ts';
import { dossierTemplateXlsx, readDossierXlsx, writeDossierXlsx, type DossierValidator } from './index.ts';

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Core's parser as the validator, its English marked as the Russian too: the wording is the caller's (the server
 * words it, apps/server/src/rules), so these tests follow where each problem lands and that it arrives intact.
 */
const core: DossierValidator = (json) => {
  const parsed = parseDossier(json);
  return parsed.ok ? parsed : { ok: false, details: parsed.issues.map((i) => ({ path: i.path, message: `[ru] ${i.message}`, messageEn: i.message })) };
};

const wrongInn = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);

test('JSON → XLSX → JSON gives back the same dossier', async () => {
  const dossier = compliantDossier();
  dossier.cluster.registryDecisionDate = '2021-03-15';
  dossier.participants[2]!.specialTerritory = true;
  dossier.participants[3]!.joinedOn = null;
  const back = await readDossierXlsx(await writeDossierXlsx(dossier), core);
  assert.equal(back.ok, true);
  if (!back.ok) return;
  const expected = structuredClone(dossier);
  delete expected.participants[3]!.joinedOn; // an empty cell means "not given"
  assert.deepEqual(back.dossier, expected);
});

test('the template has the four sheets with headers and reads as an empty, invalid dossier that names the missing cluster name', async () => {
  const template = await dossierTemplateXlsx();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ['cluster', 'participants', 'contracts', 'purchases']);
  assert.deepEqual((workbook.getWorksheet('contracts')!.getRow(1).values as unknown[]).slice(1), ['supplier', 'buyer', 'kind', 'year', 'amount']);
  const read = await readDossierXlsx(template, core);
  assert.equal(read.ok, false);
  if (!read.ok) assert.deepEqual(read.issues.map((i) => i.where), ['cluster!B4 (cluster.name)', 'cluster!B5 (cluster.regions)']);
});

test('cell problems name the sheet, the cell and the field, in Russian and English, with what the cell held', async () => {
  const broken = await edit(await writeDossierXlsx(compliantDossier()), (wb) => {
    wb.getWorksheet('contracts')!.getCell('E4').value = 'много';
    wb.getWorksheet('contracts')!.getCell('D5').value = 2024.5;
    wb.getWorksheet('participants')!.getCell('E5').value = 'может быть';
    wb.getWorksheet('participants')!.getCell('A7').value = '77-01';
  });
  const read = await readDossierXlsx(broken, core);
  assert.equal(read.ok, false);
  if (read.ok) return;
  assert.deepEqual(read.issues.map((i) => [i.where, i.message, i.messageEn, i.value]), [
    ['participants!E5 (specialTerritory)', 'ожидается «да» или «нет»; получено: «может быть»', 'expected "да" or "нет" (yes or no); got: "может быть"', 'может быть'],
    ['participants!A7 (inn)', 'ожидаются только цифры; получено: «77-01»', 'expected digits only; got: "77-01"', '77-01'],
    ['contracts!E4 (amount)', 'ожидается число; получено: «много»', 'expected a number; got: "много"', 'много'],
    ['contracts!D5 (year)', 'ожидается целое число; получено: 2024,5', 'expected a whole number; got: 2024.5', 2024.5],
  ]);
  assert.deepEqual([read.issues[2]!.sheet, read.issues[2]!.row, read.issues[2]!.column, read.issues[2]!.field], ['contracts', 4, 'E', 'amount']);
});

test('validation problems are traced back to their cell and come with the cell problems, in sheet and row order', async () => {
  const broken = await edit(await writeDossierXlsx(compliantDossier()), (wb) => {
    wb.getWorksheet('participants')!.getCell('A6').value = wrongInn; // participants[3]: data starts on row 3
    wb.getWorksheet('contracts')!.getCell('C3').value = 'loan';
    wb.getWorksheet('contracts')!.getCell('E4').value = 'много';
    wb.getWorksheet('cluster')!.getCell('B5').value = '222';
  });
  const read = await readDossierXlsx(broken, core);
  assert.equal(read.ok, false);
  if (read.ok) return;
  // contracts!E4's amount is absent from the JSON, but the validator's "required" there is not repeated
  assert.deepEqual(read.issues.map((i) => i.where), ['cluster!B5 (cluster.regions)', 'participants!A6 (inn)', 'contracts!C3 (kind)', 'contracts!E4 (amount)']);
  assert.equal(read.issues[1]!.message, '[ru] invalid INN: INN checksum (digit 10) does not match');
  assert.equal(read.issues[1]!.messageEn, 'invalid INN: INN checksum (digit 10) does not match');
  assert.match(read.issues[3]!.message, /^ожидается число/);
});

test('the validator can name the cell of another entry', async () => {
  const seen: string[] = [];
  const naming: DossierValidator = (json, cellOf) => {
    seen.push(cellOf('participants[3].inn'), cellOf('contracts[1].amount'), cellOf('cluster.regions[0]'), cellOf('asOf'));
    return core(json, cellOf);
  };
  const reordered = await edit(await writeDossierXlsx(compliantDossier()), (wb) => {
    const contracts = wb.getWorksheet('contracts')!;
    contracts.spliceColumns(1, 0, []); // an empty column A: every field moves one column right
  });
  assert.equal((await readDossierXlsx(reordered, naming)).ok, true);
  assert.deepEqual(seen, ['participants!A6 (inn)', 'contracts!F4 (amount)', 'cluster!B5 (cluster.regions)', 'cluster!B3 (asOf)']);
});

test('a missing sheet, a missing column and an unreadable file are said as such, and what they explain is not repeated', async () => {
  const noPurchases = await edit(await writeDossierXlsx(compliantDossier()), (wb) => wb.removeWorksheet(wb.getWorksheet('purchases')!.id));
  const a = await readDossierXlsx(noPurchases, core);
  assert.deepEqual(a.ok ? [] : a.issues.map((i) => [i.where, i.message, i.messageEn]), [['purchases', 'нет листа «purchases»', 'sheet "purchases" is missing']]);
  const noCluster = await edit(await writeDossierXlsx(compliantDossier()), (wb) => wb.removeWorksheet(wb.getWorksheet('cluster')!.id));
  const b = await readDossierXlsx(noCluster, core);
  assert.deepEqual(b.ok ? [] : b.issues.map((i) => i.where), ['cluster'], 'not also the cluster name and regions it lacks');
  const noYear = await edit(await writeDossierXlsx(compliantDossier()), (wb) => (wb.getWorksheet('contracts')!.getCell('D1').value = 'год'));
  const c = await readDossierXlsx(noYear, core);
  assert.deepEqual(c.ok ? [] : c.issues.map((i) => [i.where, i.message]), [['contracts!1 (year)', 'в строке заголовков нет столбца «year»']]);
  const d = await readDossierXlsx(Buffer.from('this is not a zip'), core);
  assert.deepEqual(d.ok ? [] : d.issues.map((i) => [i.where, i.message]), [['(file)', 'файл не читается как книга Excel (XLSX)']]);
  assert.match(d.ok ? '' : d.issues[0]!.messageEn, /^not a readable XLSX workbook: /);
});

test('an unknown field on the cluster sheet is named with the fields it may be', async () => {
  const unknown = await edit(await writeDossierXlsx(compliantDossier()), (wb) => (wb.getWorksheet('cluster')!.getCell('A6').value = 'cluster.region'));
  const read = await readDossierXlsx(unknown, core);
  assert.equal(read.ok, false);
  if (read.ok) return;
  assert.equal(read.issues[0]!.where, 'cluster!A6 (cluster.region)');
  assert.match(read.issues[0]!.message, /^неизвестное поле; допустимы: asOf, cluster\.name, cluster\.regions, /);
});
