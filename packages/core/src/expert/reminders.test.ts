import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeReminders, type ReminderRemarks, type ReminderRound } from './reminders.ts';

const sessions = [{ id: 1, title: 'Предзащита, Сыктывкар', scoresDue: '2021-04-02T15:00:00.000Z', answersDue: '2021-05-01T00:00:00.000Z' }];
const roundOf = (r: Partial<ReminderRound>): ReminderRound => ({
  id: 7, sessionId: 1, applicationId: 42, clusterId: 5, decided: false,
  assignments: [{ id: 70, expertId: 100, submitted: true }, { id: 71, expertId: 101, submitted: false }], ...r,
});

test('nothing before the lead time; "due" within it for the expert who has not submitted; "overdue" and the decision after it', () => {
  assert.deepEqual(computeReminders({ now: new Date('2021-03-29T14:00:00Z'), sessions, remarks: [], rounds: [roundOf({})] }), []);
  const soon = computeReminders({ now: new Date('2021-03-31T12:00:00Z'), sessions, remarks: [], rounds: [roundOf({})] });
  assert.deepEqual(soon.map((r) => [r.kind, r.key, r.recipient]), [['scores_due', 'scores_due:a71:2021-04-02T15:00:00.000Z', { role: 'expert', userId: 101 }]]);
  const late = computeReminders({ now: new Date('2021-04-03T00:00:00Z'), sessions, remarks: [], rounds: [roundOf({})] });
  assert.deepEqual(late.map((r) => [r.kind, r.key]), [['decision_due', 'decision_due:r7'], ['scores_overdue', 'scores_overdue:a71:2021-04-02T15:00:00.000Z']]);
});

test('all sheets in: the secretary is asked to decide before the deadline; a decided round reminds nobody of scores', () => {
  const done = roundOf({ assignments: [{ id: 70, expertId: 100, submitted: true }] });
  assert.deepEqual(computeReminders({ now: new Date('2021-03-01T00:00:00Z'), sessions, remarks: [], rounds: [done] }).map((r) => r.kind), ['decision_due']);
  assert.deepEqual(computeReminders({ now: new Date('2021-04-03T00:00:00Z'), sessions, remarks: [], rounds: [roundOf({ decided: true })] }), []);
});

test('answers: the specialised organisation is reminded of unanswered remarks before and after the answer deadline of the session that raised them', () => {
  const decided = [roundOf({ decided: true })];
  const remarks: ReminderRemarks[] = [{ applicationId: 42, clusterId: 5, sessionId: 1, awaiting: 2 }];
  const due = computeReminders({ now: new Date('2021-04-29T00:00:00Z'), sessions, rounds: decided, remarks });
  assert.deepEqual(due.map((r) => [r.kind, r.key, r.recipient, r.count]), [['answers_due', 'answers_due:app42:s1:2021-05-01T00:00:00.000Z', { role: 'specialised_org', clusterId: 5 }, 2]]);
  assert.equal(due[0]!.message, 'Ответьте на замечания экспертов по заявке № 42 до 2021-05-01T00:00:00.000Z: без ответа 2');
  assert.deepEqual(computeReminders({ now: new Date('2021-05-02T00:00:00Z'), sessions, rounds: decided, remarks }).map((r) => r.kind), ['answers_overdue']);
  assert.deepEqual(computeReminders({ now: new Date('2021-05-02T00:00:00Z'), sessions, rounds: decided, remarks: [{ ...remarks[0]!, awaiting: 0 }] }), []);
  assert.deepEqual(computeReminders({ now: new Date('2021-04-29T00:00:00Z'), sessions, rounds: decided, remarks, leadHours: 24 }), []);
  const noDeadline = [{ ...sessions[0]!, answersDue: null }];
  assert.deepEqual(computeReminders({ now: new Date('2021-05-02T00:00:00Z'), sessions: noDeadline, rounds: decided, remarks }), []);
});
