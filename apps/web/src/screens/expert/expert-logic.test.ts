import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgendaItem, ExpertAssignment, ExpertCriterion, ExpertRankingItem } from '../../api/expert-types.ts';
import { assignmentState, isOverdue, sortAssignments } from './assignment-state.ts';
import { criteriaPayload, weightSum, type CriterionDraft } from './criteria-form.ts';
import { deadlineIso, formatPoints, localDay, reminderMoment } from './expert-format.ts';
import { rankingRows, spreadOf } from './ranking-rows.ts';
import { formFromSheet, isDirty, liveTotal, scoredCount, scoresPayload, unsavableComments } from './score-form.ts';

// The demo commission's weights (demo-expert-story.ts): 25, 20, 25, 15, 15.
const CRITERIA: ExpertCriterion[] = [25, 20, 25, 15, 15].map((weight, i) => ({ id: 10 + i, position: i + 1, name: `К${i + 1}`, description: '', weight }));

test('score form: live total as the server computes it (Σ weight × score / 10), null until every criterion is scored', () => {
  const form = formFromSheet(CRITERIA, []);
  assert.deepEqual(liveTotal(CRITERIA, form), { total: null, partial: 0 });
  // expert1's Komi sheet: 7, 6, 7, 8, 5 → 66.5
  [7, 6, 7, 8, 5].forEach((score, i) => { form[CRITERIA[i]!.id] = { score, comment: '' }; });
  assert.deepEqual(liveTotal(CRITERIA, form), { total: 66.5, partial: 66.5 });
  form[12] = { score: null, comment: 'ещё думаю' };
  assert.equal(scoredCount(CRITERIA, form), 4);
  assert.deepEqual(liveTotal(CRITERIA, form), { total: null, partial: 49 });
  assert.equal(unsavableComments(CRITERIA, form), 1, 'a comment without a score cannot be saved');
});

test('score form: the payload carries scored criteria only, comments trimmed (empty → null); dirty compares with what was saved', () => {
  const saved = [{ criterionId: 10, score: 8, comment: 'договоры приложены' }, { criterionId: 11, score: 0, comment: null }];
  const form = formFromSheet(CRITERIA, saved);
  assert.deepEqual(form[10], { score: 8, comment: 'договоры приложены' });
  assert.deepEqual(form[12], { score: null, comment: '' });
  assert.equal(isDirty(CRITERIA, form, saved), false);
  form[11] = { score: 0, comment: '  нет расчёта  ' };
  assert.equal(isDirty(CRITERIA, form, saved), true);
  assert.deepEqual(scoresPayload(CRITERIA, form), {
    scores: [{ criterionId: 10, score: 8, comment: 'договоры приложены' }, { criterionId: 11, score: 0, comment: 'нет расчёта' }],
  }, 'a zero is a score, not a missing one');
});

const assignment = (over: Partial<ExpertAssignment> & { id: number; scoresDue?: string }): ExpertAssignment => ({
  id: over.id, criteria: 5, scored: over.scored ?? 0, complete: over.complete ?? false, submittedAt: over.submittedAt ?? null, decided: over.decided ?? false, remarks: 0,
  round: { id: 1, applicationId: 1, number: 1, kind: 'pre_defence', version: 1, sessionId: 1, openedBy: 'agenda', openedAt: '2026-11-01T00:00:00Z' },
  session: { id: 1, commissionId: 1, commissionName: 'К', title: 'С', round: 'pre_defence', heldOn: '2026-11-12', place: '', scoresDue: over.scoresDue ?? '2026-11-13T12:00:00.000Z', answersDue: null, isDemo: true },
  application: { id: 1, clusterId: 1, clusterName: 'Кластер', kind: 'registry_entry', status: 'under_review', currentVersion: 1 },
});

test('assignment state: not started, draft, submitted, decided; a complete draft is still a draft; overdue until submitted', () => {
  const at = '2026-11-12T10:00:00.000Z';
  assert.equal(assignmentState({ scored: 0, submittedAt: null, decided: false }), 'not_started');
  assert.equal(assignmentState({ scored: 3, submittedAt: null, decided: false }), 'draft');
  assert.equal(assignmentState({ scored: 5, submittedAt: null, decided: false }), 'draft', 'every criterion scored but not submitted');
  assert.equal(assignmentState({ scored: 5, submittedAt: at, decided: false }), 'submitted');
  assert.equal(assignmentState({ scored: 2, submittedAt: null, decided: true }), 'decided');
  const after = new Date('2026-11-14T00:00:00Z');
  assert.equal(isOverdue(assignment({ id: 1, scored: 3 }), after), true);
  assert.equal(isOverdue(assignment({ id: 1, scored: 5, complete: true }), after), true, 'a complete draft past the deadline is overdue');
  assert.equal(isOverdue(assignment({ id: 1, scored: 5, complete: true, submittedAt: at }), after), false);
  assert.equal(isOverdue(assignment({ id: 1, decided: true }), after), false);
  assert.equal(isOverdue(assignment({ id: 1 }), new Date('2026-11-13T11:59:00Z')), false);
  const sorted = sortAssignments([
    assignment({ id: 1, decided: true, scoresDue: '2026-11-01T00:00:00Z' }),
    assignment({ id: 2, complete: true, scored: 5, submittedAt: at }),
    assignment({ id: 3, scoresDue: '2026-12-22T15:00:00Z' }),
    assignment({ id: 4, scored: 1, scoresDue: '2026-11-13T12:00:00Z' }),
  ], after);
  assert.deepEqual(sorted.map((a) => a.id), [4, 3, 2, 1], 'overdue, then to do by deadline, then submitted, decided last');
});

test('ranking rows: each expert\'s total from the agenda by round, spread = max − min of submitted sheets; a draft has no total', () => {
  assert.equal(spreadOf([66.5, 62.5, 67.5]), 5);
  assert.equal(spreadOf([66.5, null]), null, 'one complete sheet has no spread');
  const ranking = [{ rank: 1, round: { id: 7 }, application: { id: 1 }, weightedScore: 65.5, completeSheets: 3, sheets: 3, unresolvedRemarks: 1, decision: null }] as unknown as ExpertRankingItem[];
  const agenda = [{
    round: { id: 7 }, assignments: [
      { id: 1, expertId: 9, expertName: 'Иванова', scored: 5, complete: true, submittedAt: '2026-11-12T10:00:00Z', conflict: false, total: 66.5 },
      { id: 2, expertId: 10, expertName: 'Петров', scored: 5, complete: true, submittedAt: '2026-11-12T11:00:00Z', conflict: false, total: 62.5 },
      { id: 3, expertId: 12, expertName: 'Лебедев', scored: 5, complete: true, submittedAt: '2026-11-12T12:00:00Z', conflict: false, total: 67.5 },
      { id: 4, expertId: 13, expertName: 'Кузнецова', scored: 5, complete: true, submittedAt: null, conflict: false, total: 99 },
    ],
  }] as unknown as AgendaItem[];
  const [row] = rankingRows(ranking, agenda);
  assert.deepEqual(row!.experts.map((e) => [e.expertName, e.total]), [['Иванова', 66.5], ['Петров', 62.5], ['Лебедев', 67.5], ['Кузнецова', null]]);
  assert.equal(row!.spread, 5, 'the draft is left out of the spread');
  assert.deepEqual(rankingRows(ranking, [])[0]!.experts, [], 'a round not on the agenda shows no experts rather than failing');
});

test('criteria editor: the sum counts typed weights; an empty weight goes to the server as 0 so its refusal names the row', () => {
  const drafts: CriterionDraft[] = [{ key: 'a', name: 'А', description: '', weight: 50 }, { key: 'b', name: 'Б', description: 'х', weight: 40 }, { key: 'c', name: 'В', description: '', weight: '' }];
  assert.equal(weightSum(drafts), 90);
  assert.deepEqual(criteriaPayload(drafts).criteria.map((c) => c.weight), [50, 40, 0]);
});

test('formats: points with a Russian comma; deadlines from a day and a time; reminders now for today, noon for another day', () => {
  assert.equal(formatPoints(65.5), '65,5');
  assert.equal(formatPoints(83.67), '83,67');
  assert.equal(formatPoints(null), '—');
  assert.equal(formatPoints(65.5, 'en'), '65.5');
  assert.equal(deadlineIso('2026-12-22', '18:00'), new Date('2026-12-22T18:00:00').toISOString());
  assert.equal(deadlineIso('2026-12-22', '18:00:00'), new Date('2026-12-22T18:00:00').toISOString());
  assert.equal(deadlineIso('2026-12-22', '25:00'), null);
  assert.equal(deadlineIso(null, '18:00'), null);
  const now = new Date(2026, 10, 23, 17, 0);
  assert.equal(localDay(now), '2026-11-23');
  assert.equal(reminderMoment('2026-11-23', now), undefined);
  assert.equal(reminderMoment('2026-12-20', now), new Date('2026-12-20T12:00:00').toISOString());
});
