import { test } from 'node:test';
import assert from 'node:assert/strict';
import { innOf, shippedRuleSet } from '../rules/test-fixtures.ts';
import { projectSubsidy, summariseBudget, summariseResults } from './project-subsidy.ts';
import type { JointProjectInput } from './project-types.ts';
import { checkProjectStatusChange, projectEditable } from './project-status.ts';
import { validateJointProject } from './validate-project.ts';

const [A, B, C, X] = [innOf(1), innOf(2), innOf(3), innOf(900)];
const ctx = { clusterParticipants: [A, B, C] };

function project(): JointProjectInput {
  return {
    title: 'Локализация производства компонентов подвески', product: { okpd2: '29.32.30', name: 'Компоненты подвески' }, subsidyRuleset: 'pp41@2021',
    participants: [{ inn: A, role: 'lead' }, { inn: B, role: 'participant' }],
    stages: [
      { stage: 'rnd', startsOn: '2022-01-10', endsOn: '2022-12-20' },
      { stage: 'equipment', startsOn: '2023-02-01', endsOn: '2023-11-30' },
      { stage: 'serial', startsOn: '2024-01-01', endsOn: '2026-12-31' },
    ],
    budget: [
      { inn: A, stage: 'rnd', costItem: 'rnd', year: 2022, amount: 100_000_000 },
      { inn: B, supplierInn: X, stage: 'equipment', costItem: 'equipment', year: 2023, spentOn: '2023-03-15', amount: 200_000_000.5 },
      { inn: A, stage: 'equipment', costItem: 'marketing', year: 2023, amount: 10_000_000 },
    ],
    results: [{ year: 2024, output: 300_000_000, importSubstitution: 120_000_000, jobs: 40 }, { year: 2025, output: 450_000_000, importSubstitution: 180_000_000, jobs: 15 }],
  };
}

test('a consistent joint project has no issues', () => {
  assert.deepEqual(validateJointProject(project(), ctx), []);
});

test('a project with one participant is refused naming the field', () => {
  const p = { ...project(), participants: [{ inn: A, role: 'lead' as const }], budget: project().budget.filter((l) => l.inn === A) };
  const issues = validateJointProject(p, ctx);
  assert.deepEqual(issues.map((i) => [i.path, i.message]), [['participants', 'Совместный проект — не менее 2 участников кластера; указано: 1']]);
});

test('each inconsistency names its field and value', () => {
  const p = project();
  p.participants.push({ inn: X, role: 'lead' });
  p.product.okpd2 = '29-32';
  p.stages.push({ stage: 'launch', startsOn: '2024-05-01', endsOn: '2024-03-01' });
  p.budget.push({ inn: C, stage: 'rnd', costItem: 'rnd', year: 2023, amount: 5 });
  p.budget.push({ inn: A, stage: 'documentation', costItem: 'documents', year: 2022, spentOn: '2021-12-31', amount: 0 });
  p.results.push({ year: 2021, output: 0, importSubstitution: 0, jobs: 0 });
  assert.deepEqual(validateJointProject(p, ctx).map((i) => [i.path, i.value]), [
    ['participants[2].inn', X],
    ['participants', 2],
    ['product.okpd2', '29-32'],
    ['stages[3].endsOn', '2024-03-01'],
    ['budget[3].inn', C],
    ['budget[3].year', 2023],
    ['budget[4].costItem', 'documents'],
    ['budget[4].amount', 0],
    ['budget[4].spentOn', '2021-12-31'],
    ['budget[4].stage', 'documentation'],
    ['results[2].year', 2021],
  ]);
});

test('budget by year, stage, item and participant, in kopecks; results add up', () => {
  const b = summariseBudget(project().budget);
  assert.equal(b.total, 310_000_000.5);
  assert.deepEqual(b.byYear, [{ year: 2022, amount: 100_000_000 }, { year: 2023, amount: 210_000_000.5 }]);
  assert.deepEqual(b.byStage, [{ stage: 'rnd', amount: 100_000_000 }, { stage: 'equipment', amount: 210_000_000.5 }]);
  assert.deepEqual(b.byItemAndYear.map((x) => [x.costItem, x.year]), [['equipment', 2023], ['marketing', 2023], ['rnd', 2022]]);
  assert.deepEqual(summariseResults(project().results), { output: 750_000_000, importSubstitution: 300_000_000, jobs: 55, years: [2024, 2025] });
});

test('the subsidy comes from the pp41 calculator: pp41@2021 reimburses 30% of R&D and equipment, not marketing', () => {
  const r = projectSubsidy(project(), shippedRuleSet('pp41@2021.json'), { participants: [A, B, C], compliant: true });
  assert.equal(r.subsidy.ruleset, 'pp41@2021');
  assert.equal(r.subsidy.eligibleCosts, 300_000_000.5);
  // 30 000 000 050 kopecks × 30% = 9 000 000 015 kopecks
  assert.equal(r.subsidy.amount, 90_000_000.15);
  assert.deepEqual(r.subsidy.excluded.map((e) => [e.index, e.reason]), [[2, 'cost-item-not-eligible']]);
  assert.equal(r.shareOfBudget, 0.2903);
  const p23 = projectSubsidy(project(), shippedRuleSet('pp41@2023.json'), { participants: [A, B, C], compliant: true });
  assert.equal(p23.subsidy.amount, 0, 'pp41@2023 pays only starting batches bought inside the cluster');
});

test('project status: the cluster side submits, only the ministry supports, a draft alone is editable', () => {
  assert.deepEqual(checkProjectStatusChange('draft', 'submitted', 'specialised_org'), { ok: true });
  const refused = checkProjectStatusChange('submitted', 'supported', 'regional_operator');
  assert.equal(refused.ok ? null : refused.message, 'Решение «Поддержан» принимает только: admin');
  const skipped = checkProjectStatusChange('draft', 'supported', 'admin');
  assert.equal(skipped.ok ? null : skipped.message, 'Проект в статусе «Черновик» нельзя перевести в «Поддержан»; можно: Подан на поддержку');
  assert.deepEqual([projectEditable('draft'), projectEditable('submitted')], [true, false]);
});
