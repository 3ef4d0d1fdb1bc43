import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, getCluster, upsertCluster } from '@klaster/db';
import { generateDemoData } from '@klaster/data';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';

const AS_OF = '2026-11-23';
type Item = { id: string; done: boolean | null; blocking: boolean; message: string; found?: number | null; required?: number };
type Step = { to: string; items: Item[]; remaining: number; blockingRemaining: number };
type Detail = { path: string; value?: unknown; message: string };

describeOnDatabases('cluster life cycle API on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let astrakhanOperator: SignedInClient;
  let kalugaOperator: SignedInClient;
  let astrakhan = 0;
  let pharma = 0;
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    astrakhanOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['30'] });
    kalugaOperator = await signedInAs(app, db(), 'regional_operator', { regionCodes: ['40'] });
    astrakhan = (await getCluster(db(), 'astrakhan-shipbuilding'))!.id;
    pharma = (await getCluster(db(), 'kaluga-pharma'))!.id;
  });
  const checklistOf = async (client: SignedInClient, id: number) => {
    const res = await client.inject(`/api/clusters/${id}/checklist?asOf=${AS_OF}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { summary: string; steps: Step[]; next: Step; deadline: { dueOn: string; daysLeft: number; message: string }; check: { compliant: boolean } };
  };
  const transition = (client: SignedInClient, id: number, payload: object) => client.inject({ method: 'POST', url: `/api/clusters/${id}/transitions`, payload });

  test('the Astrakhan checklist tells its story: who has answered, the agreement, the specialised organisation, the gaps, the deadline', async () => {
    const c = await checklistOf(astrakhanOperator, astrakhan);
    assert.deepEqual(c.steps.map((s) => s.to), ['agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry']);
    const next = c.next;
    assert.equal(next.items[0]!.id, 'cooperation-agreement');
    assert.equal(next.items[0]!.done, false);
    const statuses = next.items.filter((i) => i.id.startsWith('participant-status:'));
    assert.equal(statuses.length, 9);
    assert.deepEqual([statuses.filter((i) => i.done).length, statuses.filter((i) => !i.done).length], [6, 3], 'four yards and two suppliers sent letters of intent; three suppliers have not answered');
    assert.deepEqual([next.remaining, next.blockingRemaining], [4, 1]);
    assert.deepEqual(c.steps[1]!.items.map((i) => [i.id, i.done]), [['pp779:specialized-organization', false]]);
    const application = c.steps[2]!;
    const industrial = application.items.find((i) => i.id === 'pp779:industrial-participants')!;
    assert.deepEqual([industrial.found, industrial.required, industrial.message], [9, 10, '9 промышленных предприятий, требуется не менее 10: добавьте ещё 1']);
    assert.deepEqual(application.items.filter((i) => i.id.startsWith('document:')).map((i) => i.done), [false, false, false, false]);
    assert.deepEqual([c.deadline.dueOn, c.deadline.daysLeft, c.deadline.message], ['2026-12-31', 38, '«В реестре»: до 31.12.2026 осталось 38 дн.']);
    assert.equal(c.summary, 'Следующий шаг — «Подписание соглашения участников»: осталось 4 из 10; до реестра шагов: 5, пунктов: 15. Срок: «В реестре»: до 31.12.2026 осталось 38 дн.');
  });

  test('who sees what: the initiative is its region\'s working material, the registry cluster is public', async () => {
    assert.equal((await app.inject(`/api/clusters/${astrakhan}/checklist`)).statusCode, 404);
    assert.equal((await kalugaOperator.inject(`/api/clusters/${astrakhan}/lifecycle`)).statusCode, 404);
    const pub = await app.inject(`/api/clusters/${pharma}/lifecycle`);
    assert.equal(pub.statusCode, 200, pub.body);
    const life = pub.json();
    assert.deepEqual(life.events.map((e: { toStatus: string }) => e.toStatus), ['candidate', 'initiative', 'agreement_signed', 'specialized_org_set', 'application', 'pre_defence', 'in_registry']);
    assert.equal(life.events[6].document.number, '4835');
    assert.equal(life.events[6].actor, '', 'the public does not see who recorded a step');
    assert.deepEqual(life.transitions.map((t: { to: string; allowed: boolean }) => [t.to, t.allowed]), [['excluded', false]]);
    const mine = (await kalugaOperator.inject(`/api/clusters/${pharma}/lifecycle`)).json();
    assert.deepEqual(mine.transitions.map((t: { to: string; allowed: boolean }) => [t.to, t.allowed]), [['excluded', false]], 'exclusion is the ministry\'s');
    assert.equal((await admin.inject(`/api/clusters/${pharma}/lifecycle`)).json().transitions[0].allowed, true);
  });

  test('refused transitions name their reason and field', async () => {
    const agreementDoc = { title: 'Соглашение о создании судостроительного кластера', number: '1/2026', date: '2026-11-20' };
    const skip = await transition(astrakhanOperator, astrakhan, { to: 'in_registry', happenedOn: '2026-11-20', document: agreementDoc });
    assert.equal(skip.statusCode, 409, skip.body);
    assert.equal(skip.json().error.message, 'Переход «Инициатива» → «В реестре» не предусмотрен; из «Инициатива» можно перейти в: Кандидат, Соглашение подписано');
    assert.deepEqual(skip.json().error.details.slice(0, 2).map((d: Detail) => [d.path, d.value]), [['reason', 'transition_not_allowed'], ['body.to', 'in_registry']]);

    const early = await transition(astrakhanOperator, astrakhan, { to: 'agreement_signed', happenedOn: '2026-11-20', document: agreementDoc });
    assert.equal(early.statusCode, 409, early.body);
    assert.deepEqual(early.json().error.details.map((d: Detail) => d.path), ['reason', 'checklist.cooperation-agreement']);
    assert.match(early.json().error.message, /^Шаг «Подписание соглашения участников» нельзя записать: не выполнено пунктов — 1: Соглашение участников о создании кластера не подписано/);

    const noNumber = await transition(astrakhanOperator, astrakhan, { to: 'agreement_signed', happenedOn: '2026-11-20', document: { title: 'Соглашение', date: '2026-11-20' } });
    assert.equal(noNumber.statusCode, 400, noNumber.body);
    assert.deepEqual(noNumber.json().error.details.map((d: Detail) => d.path), ['reason', 'body.document.number']);

    const enterprise = await signedInAs(app, db(), 'enterprise', { organisationId: 1 });
    assert.equal((await transition(enterprise, astrakhan, { to: 'agreement_signed', document: agreementDoc })).statusCode, 403);
    assert.equal((await transition(kalugaOperator, astrakhan, { to: 'agreement_signed', document: agreementDoc })).statusCode, 404, 'another region does not see the initiative');
    const exclusion = await transition(kalugaOperator, pharma, { to: 'excluded', document: { title: 'Приказ', number: '1', date: '2026-11-20' } });
    assert.equal(exclusion.statusCode, 403, exclusion.body);
    assert.equal(exclusion.json().error.message, 'Шаг «Исключение из реестра» может записать только: admin');
    assert.equal((await checklistOf(astrakhanOperator, astrakhan)).next.to, 'agreement_signed', 'nothing changed');
  });

  test('participant statuses and deadlines are recorded with history', async () => {
    const pending = (await checklistOf(astrakhanOperator, astrakhan)).next.items.filter((i) => i.id.startsWith('participant-status:') && !i.done);
    for (const item of pending) {
      const inn = item.id.split(':')[1]!;
      const res = await astrakhanOperator.inject({ method: 'PUT', url: `/api/clusters/${astrakhan}/participants/${inn}/status`, payload: { status: 'intent', document: { title: 'Письмо о намерении', number: '9-К', date: '2026-11-21' } } });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual([res.json().status, res.json().effectiveStatus, res.json().document.number], ['intent', 'intent', '9-К']);
    }
    assert.deepEqual([(await checklistOf(astrakhanOperator, astrakhan)).next.remaining], [1], 'only the agreement remains before the next step');
    const stranger = await astrakhanOperator.inject({ method: 'PUT', url: `/api/clusters/${astrakhan}/participants/7700000001/status`, payload: { status: 'intent' } });
    assert.equal(stranger.statusCode, 404, stranger.body);

    const deadline = await astrakhanOperator.inject({ method: 'PUT', url: `/api/clusters/${astrakhan}/deadlines/agreement_signed`, payload: { dueOn: '2026-12-05', title: 'Подписать соглашение' } });
    assert.equal(deadline.statusCode, 200, deadline.body);
    assert.equal(deadline.json().state, 'open');
    assert.equal((await checklistOf(astrakhanOperator, astrakhan)).deadline.dueOn, '2026-12-05', 'the earliest open deadline comes first');
    const specialised = await signedInAs(app, db(), 'specialised_org', { clusterId: astrakhan });
    assert.equal((await specialised.inject({ method: 'PUT', url: `/api/clusters/${astrakhan}/deadlines/application`, payload: { dueOn: '2026-12-10', title: 'x' } })).statusCode, 403);
    assert.equal((await astrakhanOperator.inject({ method: 'DELETE', url: `/api/clusters/${astrakhan}/deadlines/agreement_signed` })).statusCode, 200);
    const history = await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE entity = 'cluster' AND entity_id = $1 AND after ? 'participantStatus' AND actor = $2`, [astrakhan, astrakhanOperator.user.login]);
    assert.equal(history[0]!.n, pending.length);
  });

  test('a complete step is recorded: status, history and event together', async () => {
    const input = generateDemoData().clusters.find((c) => c.code === 'astrakhan-shipbuilding')!;
    const parties = input.participants.map((p) => ({ inn: p.inn, name: null }));
    await db().transaction((tx) => upsertCluster(tx, { ...input, agreements: [{ title: 'Соглашение о создании судостроительного кластера', number: '1/2026', signedOn: '2026-11-20', kind: 'cooperation', parties }] }, 'tester'));
    const res = await transition(astrakhanOperator, astrakhan, { to: 'agreement_signed', happenedOn: '2026-11-20', document: { title: 'Соглашение о создании судостроительного кластера', number: '1/2026', date: '2026-11-20' }, note: 'Подписали все девять' });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.cluster.status, 'agreement_signed');
    assert.deepEqual([body.event.fromStatus, body.event.toStatus, body.event.document.number, body.event.actorRole], ['initiative', 'agreement_signed', '1/2026', 'regional_operator']);
    assert.equal((await getCluster(db(), astrakhan))!.status, 'agreement_signed');
    const [h] = await db().query(`SELECT before->>'status' AS b, after->>'status' AS a, actor FROM history WHERE entity = 'cluster' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [astrakhan]);
    assert.deepEqual([h!.b, h!.a, h!.actor], ['initiative', 'agreement_signed', astrakhanOperator.user.login]);
    const c = await checklistOf(astrakhanOperator, astrakhan);
    assert.equal(c.next.to, 'specialized_org_set');
    assert.equal(c.steps[1]!.items.find((i) => i.id === 'participants-confirmed')!.done, true, 'parties to the signed agreement are confirmed');
    const again = await transition(astrakhanOperator, astrakhan, { to: 'specialized_org_set', document: { title: 'Решение', date: '2026-11-21' } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.details[1].path, 'checklist.pp779:specialized-organization');
  });

  test('exclusion is the ministry\'s, with the order number; the step lands in the history of steps', async () => {
    const missing = await transition(admin, pharma, { to: 'excluded', happenedOn: '2026-11-22', document: { title: 'Приказ об исключении', date: '2026-11-22' } });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.deepEqual(missing.json().error.details.map((d: Detail) => d.path), ['reason', 'body.document.number']);
    const future = await transition(admin, pharma, { to: 'excluded', happenedOn: '2999-01-01', document: { title: 'Приказ', number: '1', date: '2026-11-22' } });
    assert.equal(future.json().error.details[0].value, 'date_in_future');
    const ok = await transition(admin, pharma, { to: 'excluded', happenedOn: '2026-11-22', document: { title: 'Приказ об исключении из реестра', number: '777', date: '2026-11-22' } });
    assert.equal(ok.statusCode, 200, ok.body);
    const life = (await app.inject(`/api/clusters/${pharma}/lifecycle`)).json();
    assert.deepEqual([life.cluster.status, life.events.at(-1).toStatus, life.transitions.map((t: { to: string }) => t.to)], ['excluded', 'excluded', ['initiative']]);
  });

  test('the transition table is public', async () => {
    const res = await app.inject('/api/lifecycle/transitions');
    assert.equal(res.statusCode, 200);
    const t = res.json().transitions.find((x: { from: string; to: string }) => x.from === 'pre_defence' && x.to === 'in_registry');
    assert.deepEqual([t.roles, t.document.numberRequired], [['admin'], true]);
  });
});
