import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Checklist, ChecklistItem, ChecklistStep, ClusterEvent, ClusterLifecycle, DeadlineOutlook } from '../../api/lifecycle-types.ts';
import { checklistProgress, deadlineLook, documentLine, itemState, participantAnswers, pathOf, splitRefusal } from './format-lifecycle.ts';
import { maySetDeadlines, mayChangeParticipantStatus } from './permissions.ts';

const ru = (iso: string) => iso.split('-').reverse().join('.');
const deadline = (d: Partial<DeadlineOutlook>): DeadlineOutlook => ({ targetStatus: 'in_registry', title: 'До конца года', dueOn: '2026-12-31', metOn: null, daysLeft: 38, state: 'open', message: '', messageEn: '', ...d });
const item = (id: string, done: boolean | null, blocking = true): ChecklistItem => ({ id, kind: id.startsWith('participant-status:') ? 'participant' : 'agreement', done, blocking, message: id, messageEn: id });
const step = (to: ChecklistStep['to'], items: ChecklistItem[]): ChecklistStep => ({
  from: 'initiative', to, ru: to, en: to, roles: ['admin'], document: { required: true, numberRequired: false, ru: '', en: '' }, items,
  remaining: items.filter((i) => i.done !== true).length, blockingRemaining: items.filter((i) => i.blocking && i.done !== true).length,
});
const event = (id: number, fromStatus: ClusterEvent['fromStatus'], toStatus: ClusterEvent['toStatus'], happenedOn: string): ClusterEvent => ({
  id, fromStatus, toStatus, happenedOn, document: null, actor: 'astrakhan', actorRole: 'regional_operator', note: '', recordedAt: `${happenedOn}T10:00:00Z`, isDemo: false,
});

test('deadlines: overdue in red with the days over, open with the days left (orange within two weeks), met with its day', () => {
  assert.deepEqual(deadlineLook(deadline({ state: 'overdue', daysLeft: -5 }), ru), { colour: 'red', key: 'lc.deadline.overdue', vars: { n: 5 } });
  assert.deepEqual(deadlineLook(deadline({ daysLeft: 38 }), ru), { colour: 'blue', key: 'lc.deadline.left', vars: { n: 38 } });
  assert.equal(deadlineLook(deadline({ daysLeft: 14 }), ru).colour, 'orange');
  assert.deepEqual(deadlineLook(deadline({ state: 'met', metOn: '2026-12-01', daysLeft: null }), ru), { colour: 'green', key: 'lc.deadline.met', vars: { d: '01.12.2026' } });
  assert.equal(deadlineLook(deadline({ state: 'met_late', metOn: '2027-01-10', daysLeft: null }), ru).key, 'lc.deadline.metLate');
});

test('checklist items: done, missing, unknown; the enterprises\' answers summed up as "6 of 9"', () => {
  assert.deepEqual([item('a', true), item('b', false), item('c', null)].map(itemState), ['done', 'missing', 'unknown']);
  const answers = [...Array(9)].map((_, i) => item(`participant-status:30000000${i}`, i < 6, false));
  const agreementStep = step('agreement_signed', [item('cooperation-agreement', false), ...answers]);
  const summed = participantAnswers(agreementStep)!;
  assert.deepEqual([summed.done, summed.total, summed.items.length], [6, 9, 9]);
  assert.equal(participantAnswers(step('specialized_org_set', [item('pp779:specialized-organization', false)])), null);
  const checklist = { steps: [agreementStep, step('in_registry', [item('pp779-compliant', false)])], remaining: 5 } as Checklist;
  assert.deepEqual(checklistProgress(checklist), { done: 6, total: 11 });
});

test('the path: reached statuses with their latest step, the current one, the next with its checklist and deadline, the rest ahead', () => {
  const life = {
    cluster: { id: 5, code: 'x', name: 'x', status: 'initiative', statusLabel: 'Инициатива', regions: ['30'] },
    events: [event(1, null, 'candidate', '2026-03-02'), event(2, 'candidate', 'initiative', '2026-09-17')],
    deadlines: [deadline({})], participants: [], transitions: [],
  } as ClusterLifecycle;
  const checklist = { steps: [step('agreement_signed', [item('cooperation-agreement', false)])] } as Checklist;
  const path = pathOf(life, checklist);
  assert.deepEqual(path.map((s) => [s.status, s.state]), [
    ['candidate', 'reached'], ['initiative', 'current'], ['agreement_signed', 'next'], ['specialized_org_set', 'ahead'],
    ['application', 'ahead'], ['pre_defence', 'ahead'], ['in_registry', 'ahead'],
  ]);
  assert.equal(path[1]!.event?.happenedOn, '2026-09-17');
  assert.equal(path[2]!.step?.blockingRemaining, 1);
  assert.equal(path[6]!.deadline?.dueOn, '2026-12-31');
  const excluded = pathOf({ ...life, cluster: { ...life.cluster, status: 'excluded' }, events: [...life.events, event(3, 'in_registry', 'excluded', '2026-11-22')] }, null);
  assert.deepEqual(excluded.slice(-2).map((s) => [s.status, s.state]), [['in_registry', 'reached'], ['excluded', 'excluded']]);
  assert.equal(excluded.at(-1)!.event?.happenedOn, '2026-11-22');
});

test('a refusal splits into its reason, the fields at fault and the open checklist items', () => {
  const parts = splitRefusal([
    { path: 'reason', value: 'checklist_incomplete', message: 'Шаг нельзя записать' },
    { path: 'checklist.cooperation-agreement', message: 'Соглашение не подписано' },
    { path: 'body.document.number', message: 'нужен номер документа' },
  ]);
  assert.equal(parts.reason, 'checklist_incomplete');
  assert.deepEqual([parts.checklist.map((d) => d.message), parts.fields.map((d) => d.path), parts.other], [['Соглашение не подписано'], ['body.document.number'], []]);
  assert.equal(splitRefusal([{ path: 'role', message: 'разрешено: admin' }]).reason, null);
});

test('documents in one line: title, number, date', () => {
  const words = { no: '№', of: 'от' };
  assert.equal(documentLine({ title: 'Протокол', number: '1', date: '2026-09-17' }, ru, words), 'Протокол № 1 от 17.09.2026');
  assert.equal(documentLine({ title: 'Письмо', number: null, date: null }, ru, words), 'Письмо');
  assert.equal(documentLine(null, ru, words), '—');
});

test('who may change deadlines and participant statuses: the server\'s roles within their scope', () => {
  const cluster = { id: 5, regions: ['30'] };
  const viewer = (role: string, extra: Partial<{ regionCodes: string[]; clusterId: number | null }> = {}) => ({ role, organisationId: null, regionCodes: [], clusterId: null, ...extra });
  assert.equal(maySetDeadlines(viewer('regional_operator', { regionCodes: ['30'] }), cluster), true);
  assert.equal(maySetDeadlines(viewer('regional_operator', { regionCodes: ['40'] }), cluster), false);
  assert.equal(maySetDeadlines(viewer('specialised_org', { clusterId: 5 }), cluster), false, 'deadlines are set by those who accompany the cluster');
  assert.equal(mayChangeParticipantStatus(viewer('specialised_org', { clusterId: 5 }), cluster), true);
  assert.equal(mayChangeParticipantStatus(viewer('enterprise'), cluster), false);
  assert.equal(mayChangeParticipantStatus(null, cluster), false);
});
