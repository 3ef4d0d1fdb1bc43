import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApplicationReview, ExpertApplicationVersion, ExpertAssignment, ExpertAssignmentSheet, ExpertConflict, ExpertConflictInput, ExpertConflictsQuery,
  ExpertRemark, ExpertRemarkAnswerInput, ExpertRemarkInput, ExpertRemarkResolutionInput, ExpertRemindersList, ExpertRemindersQuery, ExpertRemindersSent,
  ExpertRound, ExpertScoresInput, ExpertSheetReturnInput, ErrorBody, idParam,
} from '@klaster/contract';
import { listAssignments } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { requireUser } from '../access/access.ts';
import { errors, tags } from './commission.routes.ts';
import { addRemark, assignedVersion, assignmentSheet, saveScores } from './scoring.service.ts';
import { answer, resolve } from './remark.service.ts';
import { applicationReview, resubmit } from './review.service.ts';
import { conflictsFor, declare, withdraw } from './conflict.service.ts';
import { listReminders, sendReminders } from './reminder.service.ts';
import { assignedPackageFile } from './assigned-package.ts';
import { reopenSheet, returnSheet, submitSheet } from './submission.service.ts';

const EXPERT_OR_SECRETARY = { access: ['admin', 'expert'] } as const;
const asOf = (q: { asOf?: string }) => (q.asOf ? new Date(q.asOf) : new Date());
const PackageFormat = z.object({ format: z.enum(['pdf', 'xlsx']).default('pdf') });

/** The experts' and applicants' routes: assignments, score sheets, remarks and answers, the review of an application, conflicts, reminders. */
export function reviewRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/expert/assignments', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Мои назначения (эксперту — только свои; секретарю — все)', response: { 200: z.object({ items: z.array(ExpertAssignment) }), ...errors } },
    }, async (req) => {
      const user = requireUser(req);
      return { items: await listAssignments(db, { expertId: user.role === 'expert' ? user.id : undefined }) };
    });
    app.get('/api/expert/assignments/:id', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Оценочный лист назначения: критерии, мои оценки, мои замечания', params: idParam, response: { 200: ExpertAssignmentSheet, ...errors } },
    }, async (req) => assignmentSheet(db, requireUser(req), req.params.id));
    app.get('/api/expert/assignments/:id/application', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Рассматриваемая версия заявки (в том виде, в каком она подана)', params: idParam, response: { 200: ExpertApplicationVersion, ...errors } },
    }, async (req) => assignedVersion(db, requireUser(req), req.params.id));
    app.get('/api/expert/assignments/:id/package', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Рассматриваемая версия заявки файлом (PDF или XLSX) — эксперту по его назначению', params: idParam, querystring: PackageFormat },
    }, async (req, reply) => {
      const file = await assignedPackageFile(db, requireUser(req), req.params.id, req.query.format);
      return reply.header('content-disposition', `attachment; filename="${file.fileName}"`).type(file.type).send(file.body);
    });
    app.put('/api/expert/assignments/:id/scores', {
      config: { access: ['expert'] },
      schema: { tags, summary: 'Сохранить черновик оценок по критериям (целые баллы 0–10; пока лист не отправлен и нет решения комиссии)', params: idParam, body: ExpertScoresInput, response: { 200: ExpertAssignmentSheet, ...errors } },
    }, async (req) => saveScores(db, requireUser(req), req.params.id, req.body));
    app.post('/api/expert/assignments/:id/submit', {
      config: { access: ['expert'] },
      schema: {
        tags, summary: 'Отправить оценочный лист: нужны оценки по всем критериям (иначе 422 с их названиями); с этого момента лист учитывается в рейтинге',
        params: idParam, response: { 200: ExpertAssignmentSheet, ...errors, 422: ErrorBody },
      },
    }, async (req) => submitSheet(db, requireUser(req), req.params.id));
    app.post('/api/expert/assignments/:id/reopen', {
      config: { access: ['expert'] },
      schema: { tags, summary: 'Вернуть свой отправленный лист на доработку (до решения комиссии): он снова черновик и не учитывается в рейтинге', params: idParam, response: { 200: ExpertAssignmentSheet, ...errors } },
    }, async (req) => reopenSheet(db, requireUser(req), req.params.id));
    app.post('/api/expert/assignments/:id/return', {
      config: { access: ['admin'] },
      schema: { tags, summary: 'Секретарь возвращает отправленный лист эксперту с указанием причины (до решения комиссии); оценки не меняются', params: idParam, body: ExpertSheetReturnInput, response: { 200: ExpertAssignmentSheet, ...errors } },
    }, async (req) => returnSheet(db, requireUser(req), req.params.id, req.body.reason));
    app.post('/api/expert/assignments/:id/remarks', {
      config: { access: ['expert'] },
      schema: { tags, summary: 'Записать замечание к заявке', params: idParam, body: ExpertRemarkInput, response: { 200: ExpertAssignmentSheet, ...errors } },
    }, async (req) => addRemark(db, requireUser(req), req.params.id, req.body.text));

    app.post('/api/expert/remarks/:id/answer', {
      config: { access: ['specialised_org'] },
      schema: { tags, summary: 'Ответить на замечание эксперта (заявитель — специализированная организация кластера)', params: idParam, body: ExpertRemarkAnswerInput, response: { 200: ExpertRemark, ...errors } },
    }, async (req) => answer(db, requireUser(req), req.params.id, req.body.answer));
    app.post('/api/expert/remarks/:id/accept', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Принять ответ заявителя: замечание снято', params: idParam, body: ExpertRemarkResolutionInput, response: { 200: ExpertRemark, ...errors } },
    }, async (req) => resolve(db, requireUser(req), req.params.id, 'accept', req.body.comment));
    app.post('/api/expert/remarks/:id/reject', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Не принять ответ заявителя: замечание снова ждёт ответа', params: idParam, body: ExpertRemarkResolutionInput, response: { 200: ExpertRemark, ...errors } },
    }, async (req) => resolve(db, requireUser(req), req.params.id, 'reject', req.body.comment));

    app.get('/api/expert/applications/:id/review', {
      config: { access: ['admin', 'expert', 'specialised_org', 'enterprise'] },
      schema: { tags, summary: 'Рассмотрение заявки: раунды, решения, оценки и замечания — в пределах прав пользователя', params: idParam, response: { 200: ApplicationReview, ...errors } },
    }, async (req) => applicationReview(db, requireUser(req), req.params.id));
    app.post('/api/expert/applications/:id/resubmit', {
      config: { access: ['specialised_org'] },
      schema: { tags, summary: 'Повторно подать заявку после работы над ошибками (новая версия, все замечания отвечены)', params: idParam, response: { 200: ExpertRound, ...errors } },
    }, async (req) => resubmit(db, requireUser(req), req.params.id));

    app.get('/api/expert/conflicts', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Декларации о конфликте интересов (эксперту — свои)', querystring: ExpertConflictsQuery, response: { 200: z.object({ items: z.array(ExpertConflict) }), ...errors } },
    }, async (req) => ({ items: await conflictsFor(db, requireUser(req), req.query.expertId) }));
    app.post('/api/expert/conflicts', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Заявить о конфликте интересов с организацией', body: ExpertConflictInput, response: { 200: ExpertConflict, ...errors } },
    }, async (req) => declare(db, requireUser(req), req.body));
    app.delete('/api/expert/conflicts/:id', {
      config: EXPERT_OR_SECRETARY,
      schema: { tags, summary: 'Отозвать декларацию о конфликте интересов (она остаётся в истории)', params: idParam, response: { 200: ExpertConflict, ...errors } },
    }, async (req) => withdraw(db, requireUser(req), req.params.id));

    app.get('/api/expert/reminders', {
      config: { access: ['admin', 'expert', 'specialised_org'] },
      schema: { tags, summary: 'Напоминания о сроках: кто что должен сделать и к какому сроку (каждому — свои)', querystring: ExpertRemindersQuery, response: { 200: ExpertRemindersList, ...errors } },
    }, async (req) => listReminders(db, requireUser(req), asOf(req.query)));
    app.post('/api/expert/reminders/send', {
      config: { access: ['admin'] },
      schema: { tags, summary: 'Разослать наступившие напоминания (каждое — один раз)', querystring: ExpertRemindersQuery, response: { 200: ExpertRemindersSent, ...errors } },
    }, async (req) => sendReminders(db, requireUser(req).login, asOf(req.query)));
  };
}
