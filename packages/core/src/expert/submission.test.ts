import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingCriteria, planSheetAction } from './submission.ts';

const criteria = [{ id: 1, name: 'Кооперация участников' }, { id: 2, name: 'Экономический эффект' }, { id: 3, name: 'Программа развития' }];
const all = [{ criterionId: 1 }, { criterionId: 2 }, { criterionId: 3 }];
const draft = { submitted: false, decided: false };
const sent = { submitted: true, decided: false };

test('submit: every criterion scored; the refusal names the missing ones in the commission\'s order', () => {
  assert.deepEqual(planSheetAction('submit', draft, criteria, all), { ok: true });
  const one = planSheetAction('submit', draft, criteria, [{ criterionId: 3 }, { criterionId: 1 }]);
  assert.deepEqual(one.ok ? null : [one.reason, one.message, one.missing.map((c) => c.id)],
    ['incomplete', 'Оценочный лист нельзя отправить: не оценён критерий «Экономический эффект»', [2]]);
  const two = planSheetAction('submit', draft, criteria, [{ criterionId: 1 }]);
  assert.equal(two.ok ? null : two.message, 'Оценочный лист нельзя отправить: не оценены критерии «Экономический эффект», «Программа развития»');
  assert.equal(planSheetAction('submit', draft, [], []).ok, false, 'no criteria, nothing to submit');
  assert.deepEqual(missingCriteria(criteria, []).map((c) => c.id), [1, 2, 3]);
});

test('submit twice is refused; reopen and return need a submitted sheet; after the decision nothing moves', () => {
  const twice = planSheetAction('submit', sent, criteria, all);
  assert.deepEqual(twice.ok ? null : [twice.reason, twice.message], ['already_submitted', 'Оценочный лист уже отправлен']);
  assert.deepEqual(planSheetAction('reopen', sent, criteria, all), { ok: true });
  assert.deepEqual(planSheetAction('return', sent, criteria, all), { ok: true });
  const nothing = planSheetAction('reopen', draft, criteria, all);
  assert.deepEqual(nothing.ok ? null : nothing.reason, 'not_submitted');
  for (const action of ['submit', 'reopen', 'return'] as const)
    for (const submitted of [false, true]) {
      const plan = planSheetAction(action, { submitted, decided: true }, criteria, all);
      assert.deepEqual(plan.ok ? null : [plan.reason, plan.message], ['decided', 'По раунду принято решение: оценочный лист больше не меняется'], `${action}, submitted ${submitted}`);
    }
});
