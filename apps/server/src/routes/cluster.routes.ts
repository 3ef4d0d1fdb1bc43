import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ClusterInputBody, ClusterListItem, ClusterProfile, ClusterQuery, ErrorBody, idParam, page } from '@klaster/contract';
import { getCluster, listClusters, lockClusterByCode, softDeleteCluster, upsertCluster, UnknownOrganisationError } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../services/app-error.ts';
import { forbidden } from '../access/access.ts';
import { assertClusterAccess, visibilityOf } from '../access/scope.ts';
import { assertStatusNotSetDirectly } from './cluster-status-guard.ts';

const tags = ['Кластеры'];

export function clusterRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/clusters', { config: { access: 'public' }, schema: { tags, summary: 'Кластеры с фильтрами', querystring: ClusterQuery, response: { 200: page(ClusterListItem), 400: ErrorBody } } }, async (req) => {
      const q = req.query;
      return { ...(await listClusters(db, { ...q, visibleTo: visibilityOf(req.user) })), page: q.page, pageSize: q.pageSize };
    });

    app.get('/api/clusters/:id', { config: { access: 'public' }, schema: { tags, summary: 'Профиль кластера: участники, соглашения, преференции', params: idParam, response: { 200: ClusterProfile, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      const cluster = await getCluster(db, req.params.id);
      if (!cluster || cluster.deleted) throw notFound('Кластер', 'Cluster', req.params.id);
      return cluster;
    });

    app.post('/api/clusters', { config: { access: ['admin', 'regional_operator', 'specialised_org'] }, schema: { tags, summary: 'Создать или заменить кластер (по коду). Статус не меняется: новый — «Кандидат», при замене — текущий; смена статуса — POST /api/clusters/{id}/transitions', body: ClusterInputBody, response: { 200: ClusterProfile, 400: ErrorBody, 409: ErrorBody, 422: ErrorBody } } }, async (req) => {
      const existing = await getCluster(db, req.body.code);
      if (existing && !existing.deleted) await assertClusterAccess(db, req, existing.id, 'manage');
      else if (req.user!.role === 'specialised_org') throw forbidden();
      const user = req.user!;
      if (user.role === 'regional_operator' && !req.body.regions.some((r) => user.regionCodes.includes(r)))
        throw new AppError('forbidden', `Территория кластера (${req.body.regions.join(', ')}) вне ваших регионов (${user.regionCodes.join(', ')})`, `The cluster's territory (${req.body.regions.join(', ')}) is outside your regions`,
          [{ path: 'body.regions', value: req.body.regions, message: 'вне ваших регионов' }]);
      try {
        await db.transaction(async (tx) => {
          // checked on the locked row, so a life-cycle step recorded meanwhile is not undone by this write
          assertStatusNotSetDirectly(await lockClusterByCode(tx, req.body.code), req.body.status);
          return upsertCluster(tx, req.body, actorOf(req));
        });
      } catch (error) {
        if (error instanceof UnknownOrganisationError)
          throw new AppError('unknown_reference', `Организаций нет в реестре: ИНН ${error.inns.join(', ')}`, `Unknown organisations: INN ${error.inns.join(', ')}`,
            error.inns.map((inn) => ({ path: 'body.participants', value: inn, message: `ИНН ${inn} не найден в реестре` })));
        throw error;
      }
      return (await getCluster(db, req.body.code))!;
    });

    app.delete('/api/clusters/:id', { config: { access: ['admin', 'regional_operator'] }, schema: { tags, summary: 'Удалить кластер (мягко)', params: idParam, response: { 200: z.object({ deleted: z.literal(true) }), 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      if (!(await db.transaction((tx) => softDeleteCluster(tx, req.params.id, actorOf(req))))) throw notFound('Кластер', 'Cluster', req.params.id);
      return { deleted: true as const };
    });
  };
}
