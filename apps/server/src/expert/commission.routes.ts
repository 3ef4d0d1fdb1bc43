import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AgendaAssignment, Commission, CommissionInput, CommissionMemberInput, CommissionSummary, ErrorBody, ExpertAgendaInput, ExpertAssignmentInput,
  ExpertCriteriaInput, ExpertDecision, ExpertDecisionInput, ExpertRanking, ExpertRankingQuery, ExpertRound, ExpertSession, ExpertSessionInput, idParam,
  SessionAgenda,
} from '@klaster/contract';
import { listCommissions } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { requireUser } from '../access/access.ts';
import { addMember, commissionFor, newCommission, newSession, removeMember, setCriteria } from './commission.service.ts';
import { assignExpert, putOnAgenda, sessionAgenda, sessionRanking, unassign } from './agenda.service.ts';
import { decide } from './decision.service.ts';

export const tags = ['Экспертиза заявок'];
export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const SECRETARY = { access: ['admin'] } as const;
const memberParams = z.object({ id: idParam.shape.id, userId: idParam.shape.id });

/** The commission secretary's routes (role admin): commissions, experts, criteria, sessions, agenda, assignments, ranking, decisions. */
export function commissionRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/expert/commissions', {
      config: { access: ['admin', 'expert'] },
      schema: { tags, summary: 'Экспертные комиссии (эксперту — те, в которые он входит)', response: { 200: z.object({ items: z.array(CommissionSummary) }), ...errors } },
    }, async (req) => {
      const user = requireUser(req);
      return { items: await listCommissions(db, { memberUserId: user.role === 'expert' ? user.id : undefined }) };
    });
    app.post('/api/expert/commissions', {
      config: SECRETARY, schema: { tags, summary: 'Создать экспертную комиссию', body: CommissionInput, response: { 200: Commission, ...errors } },
    }, async (req) => newCommission(db, req.body, actorOf(req)));
    app.get('/api/expert/commissions/:id', {
      config: { access: ['admin', 'expert'] },
      schema: { tags, summary: 'Комиссия: состав, критерии с весами, заседания', params: idParam, response: { 200: Commission, ...errors } },
    }, async (req) => commissionFor(db, requireUser(req), req.params.id));
    app.post('/api/expert/commissions/:id/members', {
      config: SECRETARY, schema: { tags, summary: 'Включить эксперта в состав комиссии', params: idParam, body: CommissionMemberInput, response: { 200: Commission, ...errors } },
    }, async (req) => addMember(db, req.params.id, req.body, actorOf(req)));
    app.delete('/api/expert/commissions/:id/members/:userId', {
      config: SECRETARY, schema: { tags, summary: 'Вывести эксперта из состава комиссии (если у него нет назначений)', params: memberParams, response: { 200: Commission, ...errors } },
    }, async (req) => removeMember(db, req.params.id, req.params.userId));
    app.put('/api/expert/commissions/:id/criteria', {
      config: SECRETARY,
      schema: { tags, summary: 'Задать критерии оценки и их веса (сумма весов — ровно 100; пока нет оценок)', params: idParam, body: ExpertCriteriaInput, response: { 200: Commission, ...errors } },
    }, async (req) => setCriteria(db, req.params.id, req.body));
    app.post('/api/expert/commissions/:id/sessions', {
      config: SECRETARY,
      schema: { tags, summary: 'Назначить заседание комиссии (предзащита или защита) со сроками оценки и ответов', params: idParam, body: ExpertSessionInput, response: { 200: ExpertSession, ...errors } },
    }, async (req) => newSession(db, req.params.id, req.body, actorOf(req)));

    app.get('/api/expert/sessions/:id', {
      config: SECRETARY,
      schema: { tags, summary: 'Повестка заседания: заявки, эксперты, ход оценки, замечания, решения; повторно поданные заявки в ожидании', params: idParam, response: { 200: SessionAgenda, ...errors } },
    }, async (req) => sessionAgenda(db, req.params.id));
    app.post('/api/expert/sessions/:id/agenda', {
      config: SECRETARY,
      schema: { tags, summary: 'Включить заявку в повестку заседания (открывает раунд на последней поданной версии)', params: idParam, body: ExpertAgendaInput, response: { 200: ExpertRound, ...errors } },
    }, async (req) => putOnAgenda(db, req.params.id, req.body.applicationId, actorOf(req)));
    app.get('/api/expert/sessions/:id/ranking', {
      config: SECRETARY,
      schema: { tags, summary: 'Рейтинг заявок заседания: по взвешенному баллу или по числу открытых замечаний', params: idParam, querystring: ExpertRankingQuery, response: { 200: ExpertRanking, ...errors } },
    }, async (req) => sessionRanking(db, req.params.id, req.query.by));

    app.post('/api/expert/rounds/:id/assignments', {
      config: SECRETARY,
      schema: { tags, summary: 'Назначить эксперта на заявку (отказ 409 при конфликте интересов с организацией кластера)', params: idParam, body: ExpertAssignmentInput, response: { 200: AgendaAssignment, ...errors } },
    }, async (req) => assignExpert(db, req.params.id, req.body.expertId, actorOf(req)));
    app.delete('/api/expert/assignments/:id', {
      config: SECRETARY, schema: { tags, summary: 'Снять назначение, пока эксперт не начал работу', params: idParam, response: { 204: z.null(), ...errors } },
    }, async (req, reply) => {
      await unassign(db, req.params.id);
      return reply.status(204).send(null);
    });
    app.post('/api/expert/rounds/:id/decision', {
      config: SECRETARY,
      schema: { tags, summary: 'Решение комиссии по раунду: одобрить, вернуть на доработку или отклонить (с обоснованием)', params: idParam, body: ExpertDecisionInput, response: { 200: ExpertDecision, ...errors } },
    }, async (req) => decide(db, requireUser(req), req.params.id, req.body));
  };
}
