import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { DEMO_PASSWORD } from '../access/demo-accounts.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signIn, type SignedInClient } from '../testing/auth.ts';

const KOMI = 'Деревообрабатывающий промышленный кластер Республики Коми';

interface Assignment { id: number; application: { id: number; clusterName: string }; round: { version: number } }
interface AgendaItem { round: { id: number }; application: { clusterName: string }; assignments: { expertName: string; complete: boolean; submittedAt: string | null; total: number | null }[]; submittedSheets: number }

/** What the web's expert screens need beyond the review API: each expert's total on the agenda, and the package file by assignment. */
describeOnDatabases('Expert screens API (demo data)', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient, expert1: SignedInClient, expert2: SignedInClient, komiSo: SignedInClient;
  let preId = 0, defenceId = 0;

  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    [admin, expert1, expert2, komiSo] = await Promise.all(['admin', 'expert1', 'expert2', 'komi-so'].map((login) => signIn(app, login, DEMO_PASSWORD)));
    const commissions = (await admin.inject('/api/expert/commissions')).json().items as { id: number }[];
    [preId, defenceId] = (await admin.inject(`/api/expert/commissions/${commissions[0]!.id}`)).json().sessions.map((s: { id: number }) => s.id);
  });

  test('the agenda gives each expert\'s weighted total once their sheet is submitted, null before (a complete draft included)', async () => {
    const pre = (await admin.inject(`/api/expert/sessions/${preId}`)).json().items as AgendaItem[];
    const komi = pre.find((i) => i.application.clusterName === KOMI)!;
    // weights 25/20/25/15/15; expert1 7,6,7,8,5 → 66.5; expert2 6,6,7,7,5 → 62.5; expert4 7,7,6,8,6 → 67.5 (their mean is the 65.5 of the ranking)
    assert.deepEqual(komi.assignments.map((a) => [a.expertName, a.total, a.submittedAt !== null]), [
      ['Эксперт Иванова А. С. (демо)', 66.5, true], ['Эксперт Лебедев Д. А. (демо)', 67.5, true], ['Эксперт Петров В. Н. (демо)', 62.5, true],
    ]);
    assert.equal(komi.submittedSheets, 3, 'the demo\'s pre-defence sheets were submitted before the decision');
    const defence = (await admin.inject(`/api/expert/sessions/${defenceId}`)).json().items as AgendaItem[];
    assert.deepEqual(defence.flatMap((i) => i.assignments.map((a) => [a.complete, a.submittedAt, a.total])), [[false, null, null], [false, null, null]]);

    // a fresh assignment answers with no total yet; after a partial sheet still none, after a full one the total
    const komiId = ((await admin.inject(`/api/expert/sessions/${defenceId}`)).json().waiting as { application: { id: number } }[])[0]!.application.id;
    const round = (await admin.inject({ method: 'POST', url: `/api/expert/sessions/${defenceId}/agenda`, payload: { applicationId: komiId } })).json();
    const assigned = await admin.inject({ method: 'POST', url: `/api/expert/rounds/${round.id}/assignments`, payload: { expertId: expert2.user.id } });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal(assigned.json().total, null);
    const sheet = (await expert2.inject(`/api/expert/assignments/${assigned.json().id}`)).json();
    const criteria = sheet.criteria.map((c: { id: number }) => c.id) as number[];
    const put = (scores: number[]) => expert2.inject({ method: 'PUT', url: `/api/expert/assignments/${assigned.json().id}/scores`, payload: { scores: scores.map((score, i) => ({ criterionId: criteria[i], score })) } });
    assert.equal((await put([8, 8])).statusCode, 200);
    const total = async () => ((await admin.inject(`/api/expert/sessions/${defenceId}`)).json().items as AgendaItem[])
      .find((i) => i.round.id === round.id)!.assignments[0]!.total;
    assert.equal(await total(), null, 'a half-filled sheet has no total');
    assert.equal((await put([8, 8, 7, 9, 6])).statusCode, 200);
    assert.equal(await total(), null, 'a complete draft is still the expert\'s own');
    const submitted = await expert2.inject({ method: 'POST', url: `/api/expert/assignments/${assigned.json().id}/submit` });
    assert.equal(submitted.statusCode, 200, submitted.body);
    assert.equal(await total(), 76, '8×25 + 8×20 + 7×25 + 9×15 + 6×15 = 760 → 76');
  });

  test('an expert downloads the version they review as PDF or XLSX, though the cluster is not published; nobody else\'s', async () => {
    const mine = (await expert1.inject('/api/expert/assignments')).json().items as Assignment[];
    const komi = mine.find((a) => a.application.clusterName === KOMI)!;
    // the applications module reads by cluster scope: for an expert, an unpublished cluster's application does not exist
    assert.equal((await expert1.inject(`/api/applications/${komi.application.id}/package?format=pdf&version=1`)).statusCode, 404);
    const pdf = await expert1.inject(`/api/expert/assignments/${komi.id}/package`);
    assert.equal(pdf.statusCode, 200, pdf.body);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(String(pdf.headers['content-disposition']), new RegExp(`klaster-application-${komi.application.id}-v${komi.round.version}\\.pdf`));
    const xlsx = await expert1.inject(`/api/expert/assignments/${komi.id}/package?format=xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
    assert.equal((await admin.inject(`/api/expert/assignments/${komi.id}/package`)).statusCode, 200, 'the secretary reads any');

    const others = (await expert2.inject('/api/expert/assignments')).json().items as Assignment[];
    assert.ok(!others.some((a) => a.id === komi.id));
    const refused = await expert2.inject(`/api/expert/assignments/${komi.id}/package`);
    assert.equal(refused.statusCode, 404, 'another expert\'s assignment does not exist for them');
    assert.match(refused.json().error.message, /Назначение эксперта/);
    assert.equal((await komiSo.inject(`/api/expert/assignments/${komi.id}/package`)).statusCode, 403);
    assert.equal((await expert1.inject(`/api/expert/assignments/${komi.id}/package?format=docx`)).statusCode, 400);
  });
});
