import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whatIf } from './what-if.ts';
import { criticalParticipants, suggestAdditions } from './suggest.ts';
import { compliantDossier, innOf, participant, shippedRuleSet } from './test-fixtures.ts';

const pp779 = shippedRuleSet('pp779@2021-11-16.json');

test('whatIf: removing one of exactly 10 industrial participants breaks only industrial-participants', () => {
  const dossier = compliantDossier();
  const result = whatIf(dossier, pp779, { remove: [innOf(0)] });
  assert.deepEqual(result.changes, [{ id: 'industrial-participants', from: 'pass', to: 'fail' }]);
  assert.equal(result.before.compliant, true);
  assert.equal(result.after.compliant, false);
  // 8 remaining contracts of 25 mln over 9 × 100 mln of purchases
  assert.equal(result.after.requirements[3]!.found, 200_000_000 / 900_000_000);
  assert.equal(dossier.participants.length, 10, 'the input dossier is not modified');
});

test('whatIf: adding an industrial enterprise with a contract closes the gap', () => {
  const dossier = compliantDossier();
  dossier.participants[9]!.okved = '72.19';
  const added = participant(20);
  const result = whatIf(dossier, pp779, { add: [{ participant: added, contracts: [{ supplier: added.inn, buyer: innOf(1), kind: 'supply', year: 2024, amount: 5_000_000 }], purchases: [{ buyer: added.inn, year: 2024, intermediateTotal: 50_000_000, imported: 0 }] }] });
  assert.deepEqual(result.changes, [{ id: 'industrial-participants', from: 'fail', to: 'pass' }]);
  assert.equal(result.after.requirements[3]!.found, 255_000_000 / 1_050_000_000);
});

test('suggestAdditions: ranks candidates by effect and picks the one that closes both gaps', () => {
  const dossier = compliantDossier();
  dossier.participants[9]!.okved = '72.19'; // 9 industrial enterprises: one short
  const research = { participant: participant(30, { okved: '72.19', joinedOn: '2025-05-01' }) };
  const supplier = { participant: participant(31), contracts: [{ supplier: innOf(31), buyer: innOf(0), kind: 'supply' as const, year: 2024, amount: 10_000_000 }], purchases: [{ buyer: innOf(31), year: 2024, intermediateTotal: 100_000_000, imported: 0 }] };
  const newcomer = { participant: participant(32, { okved: '28.11', joinedOn: '2025-05-01' }), purchases: [{ buyer: innOf(32), year: 2024, intermediateTotal: 100_000_000, imported: 0 }] };
  const result = suggestAdditions(dossier, pp779, [research, newcomer, supplier]);
  assert.deepEqual(result.effects.map((e) => [e.inn, e.industrialDelta]), [[innOf(31), 1], [innOf(32), 1], [innOf(30), 0]]);
  assert.equal(result.effects[0]!.dependenceDelta, 260_000_000 / 1_100_000_000 - 0.25);
  assert.equal(result.effects[1]!.dependenceDelta, 250_000_000 / 1_100_000_000 - 0.25);
  assert.deepEqual(result.selection, [innOf(31)]);
  assert.equal(result.closesGaps, true);
  assert.equal(result.after.compliant, true);
});

test('suggestAdditions: says so when the candidates cannot close the gap', () => {
  const dossier = compliantDossier();
  dossier.participants[9]!.okved = '72.19';
  const result = suggestAdditions(dossier, pp779, [{ participant: participant(30, { okved: '85.22' }) }]);
  assert.deepEqual(result.selection, []);
  assert.equal(result.closesGaps, false);
});

test('criticalParticipants: only the hub whose removal leaves another participant without contracts', () => {
  const dossier = compliantDossier();
  dossier.participants.push(participant(10));
  dossier.contracts.push({ supplier: innOf(10), buyer: innOf(0), kind: 'supply', year: 2024, amount: 25_000_000 });
  dossier.purchases.push({ buyer: innOf(10), year: 2024, intermediateTotal: 100_000_000, imported: 0 });
  const critical = criticalParticipants(dossier, pp779);
  assert.deepEqual(critical, [{ inn: innOf(0), name: 'Предприятие 0', breaks: [{ id: 'cooperation-contracts', from: 'pass', to: 'fail' }, { id: 'newcomers', from: 'pass', to: 'fail' }] }]);
  assert.deepEqual(criticalParticipants(compliantDossier(16_000_000), pp779), [], 'a non-compliant cluster has no critical participants');
});
