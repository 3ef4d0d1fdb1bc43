import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError, RULES_DIR, loadMeasureCatalogue, loadRuleSet, loadRuleSetFile, loadRuleSets } from './rules-loader.ts';

test('the shipped rule sets load and validate', () => {
  const refs = loadRuleSets().map((s) => `${s.id}@${s.version}`);
  assert.deepEqual(refs, ['pp41@2016', 'pp41@2021', 'pp41@2023', 'pp779@2021-11-16']);
});

test('loadRuleSet picks the latest version in force on the date', () => {
  assert.equal(loadRuleSet('pp41', '2016-01-28').version, '2016');
  assert.equal(loadRuleSet('pp41', '2022-12-31').version, '2021');
  assert.equal(loadRuleSet('pp41', '2023-01-01').version, '2023');
  assert.equal(loadRuleSet('pp779', '2025-06-01').version, '2021-11-16');
  assert.throws(() => loadRuleSet('pp779', '2020-01-01'), /pp779 на 2020-01-01 ещё не действовал; есть: pp779@2021-11-16 \(с 2021-11-16\)/);
  assert.throws(() => loadRuleSet('pp999', '2025-01-01'), /Нет набора правил pp999/);
});

test('an operator can drop in a newer version without a code change', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-rules-'));
  const current = JSON.parse(readFileSync(join(RULES_DIR, 'pp779@2021-11-16.json'), 'utf8'));
  writeFileSync(join(dir, 'pp779@2021-11-16.json'), JSON.stringify(current));
  writeFileSync(join(dir, 'pp779@2026-03-01.json'), JSON.stringify({ ...current, version: '2026-03-01', effectiveFrom: '2026-03-01' }));
  assert.equal(loadRuleSet('pp779', '2026-02-28', dir).version, '2021-11-16');
  assert.equal(loadRuleSet('pp779', '2026-03-01', dir).version, '2026-03-01');
});

test('a broken rule-set file is reported with the file and the JSON path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-rules-'));
  const set = JSON.parse(readFileSync(join(RULES_DIR, 'pp779@2021-11-16.json'), 'utf8'));
  set.requirements[3].confidence = 'probable';
  const file = join(dir, 'pp779@2021-11-16.json');
  writeFileSync(file, JSON.stringify(set));
  assert.throws(() => loadRuleSetFile(file), (e: unknown) => e instanceof DataFileError && e.file === file && e.problems[0]!.path === 'requirements[3].confidence');
  set.requirements[3].confidence = 'confirmed';
  delete set.requirements[3].thresholds.reducedMinPercent;
  writeFileSync(file, JSON.stringify(set));
  assert.throws(() => loadRuleSetFile(file), (e: unknown) => e instanceof DataFileError && e.problems[0]!.path === 'requirements[3].thresholds.reducedMinPercent' && /expected a number/.test(e.message));
  set.requirements = set.requirements.filter((r: { id: string }) => r.id !== 'territory');
  set.requirements[3].thresholds.reducedMinPercent = 10;
  writeFileSync(file, JSON.stringify(set));
  assert.throws(() => loadRuleSetFile(file), /no requirement with id territory/);
  writeFileSync(file, '{');
  assert.throws(() => loadRuleSetFile(file), (e: unknown) => e instanceof DataFileError && e.problems[0]!.path === '(root)');
});

test('a file whose name does not match id@version is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'klaster-rules-'));
  const file = join(dir, 'pp779-latest.json');
  writeFileSync(file, readFileSync(join(RULES_DIR, 'pp779@2021-11-16.json')));
  assert.throws(() => loadRuleSetFile(file), /expected the file to be named pp779@2021-11-16\.json/);
});

test('the measure catalogue loads: 4 federal measures and 6 regional examples, all marked example', () => {
  const measures = loadMeasureCatalogue();
  assert.equal(measures.length, 10);
  assert.deepEqual(measures.filter((m) => m.level === 'federal').map((m) => m.id), ['pp41-2016', 'pp41-2021', 'pp41-2023', 'insurance-7-6-spic']);
  assert.ok(measures.filter((m) => m.level !== 'federal').every((m) => m.example));
  assert.deepEqual([...new Set(measures.flatMap((m) => m.conditions.regions ?? []))].sort(), ['11', '22', '30', '40', '54']);
});
