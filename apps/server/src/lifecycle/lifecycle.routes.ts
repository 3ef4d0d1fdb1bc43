import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AsOfOnly, Checklist, ClusterLifecycle, DeadlineBody, DeadlineOutlook, DeadlineParams, ErrorBody, idParam, LifecycleBoard, LifecycleBoardQuery, ParticipantStatusBody,
  ParticipantStatusParams, ParticipantStatusRow, TransitionBody, TransitionList, TransitionResult,
} from '@klaster/contract';
import type { ClusterStatus } from '@klaster/core';
import { deadlineOutlook, effectiveParticipantStatus } from '@klaster/core/lifecycle/index.ts';
import { listClusterEvents } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { requireUser } from '../access/access.ts';
import { assertClusterAccess, visibilityOf } from '../access/scope.ts';
import { today } from '../rules/check.service.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { clusterAgreements } from './lifecycle-facts.ts';
import { lifecycleBoard } from './lifecycle-board.ts';
import { clusterChecklist, clusterLifecycle, recordTransition, transitionTable } from './lifecycle.service.ts';
import { recordParticipantStatus, removeClusterDeadline, setClusterDeadline } from './participant-status.service.ts';

const tags = ['Жизненный цикл кластера'];
/** Who records steps of a cluster: the ministry, the regional operator of its regions, its specialised organisation. */
const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;
/** Deadlines are set by those who accompany the cluster, not by the cluster itself. */
const DEADLINE_SETTERS = ['admin', 'regional_operator'] as const;

export function lifecycleRoutes({ db, actorOf }: AppDeps, registry: RuleSetRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/lifecycle/transitions', { config: { access: 'public' }, schema: { tags, summary: 'Статусы и допустимые переходы жизненного цикла: кто может записать шаг и какой документ нужен', response: { 200: TransitionList } } }, async () =>
      transitionTable());

    // The working board of those who accompany clusters: signed-in users, each within the clusters they may see.
    app.get('/api/lifecycle/clusters', { config: { access: 'signed_in' }, schema: { tags, summary: 'Кластеры по статусам жизненного цикла: следующий шаг, выполнение чек-листа, ближайший срок (просроченные первыми)', querystring: LifecycleBoardQuery, response: { 200: LifecycleBoard, 400: ErrorBody } } }, async (req) =>
      lifecycleBoard(db, registry, { ...req.query, asOf: req.query.asOf ?? today(), visibleTo: visibilityOf(requireUser(req)) }));

    app.get('/api/clusters/:id/lifecycle', { config: { access: 'public' }, schema: { tags, summary: 'Жизненный цикл кластера: история шагов с документами, сроки, статусы участников, доступные переходы', params: idParam, response: { 200: ClusterLifecycle, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return clusterLifecycle(db, req.user, req.params.id);
    });

    app.get('/api/clusters/:id/checklist', { config: { access: 'public' }, schema: { tags, summary: 'Что осталось до следующего шага и до реестра: чек-лист по ПП № 779, документам и участникам, ближайший срок', params: idParam, querystring: AsOfOnly, response: { 200: Checklist, 400: ErrorBody, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return clusterChecklist(db, registry, req.params.id, req.query.asOf ?? today());
    });

    app.post('/api/clusters/:id/transitions', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Записать шаг жизненного цикла (смена статуса с документом); отказ называет причину', params: idParam, body: TransitionBody, response: { 200: TransitionResult, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      return recordTransition(db, registry, { clusterId: req.params.id, ...req.body, user: requireUser(req), actor: actorOf(req) });
    });

    app.put('/api/clusters/:id/participants/:inn/status', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Статус участника: письмо о намерении, подтверждение (подписание), отказ', params: ParticipantStatusParams, body: ParticipantStatusBody, response: { 200: ParticipantStatusRow, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      const row = await recordParticipantStatus(db, { clusterId: req.params.id, inn: req.params.inn, status: req.body.status, document: req.body.document, actor: actorOf(req) });
      const status = row.status as 'listed' | 'intent' | 'confirmed' | 'declined';
      return { ...row, status, effectiveStatus: effectiveParticipantStatus({ inn: row.inn, name: row.name, role: row.role, status }, await clusterAgreements(db, req.params.id)) };
    });

    app.put('/api/clusters/:id/deadlines/:status', { config: { access: DEADLINE_SETTERS }, schema: { tags, summary: 'Установить или перенести срок достижения статуса', params: DeadlineParams, body: DeadlineBody, response: { 200: DeadlineOutlook, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      const saved = await setClusterDeadline(db, { clusterId: req.params.id, targetStatus: req.params.status, ...req.body, actor: actorOf(req) });
      const events = (await listClusterEvents(db, req.params.id)).map((e) => ({ fromStatus: e.fromStatus as ClusterStatus | null, toStatus: e.toStatus as ClusterStatus, happenedOn: e.happenedOn }));
      const [outlook] = deadlineOutlook([{ targetStatus: req.params.status, dueOn: saved.dueOn, title: saved.title }], events, today());
      return { ...outlook!, id: saved.id };
    });

    app.delete('/api/clusters/:id/deadlines/:status', { config: { access: DEADLINE_SETTERS }, schema: { tags, summary: 'Снять срок', params: DeadlineParams, response: { 200: z.object({ deleted: z.literal(true) }), 403: ErrorBody, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      await removeClusterDeadline(db, req.params.id, req.params.status, actorOf(req));
      return { deleted: true as const };
    });
  };
}
