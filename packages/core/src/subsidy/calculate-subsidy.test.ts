import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateSubsidy } from './calculate-subsidy.ts';
import { innOf, shippedRuleSet } from '../rules/test-fixtures.ts';
import type { SubsidyCost } from './subsidy-types.ts';

const [A, B, C, X] = [innOf(1), innOf(2), innOf(3), innOf(900)];
const participants = [A, B, C];

test('pp41@2023: starting batches from other participants, 50%, 150 mln per applicant, each exclusion with its reason', () => {
  const costs: SubsidyCost[] = [
    { date: '2022-12-31', supplierInn: B, buyerInn: A, amount: 10_000_000, costItem: 'starting-batch' },
    { date: '2023-02-01', supplierInn: X, buyerInn: A, amount: 20_000_000, costItem: 'starting-batch' },
    { date: '2023-03-01', supplierInn: B, buyerInn: A, amount: 200_000_000, costItem: 'starting-batch' },
    { date: '2023-04-01', supplierInn: C, buyerInn: A, amount: 150_000_000, costItem: 'starting-batch' },
    { date: '2023-05-01', supplierInn: A, buyerInn: B, amount: 40_000_000, costItem: 'equipment' },
    { date: '2023-06-01', supplierInn: A, buyerInn: B, amount: 40_000_000, costItem: 'starting-batch' },
    { date: '2023-07-01', supplierInn: B, buyerInn: B, amount: 5_000_000, costItem: 'starting-batch' },
  ];
  const result = calculateSubsidy({ costs, participants, clusterCompliant: true }, shippedRuleSet('pp41@2023.json'));
  assert.equal(result.ruleset, 'pp41@2023');
  assert.deepEqual([result.sharePercent, result.capRub, result.capPer], [50, 150_000_000, 'applicant']);
  // A: 200 + 100 of 150 mln (the cap of 150 mln is reached at 300 mln of costs); B: 40 mln
  assert.equal(result.eligibleCosts, 340_000_000);
  assert.equal(result.amount, 170_000_000);
  assert.deepEqual(result.byApplicant, [
    { inn: A, eligibleCosts: 300_000_000, amount: 150_000_000 },
    { inn: B, eligibleCosts: 40_000_000, amount: 20_000_000 },
  ].sort((p, q) => p.inn.localeCompare(q.inn)));
  assert.deepEqual(result.excluded.map((e) => [e.index, e.reason, e.excludedAmount]), [
    [0, 'before-effective-date', 10_000_000],
    [1, 'supplier-not-participant', 20_000_000],
    [3, 'over-cap', 50_000_000],
    [4, 'cost-item-not-eligible', 40_000_000],
    [6, 'supplier-not-participant', 5_000_000],
  ]);
  assert.equal(result.excluded[0]!.message, 'Затраты от 31.12.2022 понесены до 01.01.2023');
  assert.equal(result.excluded[2]!.message, '50 000 000 руб. сверх предела субсидии 150 000 000 руб. на заявителя');
});

test('pp41@2023: nothing is reimbursed when the cluster does not comply or was not checked', () => {
  const costs: SubsidyCost[] = [{ date: '2023-03-01', supplierInn: B, buyerInn: A, amount: 1_000_000, costItem: 'starting-batch' }];
  const notCompliant = calculateSubsidy({ costs, participants, clusterCompliant: false }, shippedRuleSet('pp41@2023.json'));
  assert.deepEqual([notCompliant.amount, notCompliant.excluded[0]!.reason], [0, 'cluster-not-compliant']);
  assert.equal(notCompliant.excluded[0]!.message, 'Не возмещается: кластер не соответствует ПП № 779');
  const unchecked = calculateSubsidy({ costs, participants, clusterCompliant: null }, shippedRuleSet('pp41@2023.json'));
  assert.equal(unchecked.excluded[0]!.message, 'Не возмещается: соответствие кластера ПП № 779 не проверено');
});

test('pp41@2021: 30% of a joint project, capped at 300 mln per project; suppliers outside the cluster are fine', () => {
  const costs: SubsidyCost[] = [
    { date: '2020-12-31', buyerInn: A, amount: 100_000_000, costItem: 'rnd', stage: 'НИОКР' },
    { date: '2021-03-01', supplierInn: X, buyerInn: A, amount: 600_000_000, costItem: 'rnd' },
    { date: '2021-05-01', buyerInn: B, amount: 500_000_000, costItem: 'equipment' },
    { date: '2021-06-01', buyerInn: A, amount: 10_000_000, costItem: 'marketing' },
    { date: '2021-07-01', buyerInn: X, amount: 10_000_000, costItem: 'production' },
  ];
  const result = calculateSubsidy({ costs, participants, clusterCompliant: null }, shippedRuleSet('pp41@2021.json'));
  // 300 mln at 30% is reached at 1 000 mln of costs: 600 of A, then 400 of B's 500
  assert.deepEqual([result.eligibleCosts, result.amount, result.capPer], [1_000_000_000, 300_000_000, 'project']);
  assert.deepEqual(result.excluded.map((e) => [e.index, e.reason, e.excludedAmount]), [
    [0, 'before-effective-date', 100_000_000],
    [2, 'over-cap', 100_000_000],
    [3, 'cost-item-not-eligible', 10_000_000],
    [4, 'buyer-not-participant', 10_000_000],
  ]);
  assert.deepEqual(result.byApplicant.find((a) => a.inn === B), { inn: B, eligibleCosts: 400_000_000, amount: 120_000_000 });
});

test('pp41@2016: 50% with no cap, rounded down to the kopeck', () => {
  const costs: SubsidyCost[] = [
    { date: '2016-01-27', buyerInn: A, amount: 5_000_000, costItem: 'rnd' },
    { date: '2016-02-01', buyerInn: A, amount: 10_000_000, costItem: 'rnd' },
    { date: '2016-03-01', buyerInn: A, amount: 1000.01, costItem: 'documentation' },
  ];
  const result = calculateSubsidy({ costs, participants, clusterCompliant: null }, shippedRuleSet('pp41@2016.json'));
  assert.equal(result.capRub, null);
  assert.equal(result.eligibleCosts, 10_001_000.01);
  // 1 000 100 001 kopecks × 50% = 500 050 000.5 kopecks, rounded down to 500 050 000
  assert.equal(result.amount, 5_000_500);
  assert.deepEqual(result.excluded.map((e) => e.reason), ['before-effective-date']);
});
