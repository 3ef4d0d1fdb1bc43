import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, insertApplicationVersion } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadExpertFixture, type ExpertFixture } from './test-fixture.ts';

/**
 * The Komi pre-defence in miniature: three applications, three experts, criteria 40/35/25. Scores (hand-computed):
 *   wood:  E1 8,6,9 → 75.5; E2 7,7,5 → 65           → 70.25, two remarks
 *   oil:   E1 9,8,8 → 84;   E2 7,7,7 → 70; E3 8,8,8 → 80 → 78, one remark
 *   paper: E1 8,6,9 → 75.5; E2 7,7,5 → 65           → 70.25, no remark
 * By score: oil, paper, wood (paper and wood tie on score; paper has fewer open remarks). By remarks: paper, oil, wood.
 */
describeOnDatabases('Expert commission API', (db) => {
  let app: FastifyInstance;
  let fx: ExpertFixture;
  let admin: SignedInClient, e1: SignedInClient, e2: SignedInClient, e3: SignedInClient, outsiderExpert: SignedInClient;
  let woodSo: SignedInClient, oilSo: SignedInClient, woodRep: SignedInClient, outsiderRep: SignedInClient;
  let commissionId = 0;
  let preId = 0;
  let defenceId = 0;
  const round: Record<string, number> = {};
  const assignment: Record<string, number> = {};
  let criteria: number[] = [];
  const remark: Record<string, number> = {};

  before(async () => {
    app = await buildApp({ db: db() });
    fx = await loadExpertFixture(db());
    admin = await signedInAs(app, db(), 'admin', { login: 'secretary' });
    e1 = await signedInAs(app, db(), 'expert', { login: 'expert-one' });
    e2 = await signedInAs(app, db(), 'expert', { login: 'expert-two' });
    e3 = await signedInAs(app, db(), 'expert', { login: 'expert-three' });
    outsiderExpert = await signedInAs(app, db(), 'expert', { login: 'expert-outside' });
    woodSo = await signedInAs(app, db(), 'specialised_org', { login: 'wood-so', clusterId: fx.clusters.wood });
    oilSo = await signedInAs(app, db(), 'specialised_org', { login: 'oil-so', clusterId: fx.clusters.oil });
    woodRep = await signedInAs(app, db(), 'enterprise', { login: 'wood-rep', organisationId: fx.organisations.wood1 });
    outsiderRep = await signedInAs(app, db(), 'enterprise', { login: 'outsider-rep', organisationId: fx.organisations.outsider });
  });

  const ok = async (client: SignedInClient, method: string, url: string, payload?: unknown, status = 200) => {
    const res = await client.inject({ method: method as 'GET', url, ...(payload === undefined ? {} : { payload: payload as object }) });
    assert.equal(res.statusCode, status, `${method} ${url}: ${res.body}`);
    return res.statusCode === 204 ? null : res.json();
  };

  test('setup: criteria must add up to 100, only expert accounts join, sessions with deadlines', async () => {
    commissionId = (await ok(admin, 'POST', '/api/expert/commissions', { name: 'Комиссия практической сессии (тест)' })).id;
    const bad = await ok(admin, 'PUT', `/api/expert/commissions/${commissionId}/criteria`, { criteria: [{ name: 'А', weight: 50 }, { name: 'Б', weight: 40 }] }, 400);
    assert.equal(bad.error.code, 'validation_failed');
    assert.deepEqual(bad.error.details.map((d: { path: string; value: unknown }) => [d.path, d.value]), [['body.criteria', 90]]);
    assert.match(bad.error.message, /сумма весов 90, а должна быть ровно 100/);
    const set = await ok(admin, 'PUT', `/api/expert/commissions/${commissionId}/criteria`, {
      criteria: [{ name: 'Кооперация участников', weight: 40 }, { name: 'Экономический эффект', weight: 35 }, { name: 'Программа развития', weight: 25 }],
    });
    criteria = set.criteria.map((c: { id: number }) => c.id);
    assert.deepEqual(set.criteria.map((c: { weight: number }) => c.weight), [40, 35, 25]);
    const notExpert = await ok(admin, 'POST', `/api/expert/commissions/${commissionId}/members`, { userId: woodSo.user.id }, 400);
    assert.equal(notExpert.error.details[0].path, 'body.userId');
    for (const e of [e1, e2, e3]) await ok(admin, 'POST', `/api/expert/commissions/${commissionId}/members`, { userId: e.user.id, position: 'эксперт' });
    preId = (await ok(admin, 'POST', `/api/expert/commissions/${commissionId}/sessions`, {
      title: 'Предзащита, Сыктывкар', round: 'pre_defence', heldOn: '2021-04-01', place: 'Сыктывкар', scoresDue: '2021-04-02T15:00:00Z', answersDue: '2021-05-01T00:00:00Z',
    })).id;
    defenceId = (await ok(admin, 'POST', `/api/expert/commissions/${commissionId}/sessions`, { title: 'Защита', round: 'defence', heldOn: '2021-06-01', scoresDue: '2021-06-10T00:00:00Z' })).id;
    // experts see only the commissions they sit on; others' are 404
    assert.equal((await ok(e1, 'GET', '/api/expert/commissions')).items.length, 1);
    assert.equal((await ok(outsiderExpert, 'GET', '/api/expert/commissions')).items.length, 0);
    await ok(outsiderExpert, 'GET', `/api/expert/commissions/${commissionId}`, undefined, 404);
    await ok(e1, 'POST', '/api/expert/commissions', { name: 'x' }, 403);
  });

  test('agenda: each submitted application opens round 1 on its latest version; a draft or a repeat is refused', async () => {
    for (const k of ['wood', 'oil', 'paper'] as const) {
      const r = await ok(admin, 'POST', `/api/expert/sessions/${preId}/agenda`, { applicationId: fx.applications[k] });
      assert.deepEqual([r.number, r.kind, r.version, r.sessionId, r.openedBy], [1, 'pre_defence', 1, preId, 'agenda']);
      round[k] = r.id;
    }
    const [status] = await db().query<{ status: string }>(`SELECT status FROM applications WHERE id = $1`, [fx.applications.wood]);
    assert.equal(status!.status, 'under_review');
    const again = await ok(admin, 'POST', `/api/expert/sessions/${preId}/agenda`, { applicationId: fx.applications.wood }, 409);
    assert.equal(again.error.message, 'Заявка уже в повестке этого заседания');
    const draft = await ok(admin, 'POST', `/api/expert/sessions/${preId}/agenda`, { applicationId: fx.applications.draft }, 409);
    assert.equal(draft.error.message, 'Заявку нельзя включить в повестку: заявка ещё не подана (черновик)');
    await ok(admin, 'POST', `/api/expert/sessions/${preId}/agenda`, { applicationId: 999999 }, 404);
  });

  test('assignment of an expert who declared a conflict with a participant of the cluster is refused, naming the organisation', async () => {
    const declared = await ok(e3, 'POST', '/api/expert/conflicts', { organisationId: fx.organisations.wood1, reason: 'работал в организации до 2020 года' });
    assert.equal(declared.expertId, e3.user.id);
    const refused = await ok(admin, 'POST', `/api/expert/rounds/${round.wood}/assignments`, { expertId: e3.user.id }, 409);
    assert.equal(refused.error.code, 'conflict');
    assert.equal(refused.error.message, 'Эксперт заявил конфликт интересов с организацией кластера: АО «Лесозавод Тест» (работал в организации до 2020 года)');
    assert.deepEqual(refused.error.details.map((d: { value: number }) => d.value), [fx.organisations.wood1]);
    // an expert cannot declare for somebody else; a non-member cannot be assigned
    await ok(e3, 'POST', '/api/expert/conflicts', { expertId: e1.user.id, organisationId: fx.organisations.oil1, reason: 'x' }, 400);
    const notMember = await ok(admin, 'POST', `/api/expert/rounds/${round.oil}/assignments`, { expertId: outsiderExpert.user.id }, 409);
    assert.match(notMember.error.message, /не входит в состав комиссии/);
    for (const [k, experts] of [['wood', [e1, e2]], ['oil', [e1, e2, e3]], ['paper', [e1, e2]]] as const)
      for (const e of experts) assignment[`${k}:${e.user.login}`] = (await ok(admin, 'POST', `/api/expert/rounds/${round[k]}/assignments`, { expertId: e.user.id })).id;
    await ok(admin, 'POST', `/api/expert/rounds/${round.oil}/assignments`, { expertId: e1.user.id }, 409);
  });

  test('an expert sees only their own assignments: other assignments and applications answer 404', async () => {
    const mine = await ok(e3, 'GET', '/api/expert/assignments');
    assert.deepEqual(mine.items.map((a: { application: { id: number } }) => a.application.id), [fx.applications.oil]);
    assert.equal((await ok(admin, 'GET', '/api/expert/assignments')).items.length, 7);
    await ok(e3, 'GET', `/api/expert/assignments/${assignment['wood:expert-one']}`, undefined, 404);
    await ok(e3, 'GET', `/api/expert/assignments/${assignment['wood:expert-one']}/application`, undefined, 404);
    await ok(e3, 'PUT', `/api/expert/assignments/${assignment['wood:expert-one']}/scores`, { scores: [{ criterionId: criteria[0], score: 5 }] }, 404);
    await ok(e3, 'GET', `/api/expert/applications/${fx.applications.wood}/review`, undefined, 404);
    await ok(outsiderExpert, 'GET', `/api/expert/applications/${fx.applications.oil}/review`, undefined, 404);
    const version = await ok(e3, 'GET', `/api/expert/assignments/${assignment['oil:expert-three']}/application`);
    assert.deepEqual([version.version, version.frozen.cluster], [1, 'test-oil']);
    await ok(e3, 'GET', '/api/expert/sessions/' + preId, undefined, 403);
  });

  test('scores: validated (0–10, known criteria); a draft does not count; submitting needs every criterion, then the ranking by score and by open remarks', async () => {
    const invalid = await ok(e1, 'PUT', `/api/expert/assignments/${assignment['wood:expert-one']}/scores`, { scores: [{ criterionId: criteria[0], score: 11 }, { criterionId: 999999, score: 5 }] }, 400);
    assert.deepEqual(invalid.error.details.map((d: { path: string }) => d.path), ['body.scores.0.score', 'body.scores.1.criterionId']);
    const give = async (e: SignedInClient, k: string, s: number[]) =>
      ok(e, 'PUT', `/api/expert/assignments/${assignment[`${k}:${e.user.login}`]}/scores`, { scores: s.map((score, i) => ({ criterionId: criteria[i], score, comment: i === 0 ? `комментарий ${e.user.login}` : null })) });
    const partial = await ok(e1, 'PUT', `/api/expert/assignments/${assignment['wood:expert-one']}/scores`, { scores: [{ criterionId: criteria[0], score: 3 }] });
    assert.deepEqual([partial.total, partial.editable, partial.canSubmit, partial.submittedAt, partial.assignment.complete], [null, true, true, null, false]);
    // submitting with criteria unscored: 422, naming them in the commission's order
    const incomplete = await ok(e1, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/submit`, undefined, 422);
    assert.equal(incomplete.error.code, 'incomplete');
    assert.equal(incomplete.error.message, 'Оценочный лист нельзя отправить: не оценены критерии «Экономический эффект», «Программа развития»');
    assert.deepEqual(incomplete.error.details.map((d: { path: string; value: number }) => [d.path, d.value]), [['scores', criteria[1]], ['scores', criteria[2]]]);
    await ok(e2, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/submit`, undefined, 404);
    await ok(admin, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/submit`, undefined, 403);
    const sheet = await give(e1, 'wood', [8, 6, 9]);
    assert.deepEqual([sheet.total, sheet.assignment.complete, sheet.submittedAt], [75.5, true, null]);
    await give(e2, 'wood', [7, 7, 5]);
    await give(e1, 'oil', [9, 8, 8]);
    await give(e2, 'oil', [7, 7, 7]);
    await give(e3, 'oil', [8, 8, 8]);
    await give(e1, 'paper', [8, 6, 9]);
    await give(e2, 'paper', [7, 7, 5]);
    const [log] = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM expert_score_log WHERE assignment_id = $1`, [assignment['wood:expert-one']]);
    assert.equal(log!.n, 4, 'the first partial score stays in the log after the revision');

    // every sheet complete, none submitted: nothing moves the ranking, and the secretary sees progress, not the drafts' scores
    const drafts = await ok(admin, 'GET', `/api/expert/sessions/${preId}/ranking`);
    assert.deepEqual(drafts.items.map((i: { weightedScore: number | null; submittedSheets: number; sheets: number }) => [i.weightedScore, i.submittedSheets, i.sheets]), [[null, 0, 2], [null, 0, 3], [null, 0, 2]], 'wood, oil, paper: all tied, by application id');
    const draftAgenda = await ok(admin, 'GET', `/api/expert/sessions/${preId}`);
    const woodDraft = draftAgenda.items.find((i: { application: { id: number } }) => i.application.id === fx.applications.wood);
    assert.deepEqual(woodDraft.assignments.map((a: { complete: boolean; submittedAt: string | null; total: number | null }) => [a.complete, a.submittedAt, a.total]), [[true, null, null], [true, null, null]]);
    const asSecretary = await ok(admin, 'GET', `/api/expert/assignments/${assignment['wood:expert-one']}`);
    assert.deepEqual([asSecretary.scores, asSecretary.total, asSecretary.assignment.scored, asSecretary.canReturn], [[], null, 3, false]);

    const submit = (e: SignedInClient, k: string, status = 200) => ok(e, 'POST', `/api/expert/assignments/${assignment[`${k}:${e.user.login}`]}/submit`, undefined, status);
    const sent = await submit(e1, 'wood');
    assert.deepEqual([sent.editable, sent.canSubmit, sent.canReopen, sent.submittedBy, sent.assignment.submittedAt === sent.submittedAt], [false, false, true, 'expert-one', true]);
    assert.ok(Date.parse(sent.submittedAt) > 0);
    assert.deepEqual(sent.events.map((e: { action: string; actor: string }) => [e.action, e.actor]), [['submit', 'expert-one']]);
    const afterOne = await ok(admin, 'GET', `/api/expert/sessions/${preId}/ranking`);
    const woodOne = afterOne.items.find((i: { application: { id: number } }) => i.application.id === fx.applications.wood);
    assert.deepEqual([woodOne.rank, woodOne.weightedScore, woodOne.submittedSheets, woodOne.sheets], [1, 75.5, 1, 2], 'one submitted sheet counts, the complete draft beside it does not');
    // a submitted sheet is frozen, and is submitted once
    const frozen = await ok(e1, 'PUT', `/api/expert/assignments/${assignment['wood:expert-one']}/scores`, { scores: [{ criterionId: criteria[0], score: 1 }] }, 409);
    assert.equal(frozen.error.message, 'Оценочный лист отправлен: чтобы изменить оценки, верните его на доработку');
    await assert.rejects(db().query(`UPDATE expert_scores SET score = 1 WHERE assignment_id = $1`, [assignment['wood:expert-one']]), /is submitted/, 'the database keeps a submitted sheet frozen too');
    assert.equal((await submit(e1, 'wood', 409)).error.message, 'Оценочный лист уже отправлен');
    for (const [e, k] of [[e2, 'wood'], [e1, 'oil'], [e2, 'oil'], [e3, 'oil'], [e1, 'paper'], [e2, 'paper']] as const) await submit(e, k);
    for (const [k, text] of [['wood', 'Нет договоров кооперации у двух участников'], ['wood', 'Не обоснована доля импорта'], ['oil', 'Уточните состав МСП']] as const)
      remark[`${k}${Object.keys(remark).length}`] = (await ok(e1, 'POST', `/api/expert/assignments/${assignment[`${k}:expert-one`]}/remarks`, { text })).remarks.at(-1).id;
    const byScore = await ok(admin, 'GET', `/api/expert/sessions/${preId}/ranking`);
    assert.deepEqual(byScore.items.map((i: { rank: number; application: { id: number }; weightedScore: number; unresolvedRemarks: number }) => [i.rank, i.application.id, i.weightedScore, i.unresolvedRemarks]), [
      [1, fx.applications.oil, 78, 1], [2, fx.applications.paper, 70.25, 0], [3, fx.applications.wood, 70.25, 2],
    ]);
    const byRemarks = await ok(admin, 'GET', `/api/expert/sessions/${preId}/ranking?by=remarks`);
    assert.deepEqual(byRemarks.items.map((i: { application: { id: number } }) => i.application.id), [fx.applications.paper, fx.applications.oil, fx.applications.wood]);
    await ok(e1, 'GET', `/api/expert/sessions/${preId}/ranking`, undefined, 403);
  });

  test('reopen and return: the expert withdraws a submission, the secretary returns a sheet with a reason; either leaves the ranking until resubmitted', async () => {
    const woodScore = async () => (await ok(admin, 'GET', `/api/expert/sessions/${preId}/ranking`)).items
      .filter((i: { application: { id: number } }) => i.application.id === fx.applications.wood).map((i: { weightedScore: number; submittedSheets: number }) => [i.weightedScore, i.submittedSheets])[0];
    const e2wood = assignment['wood:expert-two']!;
    await ok(e1, 'POST', `/api/expert/assignments/${e2wood}/reopen`, undefined, 404);
    await ok(admin, 'POST', `/api/expert/assignments/${e2wood}/reopen`, undefined, 403);
    const reopened = await ok(e2, 'POST', `/api/expert/assignments/${e2wood}/reopen`);
    assert.deepEqual([reopened.submittedAt, reopened.editable, reopened.canSubmit, reopened.canReopen], [null, true, true, false]);
    assert.deepEqual(await woodScore(), [75.5, 1], 'the reopened sheet left the ranking');
    assert.equal((await ok(e2, 'POST', `/api/expert/assignments/${e2wood}/reopen`, undefined, 409)).error.message, 'Оценочный лист не отправлен: возвращать нечего');
    await ok(e2, 'PUT', `/api/expert/assignments/${e2wood}/scores`, { scores: [{ criterionId: criteria[2], score: 5 }] });
    await ok(e2, 'POST', `/api/expert/assignments/${e2wood}/submit`);
    assert.deepEqual(await woodScore(), [70.25, 2]);

    // the secretary may return a submitted sheet, with a reason the expert reads; the scores stay the expert's
    await ok(e2, 'POST', `/api/expert/assignments/${e2wood}/return`, { reason: 'x' }, 403);
    const noReason = await ok(admin, 'POST', `/api/expert/assignments/${e2wood}/return`, { reason: '  ' }, 400);
    assert.equal(noReason.error.details[0].path, 'body.reason');
    const returned = await ok(admin, 'POST', `/api/expert/assignments/${e2wood}/return`, { reason: 'Оценка по критерию 3 расходится с комментарием: проверьте' });
    assert.deepEqual([returned.submittedAt, returned.scores, returned.canReturn], [null, [], false], 'a returned sheet is a draft again: its scores are the expert\'s');
    assert.deepEqual([await woodScore()], [[75.5, 1]]);
    const mine = await ok(e2, 'GET', `/api/expert/assignments/${e2wood}`);
    assert.deepEqual(mine.events.map((e: { action: string; actor: string; comment: string }) => [e.action, e.actor, e.comment]), [
      ['submit', 'expert-two', ''], ['reopen', 'expert-two', ''], ['submit', 'expert-two', ''], ['return', 'secretary', 'Оценка по критерию 3 расходится с комментарием: проверьте'],
    ]);
    assert.deepEqual([mine.editable, mine.scores.length], [true, 3]);
    await ok(e2, 'POST', `/api/expert/assignments/${e2wood}/submit`);
    assert.deepEqual(await woodScore(), [70.25, 2]);
    const [row] = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM expert_sheet_events WHERE assignment_id = $1`, [e2wood]);
    assert.equal(row!.n, 5, 'every step is kept');
  });

  test('before the decision: the applicant sees the remarks without names and no scores; an expert sees only their own sheet', async () => {
    const review = await ok(woodSo, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual([review.viewer, review.canAnswer, review.rounds[0].scores.visibility, review.rounds[0].scores.summary, review.rounds[0].scores.sheets], ['applicant', true, 'hidden_until_decision', null, []]);
    assert.deepEqual(review.remarks.map((r: { text: string; author: unknown; status: string }) => [r.text, r.author, r.status]), [
      ['Нет договоров кооперации у двух участников', null, 'open'], ['Не обоснована доля импорта', null, 'open'],
    ]);
    assert.ok(!JSON.stringify(review).includes('expert-one') && !JSON.stringify(review).includes(String(75.5)), 'no expert, no score leaks');
    const rep = await ok(woodRep, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual([rep.viewer, rep.canAnswer], ['applicant', false]);
    await ok(oilSo, 'GET', `/api/expert/applications/${fx.applications.wood}/review`, undefined, 404);
    await ok(outsiderRep, 'GET', `/api/expert/applications/${fx.applications.wood}/review`, undefined, 404);
    const asExpert = await ok(e2, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual([asExpert.rounds[0].scores.visibility, asExpert.rounds[0].scores.sheets.map((s: { total: number; mine: boolean }) => [s.total, s.mine])], ['own', [[65, true]]]);
    assert.deepEqual(asExpert.remarks.map((r: { author: unknown; mine: boolean }) => [r.author, r.mine]), [[null, false], [null, false]]);
    const secretary = await ok(admin, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual(secretary.rounds[0].scores.sheets.map((s: { expertName: string; total: number }) => s.total), [75.5, 65]);
    assert.equal(secretary.remarks[0].author.id, e1.user.id);
  });

  test('decisions: revise, approve, reject; the applicant then sees the scores as a summary; the sheets close', async () => {
    const wood = await ok(admin, 'POST', `/api/expert/rounds/${round.wood}/decision`, { outcome: 'revise', reason: 'Доработать по замечаниям экспертов' });
    assert.deepEqual([wood.outcome, wood.weightedScore, wood.unresolvedRemarks, wood.decidedBy], ['revise', 70.25, 2, 'secretary']);
    await ok(admin, 'POST', `/api/expert/rounds/${round.oil}/decision`, { outcome: 'approved', reason: 'Меньше всего вопросов' });
    await ok(admin, 'POST', `/api/expert/rounds/${round.paper}/decision`, { outcome: 'rejected', reason: 'Не соответствует специализации' });
    await ok(admin, 'POST', `/api/expert/rounds/${round.wood}/decision`, { outcome: 'approved', reason: 'x' }, 409);
    const statuses = await db().query<{ id: number; status: string }>(`SELECT id, status FROM applications WHERE id = ANY($1::bigint[]) ORDER BY id`, [[fx.applications.wood, fx.applications.oil, fx.applications.paper]]);
    assert.deepEqual(statuses.map((s) => s.status), ['returned', 'under_review', 'rejected']);
    const review = await ok(woodSo, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    const scores = review.rounds[0].scores;
    assert.deepEqual([scores.visibility, scores.summary.weightedScore, scores.summary.byCriterion.map((c: { mean: number }) => c.mean), scores.sheets], ['summary', 70.25, [7.5, 6.5, 7], []]);
    assert.deepEqual(scores.summary.comments.map((c: { text: string }) => c.text), ['комментарий expert-one', 'комментарий expert-two']);
    assert.equal(review.rounds[0].decision.reason, 'Доработать по замечаниям экспертов');
    const closed = await ok(e1, 'PUT', `/api/expert/assignments/${assignment['wood:expert-one']}/scores`, { scores: [{ criterionId: criteria[0], score: 10 }] }, 409);
    assert.match(closed.error.message, /принято решение/);
    // after the decision no sheet moves: neither reopened by its expert nor returned by the secretary
    const decided = 'По раунду принято решение: оценочный лист больше не меняется';
    assert.equal((await ok(e1, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/reopen`, undefined, 409)).error.message, decided);
    assert.equal((await ok(admin, 'POST', `/api/expert/assignments/${assignment['wood:expert-two']}/return`, { reason: 'поздно' }, 409)).error.message, decided);
    assert.match((await ok(e1, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/submit`, undefined, 409)).error.message, /принято решение/);
    const closedSheet = await ok(e1, 'GET', `/api/expert/assignments/${assignment['wood:expert-one']}`);
    assert.deepEqual([closedSheet.editable, closedSheet.canSubmit, closedSheet.canReopen, closedSheet.canRemark, closedSheet.submittedBy], [false, false, false, false, 'expert-one']);
    await assert.rejects(db().query(`UPDATE expert_assignments SET submitted_at = NULL, submitted_by = NULL WHERE id = $1`, [assignment['wood:expert-one']]), /is decided/,
      'the database itself keeps a decided round\'s sheets as they were');
    await ok(e1, 'POST', `/api/expert/assignments/${assignment['wood:expert-one']}/remarks`, { text: 'поздно' }, 409);
    const asExpert = await ok(e2, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual([asExpert.rounds[0].scores.visibility, asExpert.rounds[0].scores.summary.weightedScore], ['own_and_summary', 70.25]);
  });

  test('work on errors: answers (accepted, rejected, answered again), then a resubmission on a new version opens a new round', async () => {
    const [first, second] = [remark.wood0!, remark.wood1!];
    await ok(woodRep, 'POST', `/api/expert/remarks/${first}/answer`, { answer: 'x' }, 403);
    await ok(oilSo, 'POST', `/api/expert/remarks/${first}/answer`, { answer: 'x' }, 404);
    const answered = await ok(woodSo, 'POST', `/api/expert/remarks/${first}/answer`, { answer: 'Договоры заключены 12.03.2021, копии приложены' });
    assert.deepEqual([answered.status, answered.author], ['answered', null]);
    await ok(e2, 'POST', `/api/expert/remarks/${first}/accept`, { comment: '' }, 403);
    assert.equal((await ok(e1, 'POST', `/api/expert/remarks/${first}/accept`, { comment: 'Принято' })).status, 'accepted');
    await ok(e1, 'POST', `/api/expert/remarks/${first}/accept`, {}, 409);
    const blocked = await ok(woodSo, 'POST', `/api/expert/applications/${fx.applications.wood}/resubmit`, undefined, 409);
    assert.equal(blocked.error.message, 'Ответьте на все замечания: без ответа 1');
    await ok(woodSo, 'POST', `/api/expert/remarks/${second}/answer`, { answer: 'Доля импорта 35%' });
    assert.equal((await ok(e1, 'POST', `/api/expert/remarks/${second}/reject`, { comment: 'Нет расчёта' })).status, 'rejected');
    await ok(woodSo, 'POST', `/api/expert/applications/${fx.applications.wood}/resubmit`, undefined, 409);
    const again = await ok(woodSo, 'POST', `/api/expert/remarks/${second}/answer`, { answer: 'Расчёт доли импорта приложен' });
    assert.deepEqual(again.events.map((e: { action: string }) => e.action), ['raise', 'answer', 'reject', 'answer']);
    const noVersion = await ok(woodSo, 'POST', `/api/expert/applications/${fx.applications.wood}/resubmit`, undefined, 409);
    assert.match(noVersion.error.message, /Подайте новую версию заявки/);
    await db().transaction((tx) => insertApplicationVersion(tx, fx.applications.wood, { cluster: 'test-wood', letter: 'Исправленная заявка' }, 'wood-so'));
    assert.equal((await ok(woodSo, 'GET', `/api/expert/applications/${fx.applications.wood}/review`)).resubmission.possible, true);
    const next = await ok(woodSo, 'POST', `/api/expert/applications/${fx.applications.wood}/resubmit`);
    assert.deepEqual([next.number, next.kind, next.version, next.sessionId, next.openedBy], [2, 'defence', 2, null, 'resubmission']);
    await ok(woodSo, 'POST', `/api/expert/applications/${fx.applications.wood}/resubmit`, undefined, 409);
  });

  test('the defence: the resubmitted round waits and is scheduled; an approved pre-defence opens its defence; a rejected one cannot', async () => {
    const agenda = await ok(admin, 'GET', `/api/expert/sessions/${defenceId}`);
    assert.deepEqual(agenda.waiting.map((w: { application: { id: number } }) => w.application.id), [fx.applications.wood]);
    await ok(admin, 'POST', `/api/expert/sessions/${preId}/agenda`, { applicationId: fx.applications.wood }, 409);
    const wood = await ok(admin, 'POST', `/api/expert/sessions/${defenceId}/agenda`, { applicationId: fx.applications.wood });
    assert.deepEqual([wood.number, wood.sessionId, wood.version], [2, defenceId, 2]);
    const oil = await ok(admin, 'POST', `/api/expert/sessions/${defenceId}/agenda`, { applicationId: fx.applications.oil });
    assert.deepEqual([oil.number, oil.kind, oil.openedBy], [2, 'defence', 'agenda']);
    await ok(admin, 'POST', `/api/expert/sessions/${defenceId}/agenda`, { applicationId: fx.applications.paper }, 409);
    const after = await ok(admin, 'GET', `/api/expert/sessions/${defenceId}`);
    assert.deepEqual([after.items.length, after.waiting.length], [2, 0]);
    const woodRemarks = after.items.find((i: { application: { id: number } }) => i.application.id === fx.applications.wood).remarks;
    assert.deepEqual(woodRemarks, { open: 0, answered: 1, accepted: 1, rejected: 0, unresolved: 1, awaitingApplicant: 0 }, 'an answer not yet accepted is still an open question');
    const review = await ok(woodSo, 'GET', `/api/expert/applications/${fx.applications.wood}/review`);
    assert.deepEqual(review.rounds.map((r: { round: { number: number; kind: string; version: number } }) => [r.round.number, r.round.kind, r.round.version]), [[1, 'pre_defence', 1], [2, 'defence', 2]]);
  });

  test('reminders: who must act by when, each sent once, each recipient sees their own', async () => {
    const asOf = encodeURIComponent('2021-06-08T00:00:00Z');
    await ok(admin, 'POST', `/api/expert/rounds/${round.oil + 0}/assignments`, { expertId: e2.user.id }, 409); // decided round: no more assignments
    const defence = (await ok(admin, 'GET', `/api/expert/sessions/${defenceId}`)).items as { round: { id: number }; application: { id: number } }[];
    const woodDefence = defence.find((i) => i.application.id === fx.applications.wood)!.round.id;
    await ok(admin, 'POST', `/api/expert/rounds/${woodDefence}/assignments`, { expertId: e2.user.id });
    // e1 on the oil defence fills in the whole sheet but keeps it a draft: still reminded
    const oilDefence = defence.find((i) => i.application.id === fx.applications.oil)!.round.id;
    const e1oil = (await ok(admin, 'POST', `/api/expert/rounds/${oilDefence}/assignments`, { expertId: e1.user.id })).id;
    await ok(e1, 'PUT', `/api/expert/assignments/${e1oil}/scores`, { scores: criteria.map((criterionId) => ({ criterionId, score: 9 })) });
    const row = (r: { kind: string; recipient: { userId: number | null; clusterId: number | null }; sentAt: null }) => [r.kind, r.recipient.userId, r.recipient.clusterId, r.sentAt];
    const list = await ok(admin, 'GET', `/api/expert/reminders?asOf=${asOf}`);
    // the two scores_due share their deadline and are ordered by key (assignment ids as text): compare them as a set
    const byText = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    assert.deepEqual(byText(list.items.map(row)), byText([
      ['answers_overdue', null, fx.clusters.oil, null],
      ['scores_due', e2.user.id, null, null],
      ['scores_due', e1.user.id, null, null],
    ]));
    assert.equal(list.items[0].count, 1, 'the oil remark is still unanswered');
    // once submitted, e1 is not reminded, and with every sheet of the round in, the secretary is asked to decide
    await ok(e1, 'POST', `/api/expert/assignments/${e1oil}/submit`);
    const after = await ok(admin, 'GET', `/api/expert/reminders?asOf=${asOf}`);
    assert.deepEqual(after.items.map(row), [
      ['answers_overdue', null, fx.clusters.oil, null],
      ['decision_due', null, null, null],
      ['scores_due', e2.user.id, null, null],
    ]);
    assert.equal(after.items[1].applicationId, fx.applications.oil);
    const sent = await ok(admin, 'POST', `/api/expert/reminders/send?asOf=${asOf}`);
    assert.deepEqual([sent.sent.length, sent.alreadySent], [3, 0]);
    const resent = await ok(admin, 'POST', `/api/expert/reminders/send?asOf=${asOf}`);
    assert.deepEqual([resent.sent.length, resent.alreadySent], [0, 3]);
    const mine = await ok(e2, 'GET', `/api/expert/reminders?asOf=${asOf}`);
    assert.deepEqual(mine.items.map((r: { kind: string; sentAt: string | null }) => [r.kind, r.sentAt !== null]), [['scores_due', true]]);
    assert.equal((await ok(e1, 'GET', `/api/expert/reminders?asOf=${asOf}`)).items.length, 0);
    const oil = await ok(oilSo, 'GET', `/api/expert/reminders?asOf=${asOf}`);
    assert.deepEqual(oil.items.map((r: { kind: string }) => r.kind), ['answers_overdue']);
    assert.equal((await ok(woodSo, 'GET', `/api/expert/reminders?asOf=${asOf}`)).items.length, 0);
    await ok(e1, 'POST', '/api/expert/reminders/send', undefined, 403);
    const late = await ok(admin, 'GET', `/api/expert/reminders?asOf=${encodeURIComponent('2021-06-11T00:00:00Z')}`);
    assert.deepEqual(late.items.map((r: { kind: string }) => r.kind).sort(), ['answers_overdue', 'decision_due', 'decision_due', 'scores_overdue']);
  });

  test('conflicts: a declaration made after the assignment closes the sheet; withdrawal keeps the record', async () => {
    const d = await ok(e2, 'POST', '/api/expert/conflicts', { organisationId: fx.organisations.wood2, reason: 'родственник в руководстве' });
    const defence = (await ok(admin, 'GET', `/api/expert/sessions/${defenceId}`)).items as { application: { id: number }; assignments: { id: number; conflict: boolean }[] }[];
    const woodItem = defence.find((i) => i.application.id === fx.applications.wood)!;
    assert.deepEqual(woodItem.assignments.map((a) => a.conflict), [true]);
    const sheet = await ok(e2, 'GET', `/api/expert/assignments/${woodItem.assignments[0]!.id}`);
    assert.deepEqual([sheet.editable, sheet.lockedReason], [false, 'Эксперт заявил конфликт интересов с организацией кластера: ООО «Мебель Тест» (родственник в руководстве)']);
    await ok(e2, 'PUT', `/api/expert/assignments/${woodItem.assignments[0]!.id}/scores`, { scores: [{ criterionId: criteria[0], score: 5 }] }, 409);
    await ok(e1, 'DELETE', `/api/expert/conflicts/${d.id}`, undefined, 404);
    const withdrawn = await ok(e2, 'DELETE', `/api/expert/conflicts/${d.id}`);
    assert.ok(withdrawn.withdrawnAt);
    await ok(e2, 'DELETE', `/api/expert/conflicts/${d.id}`, undefined, 409);
    assert.equal((await ok(e2, 'GET', '/api/expert/conflicts')).items.length, 1);
    assert.equal((await ok(admin, 'GET', '/api/expert/conflicts')).items.length, 2);
    await ok(admin, 'DELETE', `/api/expert/assignments/${woodItem.assignments[0]!.id}`, undefined, 204);
    await ok(admin, 'DELETE', `/api/expert/assignments/${assignment['oil:expert-three']}`, undefined, 409);
  });

  test('criteria are locked once scored; a member who has reviewed stays; the public gets 401', async () => {
    const locked = await ok(admin, 'PUT', `/api/expert/commissions/${commissionId}/criteria`, { criteria: [{ name: 'Один', weight: 100 }] }, 409);
    assert.match(locked.error.message, /уже выставлены оценки/);
    assert.equal((await ok(admin, 'GET', `/api/expert/commissions/${commissionId}`)).criteriaLocked, true);
    await ok(admin, 'DELETE', `/api/expert/commissions/${commissionId}/members/${e3.user.id}`, undefined, 409);
    assert.equal((await app.inject('/api/expert/assignments')).statusCode, 401);
  });
});
