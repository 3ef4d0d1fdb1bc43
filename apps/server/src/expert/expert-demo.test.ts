import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORD } from '../access/demo-accounts.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signIn, type SignedInClient } from '../testing/auth.ts';

interface AgendaItem { application: { id: number; clusterName: string }; assignments: { expertName: string }[]; weightedScore: number | null; remarks: { unresolved: number }; decision: { outcome: string } | null }

/** The Komi story in the demo data (PRODUCT.md story 5), seen through the API by the demo accounts. */
describeOnDatabases('Expert commission demo (Komi practical session)', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient, komiSo: SignedInClient, expert3: SignedInClient;
  let preId = 0, defenceId = 0;
  const appOf: Record<string, number> = {};

  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    [admin, komiSo, expert3] = await Promise.all(['admin', 'komi-so', 'expert3'].map((login) => signIn(app, login, DEMO_PASSWORD)));
    const commissions = (await admin.inject('/api/expert/commissions')).json().items as { id: number }[];
    const commission = (await admin.inject(`/api/expert/commissions/${commissions[0]!.id}`)).json();
    [preId, defenceId] = commission.sessions.map((s: { id: number }) => s.id);
    for (const item of (await admin.inject(`/api/expert/sessions/${preId}`)).json().items as AgendaItem[]) appOf[item.application.clusterName] = item.application.id;
  });

  test('the commission: four experts, five criteria adding up to 100, a pre-defence and a defence', async () => {
    const commissions = (await admin.inject('/api/expert/commissions')).json().items;
    assert.equal(commissions.length, 1);
    const c = (await admin.inject(`/api/expert/commissions/${commissions[0].id}`)).json();
    assert.equal(c.members.length, 4);
    assert.deepEqual(c.criteria.map((x: { weight: number }) => x.weight), [25, 20, 25, 15, 15]);
    assert.deepEqual(c.sessions.map((s: { round: string }) => s.round), ['pre_defence', 'defence']);
    assert.equal(c.criteriaLocked, true);
  });

  test('the pre-defence: the project with the fewest questions first; the others go to work on errors', async () => {
    const byRemarks = (await admin.inject(`/api/expert/sessions/${preId}/ranking?by=remarks`)).json().items as { application: { clusterName: string }; weightedScore: number; unresolvedRemarks: number; decision: string }[];
    assert.deepEqual(byRemarks.map((i) => [i.application.clusterName, i.weightedScore, i.unresolvedRemarks, i.decision]), [
      ['Алтайский биофармацевтический кластер', 83.67, 1, 'approved'],
      ['Деревообрабатывающий промышленный кластер Республики Коми', 65.5, 1, 'revise'],
      ['Алтайский полимерный композитный кластер', 59.5, 2, 'revise'],
    ]);
    const byScore = (await admin.inject(`/api/expert/sessions/${preId}/ranking`)).json().items as { weightedScore: number; submittedSheets: number; sheets: number }[];
    assert.deepEqual(byScore.map((i) => [i.weightedScore, i.submittedSheets, i.sheets]), [[83.67, 3, 3], [65.5, 3, 3], [59.5, 3, 3]], 'every demo sheet in the ranking was submitted');
  });

  test('Komi: remarks answered (two accepted, one awaiting the expert), version 2 resubmitted and waiting for the defence', async () => {
    const komi = appOf['Деревообрабатывающий промышленный кластер Республики Коми']!;
    const review = (await komiSo.inject(`/api/expert/applications/${komi}/review`)).json();
    assert.equal(review.viewer, 'applicant');
    assert.deepEqual(review.remarks.map((r: { status: string; author: unknown }) => [r.status, r.author]), [['accepted', null], ['accepted', null], ['answered', null]]);
    assert.deepEqual(review.rounds.map((r: { round: { number: number; kind: string; version: number; sessionId: number | null }; decision: { outcome: string } | null }) =>
      [r.round.number, r.round.kind, r.round.version, r.round.sessionId, r.decision?.outcome ?? null]), [[1, 'pre_defence', 1, preId, 'revise'], [2, 'defence', 2, null, null]]);
    assert.equal(review.rounds[0].scores.summary.weightedScore, 65.5, 'decided: the applicant sees the summary');
    assert.deepEqual(review.rounds[0].scores.sheets, []);
    const defence = (await admin.inject(`/api/expert/sessions/${defenceId}`)).json();
    assert.deepEqual(defence.waiting.map((w: { application: { id: number } }) => w.application.id), [komi]);
    assert.deepEqual(defence.items.map((i: AgendaItem) => [i.application.clusterName, i.assignments.length, i.decision]), [['Алтайский биофармацевтический кластер', 2, null]]);
    const scheduled = await admin.inject({ method: 'POST', url: `/api/expert/sessions/${defenceId}/agenda`, payload: { applicationId: komi } });
    assert.equal(scheduled.statusCode, 200, scheduled.body);
    assert.deepEqual([scheduled.json().number, scheduled.json().version], [2, 2]);
  });

  test('the experts read the frozen package the applications module assembled, with its rules check', async () => {
    const komi = appOf['Деревообрабатывающий промышленный кластер Республики Коми']!;
    const expert1 = await signIn(app, 'expert1', DEMO_PASSWORD);
    const assignment = ((await expert1.inject('/api/expert/assignments')).json().items as { id: number; application: { id: number } }[]).find((a) => a.application.id === komi)!;
    const version = (await expert1.inject(`/api/expert/assignments/${assignment.id}/application`)).json();
    assert.deepEqual([version.version, version.frozen.cluster.code, version.frozen.asOf, version.frozen.check.ruleset], [1, 'komi-woodworking', '2026-11-02', 'pp779@2021-11-16']);
    assert.ok(version.frozen.participants.length >= 10);
    const v2 = await komiSo.inject(`/api/applications/${komi}/versions/2`);
    assert.equal(v2.statusCode, 200, v2.body);
    assert.match(v2.json().frozen.draft.coverLetter, /Повторная подача после предзащиты/);
  });

  test('the bank expert declared a conflict with the Komi anchor: not assigned, and refused if tried', async () => {
    const komi = appOf['Деревообрабатывающий промышленный кластер Республики Коми']!;
    const mine = (await expert3.inject('/api/expert/assignments')).json().items as { application: { id: number } }[];
    assert.ok(mine.length > 0 && mine.every((a) => a.application.id !== komi));
    assert.equal((await expert3.inject(`/api/expert/applications/${komi}/review`)).statusCode, 404);
    const round = ((await admin.inject(`/api/expert/sessions/${defenceId}`)).json().items as { round: { id: number }; application: { id: number } }[]).find((i) => i.application.id === komi)!.round.id;
    const refused = await admin.inject({ method: 'POST', url: `/api/expert/rounds/${round}/assignments`, payload: { expertId: expert3.user.id } });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /конфликт интересов.*банк — кредитор предприятия/);
  });

  test('reminders before the defence: the Altai clusters to answer their remarks, the two experts to score', async () => {
    const list = (await admin.inject(`/api/expert/reminders?asOf=${encodeURIComponent('2026-12-20T09:00:00Z')}`)).json().items as { kind: string; applicationId: number; count: number | null }[];
    assert.deepEqual(list.map((r) => [r.kind, r.applicationId, r.count]), [
      ['answers_overdue', appOf['Алтайский биофармацевтический кластер'], 1],
      ['answers_overdue', appOf['Алтайский полимерный композитный кластер'], 2],
      ['scores_due', appOf['Алтайский биофармацевтический кластер'], null],
      ['scores_due', appOf['Алтайский биофармацевтический кластер'], null],
    ]);
  });

  test('a demo reset removes the review data with the registry and loads it again', async () => {
    await loadDemoData(db(), { reset: true });
    const [counts] = await db().query<{ commissions: number; rounds: number; remarks: number }>(
      `SELECT (SELECT count(*)::int FROM expert_commissions) AS commissions, (SELECT count(*)::int FROM expert_rounds) AS rounds, (SELECT count(*)::int FROM expert_remarks) AS remarks`,
    );
    assert.deepEqual(counts, { commissions: 1, rounds: 5, remarks: 6 });
  });
});
