import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compliantDossier, innOf } from '@klaster/core/rules/test-fixtures.ts';
import { writeDossierXlsx } from '@klaster/io/dossier/index.ts';
import type { CliContext } from '../context.ts';
import { check } from './check.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-check-'));

function captured(): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { ctx: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: {} }, out: () => out, err: () => err };
}

function writeJson(name: string, value: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(value));
  return name;
}

test('a compliant dossier: exit 0, one line per requirement with figures', async () => {
  const c = captured();
  const code = await check([writeJson('ok.json', compliantDossier())], c.ctx);
  assert.equal(code, 0);
  const lines = c.out().trimEnd().split('\n');
  assert.equal(lines[0], 'Проверка по pp779@2021-11-16 на 2025-06-01: соответствует');
  assert.equal(lines.length, 9);
  assert.match(lines[1]!, /^industrial-participants\s+pass\s+10\s+≥ 10\s+10 промышленных предприятий \(разделы ОКВЭД2 B, C, D, E\), требуется не менее 10 \[порог предположительный\]$/);
  assert.match(lines[4]!, /^functional-dependence\s+pass\s+25%\s+≥ 20%\s+Функциональная зависимость 25% в 2024 г\./);
  assert.match(lines[8]!, /^territory\s+pass\s+10\s+≥ 10\s+Все 10 участников в регионах кластера \(22\)$/);
});

test('a non-compliant dossier: exit 1; --json has exactly the RULES.md fields; --lang en', async () => {
  const dossier = compliantDossier();
  dossier.participants[9]!.okved = '72.19';
  const file = writeJson('nine.json', dossier);
  const c = captured();
  assert.equal(await check([file, '--json', '--lang', 'en'], c.ctx), 1);
  const json = JSON.parse(c.out());
  assert.deepEqual(Object.keys(json), ['ruleset', 'asOf', 'compliant', 'requirements']);
  assert.deepEqual(json.requirements[0], { id: 'industrial-participants', status: 'fail', found: 9, required: 10, message: '9 industrial enterprises, at least 10 required: add 1 more', confidence: 'assumed' });
  assert.equal(json.compliant, false);
  const text = captured();
  assert.equal(await check([file], text.ctx), 1);
  assert.match(text.out(), /industrial-participants\s+fail\s+9\s+≥ 10\s+9 промышленных предприятий, требуется не менее 10: добавьте ещё 1/);
});

test('--as-of moves the check date: an expiring registry decision is warned about', async () => {
  const dossier = compliantDossier();
  dossier.cluster.registryDecisionDate = '2021-01-15';
  const c = captured();
  assert.equal(await check([writeJson('dated.json', dossier), '--as-of', '2025-09-01'], c.ctx), 0);
  assert.match(c.out(), /^Проверка по pp779@2021-11-16 на 2025-09-01/);
  assert.match(c.out(), /Внимание: Решение о включении в реестр от 15\.01\.2021 истекает 15\.01\.2026/);
});

test('an invalid JSON dossier: exit 2 and the JSON path, the problem in Russian or, with --lang en, in English', async () => {
  const dossier = compliantDossier() as unknown as { participants: { inn: string }[] };
  const wrong = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);
  dossier.participants[3]!.inn = wrong;
  const file = writeJson('bad.json', dossier);
  const c = captured();
  assert.equal(await check([file], c.ctx), 2);
  assert.equal(c.err(), `Досье не прочитано: ${join(dir, 'bad.json')}\n  participants[3].inn: неверный ИНН: не сходится контрольная сумма ИНН (10-я цифра); получено: «${wrong}»\n`);
  assert.equal(c.out(), '');
  const en = captured();
  assert.equal(await check([file, '--lang', 'en'], en.ctx), 2);
  assert.equal(en.err(), `Invalid dossier: ${join(dir, 'bad.json')}\n  participants[3].inn: invalid INN: INN checksum (digit 10) does not match; got: "${wrong}"\n`);
});

test('an invalid XLSX dossier: exit 2 and the sheet, cell and field in either language; an unreadable or missing file: exit 2', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeDossierXlsx(compliantDossier())) as unknown as ArrayBuffer);
  workbook.getWorksheet('purchases')!.getCell('C7').value = 'сто миллионов';
  writeFileSync(join(dir, 'bad.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
  const c = captured();
  assert.equal(await check(['bad.xlsx'], c.ctx), 2);
  assert.match(c.err(), /\n {2}purchases!C7 \(intermediateTotal\): ожидается число; получено: «сто миллионов»\n$/);
  const en = captured();
  assert.equal(await check(['bad.xlsx', '--lang', 'en'], en.ctx), 2);
  assert.match(en.err(), /\n {2}purchases!C7 \(intermediateTotal\): expected a number; got: "сто миллионов"\n$/);
  writeFileSync(join(dir, 'junk.xlsx'), 'not a workbook');
  const j = captured();
  assert.equal(await check(['junk.xlsx'], j.ctx), 2);
  assert.match(j.err(), /\(file\): файл не читается как книга Excel \(XLSX\)\n$/);
  const m = captured();
  assert.equal(await check(['missing.json'], m.ctx), 2);
  assert.match(m.err(), /\(file\): файл не читается: ENOENT/);
  writeFileSync(join(dir, 'd.csv'), 'x');
  const csv = captured();
  assert.equal(await check(['d.csv', '--lang', 'en'], csv.ctx), 2);
  assert.match(csv.err(), /\(file\): expected a \.json or \.xlsx dossier, not "\.csv"/);
});

test('the same dossier as JSON and as XLSX checks the same', async () => {
  writeFileSync(join(dir, 'same.xlsx'), await writeDossierXlsx(compliantDossier()));
  const json = captured();
  const xlsx = captured();
  assert.equal(await check([writeJson('same.json', compliantDossier()), '--json'], json.ctx), 0);
  assert.equal(await check(['same.xlsx', '--json'], xlsx.ctx), 0);
  assert.equal(xlsx.out(), json.out());
});

test('wrong arguments exit 2 with a reason', async () => {
  const file = writeJson('ok2.json', compliantDossier());
  for (const args of [[], [file, '--lang', 'de'], [file, '--rules', 'pp41'], [file, '--as-of', '01.06.2025'], [file, '--as-of', '2015-01-01']]) {
    const c = captured();
    assert.equal(await check(args, c.ctx), 2, args.join(' '));
    assert.notEqual(c.err(), '');
  }
});
