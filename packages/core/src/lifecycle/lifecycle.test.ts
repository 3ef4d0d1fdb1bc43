import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compliantDossier, shippedRuleSet, SPECIALIZED_ORG } from '../rules/test-fixtures.ts';
import { CLUSTER_STATUSES } from '../model/cluster.ts';
import { checklist } from './checklist.ts';
import { deadlineOutlook } from './deadlines.ts';
import type { LifecycleFacts } from './facts.ts';
import { findTransition, remainingSteps, TRANSITIONS } from './transitions.ts';
import { validateTransition } from './validate-transition.ts';

const pp779 = shippedRuleSet('pp779@2021-11-16.json');

/** The Astrakhan situation: an initiative of nine industrial enterprises, five of which have answered. */
function initiativeFacts(): LifecycleFacts {
  const base = compliantDossier();
  const dossier = { ...base, asOf: '2026-11-23', participants: base.participants.slice(0, 9), cluster: { ...base.cluster, specializedOrganization: null } };
  return {
    status: 'initiative', asOf: '2026-11-23', dossier,
    participants: dossier.participants.map((p, i) => ({ inn: p.inn, name: p.name, role: i < 4 ? 'anchor' : 'participant', status: i < 5 ? 'intent' : i === 8 ? 'declined' : null })),
    agreements: [], specializedOrg: null, applications: [],
    deadlines: [{ targetStatus: 'in_registry', dueOn: '2026-12-31', title: 'Включение в реестр до конца года' }],
    events: [{ fromStatus: null, toStatus: 'candidate', happenedOn: '2026-03-01' }, { fromStatus: 'candidate', toStatus: 'initiative', happenedOn: '2026-09-15' }],
  };
}

/** A cluster that has done everything before filing: agreement, specialised organisation, documents, a submitted application. */
function readyToApplyFacts(): LifecycleFacts {
  const dossier = { ...compliantDossier(), asOf: '2025-06-01' };
  const inns = dossier.participants.map((p) => p.inn);
  return {
    status: 'specialized_org_set', asOf: '2025-06-01', dossier,
    participants: dossier.participants.map((p) => ({ inn: p.inn, name: p.name, role: 'participant', status: null })),
    agreements: [{ title: 'Соглашение о создании кластера', number: '1', signedOn: '2024-02-01', kind: 'cooperation', partyInns: inns }],
    specializedOrg: { inn: SPECIALIZED_ORG.inn, name: SPECIALIZED_ORG.name },
    applications: [{ id: 7, kind: 'registry_entry', status: 'submitted', currentVersion: 1, documents: ['statement', 'agreement', 'development-programme', 'specialized-org-documents'] }],
    deadlines: [], events: [{ fromStatus: 'agreement_signed', toStatus: 'specialized_org_set', happenedOn: '2024-05-01' }],
  };
}

test('the transition table: every status is known, the main line reaches the registry, ministry decisions are the admin\'s', () => {
  for (const t of TRANSITIONS) assert.ok(CLUSTER_STATUSES.includes(t.from) && CLUSTER_STATUSES.includes(t.to), `${t.from} → ${t.to}`);
  assert.deepEqual(remainingSteps('candidate').map((t) => t.to), ['initiative', 'agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry']);
  assert.deepEqual(findTransition('pre_defence', 'in_registry')!.roles, ['admin']);
  assert.deepEqual(findTransition('in_registry', 'excluded')!.roles, ['admin']);
  assert.ok(findTransition('initiative', 'agreement_signed')!.roles.includes('specialised_org'));
  assert.equal(findTransition('pre_defence', 'in_registry')!.document.numberRequired, true);
  assert.equal(findTransition('candidate', 'in_registry'), undefined);
});

test('checklist of an initiative: participant statuses one by one, the agreement, the specialised organisation, the requirements, the deadline', () => {
  const c = checklist(initiativeFacts(), pp779);
  assert.deepEqual(c.steps.map((s) => s.to), ['agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry']);
  const next = c.next!;
  assert.equal(next.to, 'agreement_signed');
  assert.deepEqual(next.items.map((i) => [i.id.split(':')[0], i.done]), [
    ['cooperation-agreement', false],
    ...Array.from({ length: 9 }, (_, i) => ['participant-status', i < 5] as [string, boolean]),
  ]);
  assert.equal(next.remaining, 5);
  assert.equal(next.blockingRemaining, 1, 'only the agreement blocks; unanswered enterprises are work, not a bar');
  assert.match(next.items[9]!.message, /отказалось от участия — исключите из перечня/);
  assert.match(next.items[6]!.message, /включено в перечень, ответа нет — получите письмо о намерении/);

  const so = c.steps[1]!;
  assert.deepEqual(so.items.map((i) => [i.id, i.done]), [['pp779:specialized-organization', false]]);
  const application = c.steps[2]!;
  const industrial = application.items.find((i) => i.id === 'pp779:industrial-participants')!;
  assert.deepEqual([industrial.done, industrial.found, industrial.required], [false, 9, 10]);
  assert.deepEqual(application.items.filter((i) => i.kind === 'document').map((i) => [i.id, i.done]), [
    ['document:statement', false], ['document:agreement', false], ['document:development-programme', false], ['document:specialized-org-documents', false],
  ]);
  assert.equal(application.items.find((i) => i.id === 'participants-confirmed')!.found, 0);
  assert.equal(application.items.find((i) => i.id === 'registry-application')!.message, 'Заявка на включение в реестр не создана');
  assert.deepEqual(c.steps[4]!.items.map((i) => [i.id, i.done]), [['pp779-compliant', false]]);

  assert.deepEqual([c.deadline!.dueOn, c.deadline!.daysLeft, c.deadline!.state], ['2026-12-31', 38, 'open']);
  assert.equal(c.deadline!.message, '«В реестре»: до 31.12.2026 осталось 38 дн.');
  assert.match(c.summary, /^Следующий шаг — «Подписание соглашения участников»: осталось 5 из 10; до реестра шагов: 5/);
});

test('checklist of a cluster ready to apply: nothing blocks the application step', () => {
  const c = checklist(readyToApplyFacts(), pp779);
  assert.equal(c.check.compliant, true);
  assert.equal(c.next!.to, 'application');
  assert.deepEqual(c.next!.items.filter((i) => i.done !== true).map((i) => i.id), []);
  assert.equal(c.next!.items.find((i) => i.id === 'participants-confirmed')!.message, 'Все 10 участников подтвердили участие', 'parties to the signed agreement are confirmed');
  assert.equal(c.next!.items.find((i) => i.id === 'registry-application')!.message, 'Заявка № 7 подана (версия 1)');
});

test('validateTransition: each refusal names its reason and field; a complete step passes', () => {
  const facts = initiativeFacts();
  const c = checklist(facts, pp779);
  const base = { from: 'initiative' as const, happenedOn: '2026-11-20', today: '2026-11-23', lastEventOn: '2026-09-15', step: c.next };
  const agreement = { title: 'Соглашение о создании кластера', number: '1/2026', date: '2026-11-20' };
  const refusal = (r: ReturnType<typeof validateTransition>) => (r.ok ? null : r.refusal);

  assert.equal(refusal(validateTransition({ ...base, to: 'in_registry', role: 'admin' }))!.code, 'transition_not_allowed');
  assert.equal(refusal(validateTransition({ ...base, to: 'in_registry', role: 'admin' }))!.message,
    'Переход «Инициатива» → «В реестре» не предусмотрен; из «Инициатива» можно перейти в: Кандидат, Соглашение подписано');
  assert.equal(refusal(validateTransition({ ...base, to: 'registered', role: 'admin' }))!.details[0]!.path, 'body.to');
  const role = refusal(validateTransition({ ...base, to: 'agreement_signed', role: 'enterprise', document: agreement }))!;
  assert.deepEqual([role.code, role.message], ['role_not_allowed', 'Шаг «Подписание соглашения участников» может записать только: admin, regional_operator, specialised_org']);
  const doc = refusal(validateTransition({ ...base, to: 'agreement_signed', role: 'admin', document: { title: 'Соглашение', date: '2026-11-20' } }))!;
  assert.deepEqual([doc.code, doc.details.map((d) => d.path)], ['document_required', ['body.document.number']]);
  assert.equal(refusal(validateTransition({ ...base, to: 'agreement_signed', role: 'admin', document: agreement, happenedOn: '2026-12-01' }))!.code, 'date_in_future');
  assert.equal(refusal(validateTransition({ ...base, to: 'agreement_signed', role: 'admin', document: agreement, happenedOn: '2026-09-01' }))!.code, 'date_before_previous');
  const open = refusal(validateTransition({ ...base, to: 'agreement_signed', role: 'regional_operator', document: agreement }))!;
  assert.deepEqual([open.code, open.details.map((d) => d.path)], ['checklist_incomplete', ['checklist.cooperation-agreement']]);
  assert.equal(validateTransition({ ...base, to: 'candidate', role: 'regional_operator' }).ok, true, 'a return needs no checklist and no document');

  const ready = checklist(readyToApplyFacts(), pp779);
  const ok = validateTransition({ from: 'specialized_org_set', to: 'application', role: 'specialised_org', happenedOn: '2025-06-01', today: '2025-06-01', document: { title: 'Заявление', date: '2025-06-01' }, step: ready.next });
  assert.equal(ok.ok, true);
});

test('deadline outlook: met on time, met late, open, overdue', () => {
  const events = [{ fromStatus: 'initiative' as const, toStatus: 'agreement_signed' as const, happenedOn: '2026-03-10' }];
  const outlook = deadlineOutlook([
    { targetStatus: 'application', dueOn: '2026-10-01', title: 'Подать заявку' },
    { targetStatus: 'agreement_signed', dueOn: '2026-03-01', title: 'Подписать соглашение' },
    { targetStatus: 'initiative', dueOn: '2026-04-01', title: 'Инициатива' },
    { targetStatus: 'in_registry', dueOn: '2026-12-31', title: 'Реестр' },
  ], events, '2026-11-23');
  assert.deepEqual(outlook.map((d) => [d.targetStatus, d.state, d.daysLeft]), [
    ['agreement_signed', 'met_late', null], ['initiative', 'met', null], ['application', 'overdue', -53], ['in_registry', 'open', 38],
  ]);
  assert.equal(outlook[0]!.message, '«Соглашение подписано»: достигнуто 10.03.2026, позже срока 01.03.2026');
  assert.equal(outlook[2]!.message, '«Заявка подана»: срок 01.10.2026 прошёл 53 дн. назад');
});
