import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { CliContext } from './context.ts';
import { main } from './main.ts';

function capture(cwd: string): CliContext & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env: { USER: 'tester' } };
}

test('validate prints one line per value and exits 0 only when all are valid', async () => {
  const ok = capture('/');
  assert.equal(await main(['validate', 'inn', '7707083893', '500100732259'], ok), 0);
  assert.deepEqual(ok.out, ['7707083893 valid\n', '500100732259 valid\n']);
  const bad = capture('/');
  assert.equal(await main(['validate', 'ogrn', '1027700132195', '1022500001328'], bad), 1);
  assert.equal(bad.out[1], '1022500001328 invalid: OGRN checksum (digit 13) does not match\n');
  assert.equal(await main(['validate', 'snils', '1'], capture('/')), 2);
});

test('import exits 0 when written, 1 when refused (nothing written), 2 when unreadable; export returns the data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-cli-'));
  const db = join(dir, 'db');
  const good = 'ИНН;Наименование;Вид;ОКВЭД;Регион\n7707083893;ПАО «Тест»;industrial;21.20;77\n';
  writeFileSync(join(dir, 'good.csv'), iconv.encode(good, 'win1251'));
  writeFileSync(join(dir, 'bad.csv'), good + '7707083894;Плохой;industrial;21.20;77\n');
  writeFileSync(join(dir, 'empty.csv'), '');

  const refused = capture(dir);
  assert.equal(await main(['import', 'organisations', 'bad.csv', '--db', db, '--report', 'report.csv'], refused), 1);
  assert.match(refused.out.join(''), /7707083894/);
  assert.match(readFileSync(join(dir, 'report.csv'), 'utf8'), /7707083894/);

  const unreadable = capture(dir);
  assert.equal(await main(['import', 'organisations', 'empty.csv', '--db', db], unreadable), 2);
  assert.match(unreadable.err.join(''), /empty\.csv/);
  assert.equal(await main(['import', 'organisations', 'missing.csv', '--db', db], capture(dir)), 2);

  const written = capture(dir);
  assert.equal(await main(['import', 'organisations', 'good.csv', '--db', db], written), 0);
  assert.match(written.out.join(''), /windows-1251/);
  assert.match(written.out.join(''), /1 created/);

  const exported = capture(dir);
  assert.equal(await main(['export', 'organisations', '--format', 'json', '--db', db], exported), 0);
  assert.match(exported.out.join(''), /ПАО «Тест»/);
  assert.doesNotMatch(exported.out.join(''), /7707083894/);
});
