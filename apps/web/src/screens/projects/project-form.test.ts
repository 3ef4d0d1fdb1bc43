import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProjectBody } from '@klaster/contract';
import {
  bodyFromForm, emptyForm, fieldKey, formBudgetTotal, formFieldKeys, missingFields, placeErrors, withParticipants, type ProjectForm,
} from './project-form.ts';

const A = '2221303350';
const B = '2210477241';

function filled(): ProjectForm {
  const f = emptyForm();
  return {
    ...f, title: ' Лиофилизированные формы ', okpd2: '21.20.10', productName: 'Препараты', participants: [A, B], lead: A,
    stages: [{ ...f.stages[0]!, stage: 'rnd', startsOn: '2026-01-15', endsOn: '2026-10-31' }],
    budget: [
      { ...f.budget[0]!, inn: A, stage: 'rnd', costItem: 'rnd', year: 2026, amount: 40_000_000.1 },
      { ...f.budget[0]!, key: 'b2', inn: B, supplierInn: ' ', stage: 'rnd', costItem: 'equipment', year: 2026, spentOn: '2026-05-20', amount: 0.2 },
    ],
    results: [{ ...f.results[0]!, year: 2028, output: 300_000_000, importSubstitution: 0, jobs: 25 }],
  };
}

test('a filled form becomes a body the request schema accepts, rows in their order, the lead marked', () => {
  const body = bodyFromForm(filled());
  assert.equal(ProjectBody.safeParse(body).success, true, JSON.stringify(ProjectBody.safeParse(body).error?.issues));
  assert.equal(body.title, 'Лиофилизированные формы');
  assert.equal(body.description, undefined, 'an empty description is left out');
  assert.deepEqual(body.participants, [{ inn: A, role: 'lead' }, { inn: B, role: 'participant' }]);
  assert.deepEqual(body.budget.map((l) => [l.inn, l.supplierInn, l.spentOn, l.amount]), [[A, null, null, 40_000_000.1], [B, null, '2026-05-20', 0.2]]);
  assert.equal(formBudgetTotal(filled()), 40_000_000.3);
});

test('empty required fields are named before anything is sent; a complete form has none', () => {
  assert.deepEqual(missingFields(filled()), []);
  assert.deepEqual(missingFields(emptyForm()), [
    'title', 'product.okpd2', 'product.name', 'stages.0.stage', 'stages.0.startsOn', 'stages.0.endsOn',
    'budget.0.inn', 'budget.0.stage', 'budget.0.costItem', 'budget.0.year', 'budget.0.amount',
    'results.0.year', 'results.0.output', 'results.0.importSubstitution', 'results.0.jobs',
  ]);
});

test('error paths of both writers land on the same field; a participant\'s problem on the participants picker', () => {
  assert.equal(fieldKey('body.stages.0.endsOn'), 'stages.0.endsOn');
  assert.equal(fieldKey('body.stages[0].endsOn'), 'stages.0.endsOn');
  assert.equal(fieldKey('body.budget[12].year'), 'budget.12.year');
  assert.equal(fieldKey('body.participants[2].inn'), 'participants');
  assert.equal(fieldKey('body.participants'), 'participants');
  assert.equal(fieldKey('body.product.okpd2'), 'product.okpd2');
});

test('a refusal is placed next to its fields, several messages joined; what no field shows stays above the form', () => {
  const keys = formFieldKeys(filled());
  const placed = placeErrors([
    { path: 'body.participants', message: 'Совместный проект — не менее 2 участников кластера; указано: 1', messageEn: 'A joint project needs at least 2' },
    { path: 'body.participants[0].inn', message: 'ИНН 1 не участник кластера' },
    { path: 'body.budget[1].year', message: '2027 год вне сроков этапа' },
    { path: 'body.budget[5].year', message: 'строки нет в форме' },
    { path: 'status', message: 'ожидается draft' },
  ], 'ru', (k) => keys.has(k));
  assert.deepEqual(placed.byField, {
    participants: 'Совместный проект — не менее 2 участников кластера; указано: 1; ИНН 1 не участник кластера',
    'budget.1.year': '2027 год вне сроков этапа',
  });
  assert.deepEqual(placed.unplaced.map((d) => d.path), ['body.budget[5].year', 'status']);
  assert.equal(placeErrors([{ path: 'body.participants', message: 'ru', messageEn: 'en' }], 'en', () => true).byField.participants, 'en');
});

test('taking a participant out clears it from the lead and the budget lines', () => {
  const f = withParticipants(filled(), [B]);
  assert.deepEqual([f.participants, f.lead, f.budget.map((l) => l.inn)], [[B], B, [null, B]]);
  assert.equal(withParticipants(emptyForm(), [A, B]).lead, A, 'the first chosen leads until another is named');
  assert.equal(withParticipants({ ...filled(), lead: B }, [A, B]).lead, B);
});
