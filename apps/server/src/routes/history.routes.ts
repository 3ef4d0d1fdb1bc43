import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { ErrorBody, HistoryEntry, HistoryQuery, page } from '@klaster/contract';
import { listHistory, listLinks, type Sql } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../services/app-error.ts';
import { assertClusterAccess, canSeeOrganisationData, visibilityOf } from '../access/scope.ts';
import { getApplication } from '../applications/applications.service.ts';
import { readableProject } from '../projects/project-access.ts';

export function historyRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/history', { config: { access: 'signed_in' }, schema: { tags: ['История'], summary: 'История изменений: кто, когда, до и после (администратор — вся; остальные — по объекту в своей области)', querystring: HistoryQuery, response: { 200: page(HistoryEntry), 400: ErrorBody, 403: ErrorBody, 404: ErrorBody } } }, async (req) => {
      const q = req.query;
      await assertHistoryVisible(db, req, q.entity, q.entityId);
      return { ...(await listHistory(db, q)), page: q.page, pageSize: q.pageSize };
    });
  };
}

/**
 * The whole history is the administrator's; everyone else reads the history of one object they may read: a project
 * or an application as its own route lets them (the cluster in their scope, else 404).
 */
async function assertHistoryVisible(db: Sql, req: FastifyRequest, entity: string | undefined, entityId: number | undefined): Promise<void> {
  if (req.user?.role === 'admin') return;
  if (!entity || !entityId)
    throw new AppError('validation_failed', 'Укажите объект: entity и entityId (вся история доступна только администратору)', 'Name the object: entity and entityId (the whole history is for administrators only)',
      [{ path: 'query.entityId', message: 'обязателен' }]);
  if (entity === 'cluster') return assertClusterAccess(db, req, entityId, 'read');
  if (entity === 'organisation') {
    if (!(await canSeeOrganisationData(db, req.user, entityId))) throw notFound('Организация', 'Organisation', entityId);
    return;
  }
  if (entity === 'link') {
    const visible = await listLinks(db, { linkId: entityId, visibleTo: visibilityOf(req.user), pageSize: 1 });
    if (visible.total === 0) throw notFound('Связь', 'Link', entityId);
    return;
  }
  if (entity === 'project') {
    await readableProject(db, req, entityId);
    return;
  }
  if (entity === 'application') {
    // as GET /api/applications/:id reads it (applications.routes.ts): the application, then its cluster in scope
    await assertClusterAccess(db, req, (await getApplication(db, entityId)).clusterId, 'read');
    return;
  }
  throw notFound('Объект', 'Object', `${entity} ${entityId}`);
}
