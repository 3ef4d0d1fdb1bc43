import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { compliantDossier, innOf } from '@klaster/core/rules/test-fixtures.ts';
import { writeDossierXlsx } from '@klaster/io';
import { buildApp } from '../app.ts';
import { multipartFile } from '../testing/multipart.ts';

/** A compliant dossier's workbook, changed as a person might have changed it in Excel. */
async function workbook(change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeDossierXlsx(compliantDossier())) as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Detail = { path: string; message: string; messageEn: string; value?: unknown };

describeOnDatabases('POST /api/check with an XLSX dossier: every problem in Russian at its sheet and cell', (db) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ db: db() });
  });
  after(async () => {
    await app?.close();
  });
  const upload = async (data: Buffer) => {
    const res = await app.inject({ method: 'POST', url: '/api/check', ...multipartFile('досье.xlsx', data) });
    assert.equal(res.statusCode, 400, res.body);
    return res.json().error as { code: string; message: string; messageEn: string; details: Detail[] };
  };

  test('a wrong INN checksum, a text in a number cell and a missing sheet are all named at once', async () => {
    const wrongInn = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);
    const error = await upload(await workbook((wb) => {
      wb.getWorksheet('participants')!.getCell('A6').value = wrongInn; // participants[3]: data starts on row 3
      wb.getWorksheet('purchases')!.getCell('C4').value = 'сто миллионов';
      wb.removeWorksheet(wb.getWorksheet('contracts')!.id);
    }));
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.message, 'Досье не прочитано: participants!A6 (inn), contracts, purchases!C4 (intermediateTotal)');
    assert.deepEqual(error.details, [
      {
        path: 'participants!A6 (inn)', value: wrongInn,
        message: `неверный ИНН: не сходится контрольная сумма ИНН (10-я цифра); получено: «${wrongInn}»`,
        messageEn: `invalid INN: INN checksum (digit 10) does not match; got: "${wrongInn}"`,
      },
      { path: 'contracts', message: 'нет листа «contracts»', messageEn: 'sheet "contracts" is missing' },
      { path: 'purchases!C4 (intermediateTotal)', value: 'сто миллионов', message: 'ожидается число; получено: «сто миллионов»', messageEn: 'expected a number; got: "сто миллионов"' },
    ]);
  });

  test('the schema\'s own problems and zod\'s are worded as for a JSON dossier; a repeated INN names the cell of the first', async () => {
    const error = await upload(await workbook((wb) => {
      const participants = wb.getWorksheet('participants')!;
      participants.getCell('A8').value = innOf(4); // participants[5] repeats participants[4] (row 7)
      participants.getCell('C4').value = 'C21';
      wb.getWorksheet('contracts')!.getCell('C5').value = 'loan';
      wb.getWorksheet('cluster')!.getCell('B3').value = '31.02.2025';
    }));
    assert.deepEqual(error.details.map((d) => [d.path, d.message]), [
      ['cluster!B3 (asOf)', 'такой даты нет в календаре; получено: «2025-02-31»'],
      ['participants!C4 (okved)', 'ожидается код ОКВЭД2, например 21.20; получено: «C21»'],
      ['contracts!C5 (kind)', 'ожидается одно из: «supply», «joint-project», «works», «spic»; получено: «loan»'],
    ], 'the repeated INN is checked once every field is right');
    const repeated = await upload(await workbook((wb) => (wb.getWorksheet('participants')!.getCell('A8').value = innOf(4))));
    assert.deepEqual(repeated.details, [{
      path: 'participants!A8 (inn)', value: innOf(4),
      message: `ИНН повторяется: он уже указан в participants!A7 (inn); получено: «${innOf(4)}»`,
      messageEn: `duplicate INN, already at participants!A7 (inn); got: "${innOf(4)}"`,
    }]);
  });

  test('a file that is no workbook, and an empty template, are refused in Russian', async () => {
    const junk = await app.inject({ method: 'POST', url: '/api/check', ...multipartFile('досье.xlsx', 'не книга') });
    assert.equal(junk.statusCode, 400);
    assert.deepEqual(junk.json().error.details.map((d: Detail) => [d.path, d.message]), [['(file)', 'файл не читается как книга Excel (XLSX)']]);
    const template = await app.inject('/api/dossier/template?format=xlsx');
    const empty = await upload(template.rawPayload);
    assert.deepEqual(empty.details.map((d) => [d.path, d.message]), [
      ['cluster!B4 (cluster.name)', 'обязательное поле: ожидается строка'],
      ['cluster!B5 (cluster.regions)', 'обязательное поле: ожидается список'],
    ]);
  });
});
