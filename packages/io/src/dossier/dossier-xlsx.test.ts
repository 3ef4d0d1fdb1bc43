import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compliantDossier, innOf } from '@klaster/core/rules/test-fixtures.ts';
import { dossierTemplateXlsx, readDossierFile, readDossierXlsx, writeDossierXlsx } from './index.ts';

async function edit(buffer: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  change(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('JSON → XLSX → JSON gives back the same dossier', async () => {
  const dossier = compliantDossier();
  dossier.cluster.registryDecisionDate = '2021-03-15';
  dossier.participants[2]!.specialTerritory = true;
  dossier.participants[3]!.joinedOn = null;
  const back = await readDossierXlsx(await writeDossierXlsx(dossier));
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
  const read = await readDossierXlsx(template);
  assert.equal(read.ok, false);
  if (!read.ok) assert.deepEqual(read.issues.map((i) => i.where), ['cluster!B4 (cluster.name)', 'cluster!B5 (cluster.regions)']);
});

test('cell errors name the sheet, the cell and the field', async () => {
  const broken = await edit(await writeDossierXlsx(compliantDossier()), (wb) => {
    wb.getWorksheet('contracts')!.getCell('E4').value = 'много';
    wb.getWorksheet('participants')!.getCell('E5').value = 'может быть';
  });
  const read = await readDossierXlsx(broken);
  assert.equal(read.ok, false);
  if (!read.ok) {
    assert.deepEqual(read.issues.map((i) => [i.where, i.message]), [
      ['participants!E5 (specialTerritory)', 'expected да / нет, found "может быть"'],
      ['contracts!E4 (amount)', 'expected a number, found "много"'],
    ]);
    assert.deepEqual([read.issues[1]!.sheet, read.issues[1]!.row, read.issues[1]!.column, read.issues[1]!.field], ['contracts', 4, 'E', 'amount']);
  }
});

test('validation errors are traced back to their cell: a bad INN checksum, a bad kind', async () => {
  const wrongInn = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);
  const broken = await edit(await writeDossierXlsx(compliantDossier()), (wb) => {
    wb.getWorksheet('participants')!.getCell('A6').value = wrongInn; // participants[3]: data starts on row 3
    wb.getWorksheet('contracts')!.getCell('C3').value = 'loan';
    wb.getWorksheet('cluster')!.getCell('B5').value = '222';
  });
  const read = await readDossierXlsx(broken);
  assert.equal(read.ok, false);
  if (!read.ok) {
    const where = read.issues.map((i) => i.where);
    assert.deepEqual(where, ['cluster!B5 (cluster.regions)', 'participants!A6 (inn)', 'contracts!C3 (kind)']);
    assert.equal(read.issues[1]!.message, 'invalid INN: INN checksum (digit 10) does not match');
  }
});

test('a missing sheet, a missing column and an unreadable file are reported as such', async () => {
  const noPurchases = await edit(await writeDossierXlsx(compliantDossier()), (wb) => wb.removeWorksheet(wb.getWorksheet('purchases')!.id));
  const a = await readDossierXlsx(noPurchases);
  assert.deepEqual(a.ok ? [] : a.issues.map((i) => [i.where, i.message]), [['purchases', 'sheet "purchases" is missing']]);
  const noYear = await edit(await writeDossierXlsx(compliantDossier()), (wb) => (wb.getWorksheet('contracts')!.getCell('D1').value = 'год'));
  const b = await readDossierXlsx(noYear);
  assert.deepEqual(b.ok ? [] : b.issues.map((i) => i.where), ['contracts!1 (year)']);
  const c = await readDossierXlsx(Buffer.from('this is not a zip'));
  assert.deepEqual(c.ok ? '' : c.issues[0]!.where, '(file)');
});

test('readDossierFile: JSON and XLSX by extension; JSON errors name the path', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-dossier-'));
  const dossier = compliantDossier();
  writeFileSync(join(dir, 'd.json'), JSON.stringify(dossier));
  writeFileSync(join(dir, 'd.xlsx'), await writeDossierXlsx(dossier));
  const fromJson = await readDossierFile(join(dir, 'd.json'));
  const fromXlsx = await readDossierFile(join(dir, 'd.xlsx'));
  assert.deepEqual(fromJson, fromXlsx);
  const bad = structuredClone(dossier) as unknown as { purchases: { year: unknown }[] };
  bad.purchases[1]!.year = '2024';
  writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
  const read = await readDossierFile(join(dir, 'bad.json'));
  assert.deepEqual(read.ok ? [] : read.issues.map((i) => i.where), ['purchases[1].year']);
  const missing = await readDossierFile(join(dir, 'none.json'));
  assert.deepEqual(missing.ok ? '' : missing.issues[0]!.message, `cannot read ${join(dir, 'none.json')}: ENOENT`);
  writeFileSync(join(dir, 'd.csv'), 'x');
  assert.equal((await readDossierFile(join(dir, 'd.csv'))).ok, false);
});
