import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPp779 } from './check-pp779.ts';
import type { Pp779RequirementId, RequirementResult } from './check-result.ts';
import { compliantDossier, innOf, participant, shippedRuleSet, SPECIALIZED_ORG } from './test-fixtures.ts';
import type { Dossier } from '../dossier/dossier-schema.ts';

const pp779 = shippedRuleSet('pp779@2021-11-16.json');

function req(dossier: Dossier, id: Pp779RequirementId, asOf = '2025-06-01'): RequirementResult {
  return checkPp779(dossier, pp779, asOf).requirements.find((r) => r.id === id)!;
}

test('a hand-made compliant cluster passes every requirement, in the RULES.md order', () => {
  const result = checkPp779(compliantDossier(), pp779);
  assert.equal(result.ruleset, 'pp779@2021-11-16');
  assert.equal(result.asOf, '2025-06-01');
  assert.equal(result.checkYear, 2024);
  assert.deepEqual(result.requirements.map((r) => [r.id, r.status]), [
    ['industrial-participants', 'pass'], ['cooperation-contracts', 'pass'], ['newcomers', 'pass'], ['functional-dependence', 'pass'],
    ['import-share', 'pass'], ['specialized-organization', 'pass'], ['development-programme', 'pass'], ['territory', 'pass'],
  ]);
  assert.equal(result.compliant, true);
  assert.deepEqual(result.warnings, []);
});

test('industrial-participants: exactly 10 pass; 9 fail with the gap in words', () => {
  const ten = req(compliantDossier(), 'industrial-participants');
  assert.deepEqual([ten.status, ten.found, ten.required, ten.confidence], ['pass', 10, 10, 'assumed']);
  const dossier = compliantDossier();
  dossier.participants[9]!.okved = '72.19'; // research: section M
  const nine = req(dossier, 'industrial-participants');
  assert.deepEqual([nine.status, nine.found], ['fail', 9]);
  assert.equal(nine.message, '9 промышленных предприятий, требуется не менее 10: добавьте ещё 1');
  assert.equal(nine.messageEn, '9 industrial enterprises, at least 10 required: add 1 more');
});

test('industrial-participants: sections B, D and E count, A and F do not', () => {
  const dossier = compliantDossier();
  Object.assign(dossier.participants[0]!, { okved: '05.10' });
  Object.assign(dossier.participants[1]!, { okved: '35.11' });
  Object.assign(dossier.participants[2]!, { okved: '38.21' });
  Object.assign(dossier.participants[3]!, { okved: '01.11' });
  Object.assign(dossier.participants[4]!, { okved: '41.20' });
  assert.equal(req(dossier, 'industrial-participants').found, 8);
});

test('cooperation-contracts fails when a long-standing participant has no contract; newcomers fails too', () => {
  const dossier = compliantDossier();
  dossier.participants.push(participant(10, { joinedOn: '2021-06-01' })); // term ended 2024-06-01
  const coop = req(dossier, 'cooperation-contracts');
  assert.deepEqual([coop.status, coop.found, coop.required], ['fail', 10, 11]);
  assert.match(coop.message, new RegExp(`нужен договор с другим участником у ${innOf(10)}$`));
  const newcomers = req(dossier, 'newcomers');
  assert.deepEqual([newcomers.status, newcomers.found, newcomers.required], ['fail', 1, 3]);
  assert.match(newcomers.message, /срок истёк 01\.06\.2024/);
});

test('a contract with a non-participant or with oneself does not count as cooperation', () => {
  const dossier = compliantDossier();
  dossier.participants.push(participant(10, { joinedOn: '2018-01-01' }));
  dossier.contracts.push({ supplier: innOf(10), buyer: innOf(500), kind: 'works', year: 2024, amount: 1 });
  dossier.contracts.push({ supplier: innOf(10), buyer: innOf(10), kind: 'works', year: 2024, amount: 1 });
  assert.equal(req(dossier, 'cooperation-contracts').status, 'fail');
  dossier.contracts.push({ supplier: innOf(3), buyer: innOf(10), kind: 'spic', year: 2022, amount: 1 });
  assert.equal(req(dossier, 'cooperation-contracts').status, 'pass');
});

test('newcomers: 3 within their term pass, 4 fail, one joined exactly 3 years ago still passes', () => {
  const dossier = compliantDossier();
  dossier.participants.push(participant(10, { joinedOn: '2022-06-01' }), participant(11, { joinedOn: '2024-01-01' }), participant(12, { joinedOn: '2025-05-01' }));
  const three = req(dossier, 'newcomers');
  assert.deepEqual([three.status, three.found, three.required], ['pass', 3, 3]);
  const coop = req(dossier, 'cooperation-contracts');
  assert.deepEqual([coop.status, coop.found, coop.required], ['pass', 10, 10]);
  assert.equal(coop.message, 'Договоры кооперации есть у 10 из 13 участников; 3 — новые участники в пределах срока');
  dossier.participants.push(participant(13, { joinedOn: '2025-01-01' }));
  const four = req(dossier, 'newcomers');
  assert.deepEqual([four.status, four.found], ['fail', 4]);
  assert.equal(four.message, '4 участника без договоров кооперации, допускается не более 3: заключите договоры ещё с 1');
  assert.deepEqual([req(dossier, 'cooperation-contracts').status, req(dossier, 'cooperation-contracts').required], ['fail', 14]);
});

test('newcomers: a newcomer one day past 3 years fails; no joining date is unknown and named', () => {
  const dossier = compliantDossier();
  dossier.participants.push(participant(10, { joinedOn: '2022-05-31' }));
  assert.equal(req(dossier, 'newcomers').status, 'fail');
  dossier.participants[10]!.joinedOn = null;
  const unknown = req(dossier, 'newcomers');
  assert.deepEqual([unknown.status, unknown.missing], ['unknown', ['participants[10].joinedOn']]);
  assert.deepEqual([req(dossier, 'cooperation-contracts').status, req(dossier, 'cooperation-contracts').missing], ['unknown', ['participants[10].joinedOn']]);
});

test('functional-dependence: exactly 20% passes, one rouble less fails with the shortfall', () => {
  const exact = req(compliantDossier(20_000_000), 'functional-dependence');
  assert.deepEqual([exact.status, exact.found, exact.required], ['pass', 0.2, 0.2]);
  assert.ok(exact.formula?.startsWith('Σ amount of contracts'));
  const dossier = compliantDossier(20_000_000);
  dossier.contracts[0]!.amount = 19_999_999;
  const short = req(dossier, 'functional-dependence');
  assert.equal(short.status, 'fail');
  assert.equal(short.message, 'Функциональная зависимость 20% в 2024 г. (199 999 999 из 1 000 000 000 руб.), требуется не менее 20%: нужно ещё 1 руб. поставок между участниками');
});

test('functional-dependence: 10% passes with exactly 30% of participants in special territories, not with 20%', () => {
  const dossier = compliantDossier(10_000_000);
  for (const i of [0, 1, 2]) dossier.participants[i]!.specialTerritory = true;
  const reduced = req(dossier, 'functional-dependence');
  assert.deepEqual([reduced.status, reduced.found, reduced.required], ['pass', 0.1, 0.1]);
  dossier.participants[2]!.specialTerritory = false;
  const normal = req(dossier, 'functional-dependence');
  assert.deepEqual([normal.status, normal.required], ['fail', 0.2]);
});

test('functional-dependence counts only supply contracts of the check year; other years and kinds are ignored', () => {
  const dossier = compliantDossier(20_000_000);
  dossier.contracts.push({ supplier: innOf(0), buyer: innOf(5), kind: 'supply', year: 2023, amount: 500_000_000 });
  dossier.contracts.push({ supplier: innOf(0), buyer: innOf(5), kind: 'works', year: 2024, amount: 500_000_000 });
  dossier.purchases.push({ buyer: innOf(0), year: 2023, intermediateTotal: 1, imported: 0 });
  assert.equal(req(dossier, 'functional-dependence').found, 0.2);
});

test('functional-dependence and import-share are unknown without purchases; a missing industrial row is named', () => {
  const none = compliantDossier();
  none.purchases = [];
  assert.deepEqual([req(none, 'functional-dependence').status, req(none, 'functional-dependence').missing], ['unknown', ['purchases']]);
  assert.equal(req(none, 'import-share').status, 'unknown');
  const partial = compliantDossier();
  partial.purchases.pop();
  const dep = req(partial, 'functional-dependence');
  assert.deepEqual([dep.status, dep.missing], ['unknown', [`purchases[buyer=${innOf(9)}, year=2024]`]]);
  assert.equal(req(partial, 'import-share').status, 'unknown');
});

test('import-share: exactly 50% passes, more fails', () => {
  const dossier = compliantDossier();
  for (const p of dossier.purchases) p.imported = 50_000_000;
  assert.deepEqual([req(dossier, 'import-share').status, req(dossier, 'import-share').found], ['pass', 0.5]);
  dossier.purchases[0]!.imported = 50_000_001;
  const over = req(dossier, 'import-share');
  assert.equal(over.status, 'fail');
  assert.equal(over.message, 'Доля импорта в закупках 50% в 2024 г., допускается не более 50%: сократите импорт');
});

test('specialized-organization: bad INN or OGRN checksum, liquidation, absence, unknown status', () => {
  const badInn = compliantDossier();
  badInn.cluster.specializedOrganization = { ...SPECIALIZED_ORG, inn: SPECIALIZED_ORG.inn.slice(0, 9) + String((Number(SPECIALIZED_ORG.inn[9]) + 1) % 10) };
  assert.equal(req(badInn, 'specialized-organization').status, 'fail');
  assert.match(req(badInn, 'specialized-organization').message, /не сходится контрольная сумма ИНН/);
  const badOgrn = compliantDossier();
  badOgrn.cluster.specializedOrganization = { ...SPECIALIZED_ORG, ogrn: '1022200000010' };
  assert.match(req(badOgrn, 'specialized-organization').message, /ОГРН/);
  const liquidating = compliantDossier();
  liquidating.cluster.specializedOrganization = { ...SPECIALIZED_ORG, inLiquidation: true };
  assert.equal(req(liquidating, 'specialized-organization').message, 'Специализированная организация «АНО «Центр кластерного развития»»: находится в процессе ликвидации');
  const absent = compliantDossier();
  absent.cluster.specializedOrganization = null;
  assert.deepEqual([req(absent, 'specialized-organization').status, req(absent, 'specialized-organization').found], ['fail', 0]);
  const notSaid = compliantDossier();
  notSaid.cluster.specializedOrganization = { inn: SPECIALIZED_ORG.inn, ogrn: SPECIALIZED_ORG.ogrn, name: 'X' };
  assert.deepEqual(req(notSaid, 'specialized-organization').missing, ['cluster.specializedOrganization.inLiquidation']);
});

test('development-programme: exactly 5 years pass, a day short fails, null fails, absent is unknown', () => {
  const dossier = compliantDossier();
  dossier.cluster.developmentProgramme = { from: '2024-01-01', to: '2028-12-31' };
  assert.deepEqual([req(dossier, 'development-programme').status, req(dossier, 'development-programme').found], ['pass', 5]);
  dossier.cluster.developmentProgramme = { from: '2024-01-01', to: '2028-12-30' };
  const short = req(dossier, 'development-programme');
  assert.equal(short.status, 'fail');
  assert.equal(short.message, 'Программа развития на 01.01.2024–30.12.2028 короче 5 лет: продлите её до 31.12.2028');
  dossier.cluster.developmentProgramme = null;
  assert.equal(req(dossier, 'development-programme').status, 'fail');
  delete dossier.cluster.developmentProgramme;
  assert.deepEqual(req(dossier, 'development-programme').missing, ['cluster.developmentProgramme']);
});

test('territory: a participant outside the cluster regions fails and is named', () => {
  const dossier = compliantDossier();
  dossier.participants[4]!.region = '54';
  const result = req(dossier, 'territory');
  assert.deepEqual([result.status, result.found, result.required], ['fail', 9, 10]);
  assert.match(result.message, new RegExp(`вне их: ${innOf(4)} \\(регион 54\\)`));
  dossier.cluster.regions.push('54');
  assert.equal(req(dossier, 'territory').status, 'pass');
});

test('validity: warns within 6 months of the 5-year end, and says when it expired', () => {
  const dossier = compliantDossier();
  dossier.cluster.registryDecisionDate = '2020-12-01';
  assert.deepEqual(checkPp779(dossier, pp779, '2025-05-31').warnings, []);
  assert.equal(checkPp779(dossier, pp779, '2025-06-01').warnings[0]!.code, 'registry-decision-expiring');
  const expired = checkPp779(dossier, pp779, '2025-12-01').warnings[0]!;
  assert.equal(expired.code, 'registry-decision-expired');
  assert.equal(expired.message, 'Решение о включении в реестр от 01.12.2020 действовало 5 лет и истекло 01.12.2025: подтвердите соответствие заново');
});

test('thresholds come from the data: a rule set with min 12 makes 10 enterprises fail', () => {
  const stricter = structuredClone(pp779);
  stricter.requirements[0]!.thresholds.min = 12;
  stricter.version = '2099-01-01';
  const result = checkPp779(compliantDossier(), stricter);
  assert.equal(result.ruleset, 'pp779@2099-01-01');
  assert.equal(result.requirements[0]!.message, '10 промышленных предприятий, требуется не менее 12: добавьте ещё 2');
  assert.equal(result.compliant, false);
});
