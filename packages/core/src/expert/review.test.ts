import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeConflicts, findConflicts } from './conflicts.ts';
import { applicationStatusAfter, planAgenda, planResubmission, type RoundState } from './rounds.ts';
import { countRemarks, remarkTransition } from './remarks.ts';
import { canResolveRemark, canSeeRound, remarkAuthor, scoresView } from './visibility.ts';

test('conflicts: declared organisations found among the cluster organisations, named with the reason', () => {
  const orgs = [{ id: 1, name: 'АО «Лузалес»', role: 'participant' }, { id: 2, name: 'АНО «ЦКР ЛПК Коми»', role: 'specialised_org' }, { id: 3, name: 'ООО «Парма»', role: 'participant' }];
  const found = findConflicts([{ organisationId: 3, reason: 'член совета директоров' }, { organisationId: 99, reason: 'бывший работодатель' }], orgs);
  assert.deepEqual(found, [{ organisationId: 3, organisationName: 'ООО «Парма»', role: 'participant', reason: 'член совета директоров' }]);
  assert.deepEqual(findConflicts([], orgs), []);
  assert.equal(describeConflicts(found).ru, 'Эксперт заявил конфликт интересов с организацией кластера: ООО «Парма» (член совета директоров)');
});

const round = (r: Partial<RoundState>): RoundState => ({ number: 1, kind: 'pre_defence', version: 1, sessionId: 10, decision: null, ...r });
const pre = { id: 10, kind: 'pre_defence' as const };
const def = { id: 20, kind: 'defence' as const };

test('agenda: the first round takes the session kind and the latest version', () => {
  assert.deepEqual(planAgenda([], pre, 2), { ok: true, action: 'open', number: 1, kind: 'pre_defence', version: 2 });
  assert.deepEqual(reason(planAgenda([], pre, null)), 'not_submitted');
});

test('agenda: an undecided round blocks, a resubmitted round is scheduled into a session of its kind', () => {
  assert.equal(reason(planAgenda([round({})], pre, 1)), 'already_on_agenda');
  assert.equal(reason(planAgenda([round({})], def, 1)), 'under_review');
  const waiting = [round({ decision: 'revise' }), round({ number: 2, kind: 'defence', version: 2, sessionId: null })];
  assert.deepEqual(planAgenda(waiting, def, 2), { ok: true, action: 'schedule', number: 2 });
  assert.equal(reason(planAgenda(waiting, pre, 2)), 'kind_mismatch');
});

test('agenda after a decision: approved pre-defence → defence; revise waits for the resubmission; final outcomes end it', () => {
  assert.deepEqual(planAgenda([round({ decision: 'approved' })], def, 1), { ok: true, action: 'open', number: 2, kind: 'defence', version: 1 });
  assert.equal(reason(planAgenda([round({ decision: 'approved' })], { id: 11, kind: 'pre_defence' }, 1)), 'passed_pre_defence');
  assert.equal(reason(planAgenda([round({ decision: 'revise' })], def, 2)), 'awaiting_resubmission');
  assert.equal(reason(planAgenda([round({ decision: 'rejected' })], def, 1)), 'final');
  assert.equal(reason(planAgenda([round({ kind: 'defence', decision: 'approved' })], def, 1)), 'final');
});

test('resubmission: only after revise, with every remark answered and a newer version; opens a defence round', () => {
  const revised = [round({ decision: 'revise' })];
  assert.deepEqual(planResubmission(revised, 2, 0), { ok: true, action: 'open', number: 2, kind: 'defence', version: 2 });
  const unanswered = planResubmission(revised, 2, 3);
  assert.equal(reason(unanswered), 'remarks_unanswered');
  assert.equal(!unanswered.ok && unanswered.message, 'Ответьте на все замечания: без ответа 3');
  assert.equal(reason(planResubmission(revised, 1, 0)), 'no_new_version');
  assert.equal(reason(planResubmission([round({})], 2, 0)), 'under_review');
  assert.equal(reason(planResubmission([round({ decision: 'approved' })], 2, 0)), 'not_returned');
  assert.equal(reason(planResubmission([], 1, 0)), 'nothing_to_resubmit');
  // a defence sent back is defended again
  assert.deepEqual(planResubmission([round({ decision: 'revise' }), round({ number: 2, kind: 'defence', version: 2, decision: 'revise' })], 3, 0),
    { ok: true, action: 'open', number: 3, kind: 'defence', version: 3 });
});

test('application status after a decision', () => {
  assert.equal(applicationStatusAfter('pre_defence', 'approved'), 'under_review');
  assert.equal(applicationStatusAfter('defence', 'approved'), 'approved');
  assert.equal(applicationStatusAfter('pre_defence', 'revise'), 'returned');
  assert.equal(applicationStatusAfter('defence', 'rejected'), 'rejected');
});

test('remarks: answer from open or rejected, settle only an answered one; counts', () => {
  assert.deepEqual(remarkTransition('open', 'answer'), { ok: true, to: 'answered' });
  assert.deepEqual(remarkTransition('rejected', 'answer'), { ok: true, to: 'answered' });
  assert.deepEqual(remarkTransition('answered', 'accept'), { ok: true, to: 'accepted' });
  assert.deepEqual(remarkTransition('answered', 'reject'), { ok: true, to: 'rejected' });
  assert.equal(remarkTransition('open', 'accept').ok, false);
  assert.equal(remarkTransition('accepted', 'answer').ok, false);
  assert.deepEqual(countRemarks(['open', 'answered', 'accepted', 'rejected', 'open']), { open: 2, answered: 1, accepted: 1, rejected: 1, unresolved: 4, awaitingApplicant: 3 });
});

const criteria = [{ id: 1, weight: 60 }, { id: 2, weight: 40 }];
const sheets = [
  { assignmentId: 1, expertId: 101, expertName: 'Эксперт А', submittedAt: '2021-04-01T10:00:00.000Z', scores: [{ criterionId: 1, score: 8, comment: 'Цепочка полная' }, { criterionId: 2, score: 5, comment: null }] },
  { assignmentId: 2, expertId: 102, expertName: 'Эксперт Б', submittedAt: '2021-04-01T11:00:00.000Z', scores: [{ criterionId: 1, score: 6, comment: null }, { criterionId: 2, score: 7, comment: 'Мало рабочих мест' }] },
];

test('visibility: the secretary sees every sheet by name; an expert only their own, the summary after the decision', () => {
  const sec = scoresView({ kind: 'secretary' }, criteria, { decided: false, sheets });
  assert.equal(sec.visibility, 'all');
  assert.deepEqual(sec.sheets.map((s) => [s.expertName, s.total]), [['Эксперт А', 68], ['Эксперт Б', 64]]);
  assert.equal(sec.summary!.weightedScore, 66);
  const before = scoresView({ kind: 'expert', userId: 102 }, criteria, { decided: false, sheets });
  assert.deepEqual([before.visibility, before.summary, before.sheets.map((s) => [s.expertId, s.mine])], ['own', null, [[102, true]]]);
  const after = scoresView({ kind: 'expert', userId: 102 }, criteria, { decided: true, sheets });
  assert.deepEqual([after.visibility, after.summary!.weightedScore, after.sheets.length], ['own_and_summary', 66, 1]);
  assert.equal(canSeeRound({ kind: 'expert', userId: 103 }, [101, 102]), false);
  assert.equal(canSeeRound({ kind: 'expert', userId: 101 }, [101, 102]), true);
  assert.equal(canSeeRound({ kind: 'applicant', canAnswer: true }, [101]), true);
});

test('visibility: the applicant sees no score before the decision and an anonymous summary after', () => {
  const applicant = { kind: 'applicant' as const, canAnswer: true };
  assert.deepEqual(scoresView(applicant, criteria, { decided: false, sheets }), { visibility: 'hidden_until_decision', summary: null, sheets: [] });
  const after = scoresView(applicant, criteria, { decided: true, sheets });
  assert.deepEqual(after.sheets, []);
  assert.deepEqual(after.summary!.comments, [{ criterionId: 1, text: 'Цепочка полная' }, { criterionId: 2, text: 'Мало рабочих мест' }]);
  assert.deepEqual(after.summary!.byCriterion.map((c) => c.mean), [7, 6]);
  assert.ok(!JSON.stringify(after).includes('Эксперт'), 'no expert name reaches the applicant');
  const author = { id: 101, name: 'Эксперт А' };
  assert.deepEqual(remarkAuthor(applicant, author), { author: null, mine: false });
  assert.deepEqual(remarkAuthor({ kind: 'expert', userId: 101 }, author), { author, mine: true });
  assert.deepEqual(remarkAuthor({ kind: 'expert', userId: 102 }, author), { author: null, mine: false });
  assert.deepEqual(remarkAuthor({ kind: 'secretary' }, author), { author, mine: false });
  assert.equal(canResolveRemark({ kind: 'expert', userId: 102 }, 101), false);
  assert.equal(canResolveRemark({ kind: 'secretary' }, 101), true);
});

test('visibility: a draft is its expert\'s own — the secretary sees how far it is filled in, not its scores; it adds nothing to the summary', () => {
  const draft = { assignmentId: 3, expertId: 103, expertName: 'Эксперт В', submittedAt: null, scores: [{ criterionId: 1, score: 1, comment: 'черновой комментарий' }, { criterionId: 2, score: 1, comment: null }] };
  const all = [...sheets, draft];
  const sec = scoresView({ kind: 'secretary' }, criteria, { decided: false, sheets: all });
  assert.deepEqual(sec.sheets.map((s) => [s.expertName, s.submittedAt !== null, s.scored, s.total, s.scores.length]), [
    ['Эксперт А', true, 2, 68, 2], ['Эксперт Б', true, 2, 64, 2], ['Эксперт В', false, 2, null, 0],
  ]);
  assert.deepEqual([sec.summary!.weightedScore, sec.summary!.submittedSheets, sec.summary!.sheets], [66, 2, 3]);
  const own = scoresView({ kind: 'expert', userId: 103 }, criteria, { decided: false, sheets: all });
  assert.deepEqual(own.sheets.map((s) => [s.mine, s.submittedAt, s.total, s.scores.length]), [[true, null, 10, 2]], 'the expert sees their own draft in full');
  const applicant = scoresView({ kind: 'applicant', canAnswer: true }, criteria, { decided: true, sheets: all });
  assert.ok(!JSON.stringify(applicant).includes('черновой'), 'a draft\'s comment does not reach the applicant');
  assert.equal(applicant.summary!.weightedScore, 66);
});

function reason(plan: ReturnType<typeof planAgenda>): string | null {
  return plan.ok ? null : plan.reason;
}
