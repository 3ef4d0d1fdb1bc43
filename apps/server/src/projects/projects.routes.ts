import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AsOfOnly, ErrorBody, idParam, NationalStats, NationalStatsQuery, Project, ProjectBody, ProjectDecisionBody, ProjectListQuery, ProjectSubsidy, ProjectSummary, listParam } from '@klaster/contract';
import { nationalStats } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { requireUser } from '../access/access.ts';
import { assertClusterAccess, visibilityOf } from '../access/scope.ts';
import { today } from '../rules/check.service.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { readableProject } from './project-access.ts';
import { listProjectsWithSubsidy } from './project-list.service.ts';
import { subsidyOfProject } from './project-subsidy.service.ts';
import { createClusterProject, decideProject, deleteClusterProject, getProject, projectView, updateClusterProject } from './projects.service.ts';

const tags = ['Совместные проекты'];
const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;

export function projectRoutes({ db, actorOf }: AppDeps, registry: RuleSetRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/projects', { config: { access: 'public' }, schema: { tags, summary: 'Совместные проекты видимых кластеров (фильтр по статусу и региону) с расчётной субсидией по ПП № 41 на дату asOf', querystring: ProjectListQuery.extend({ region: listParam }), response: { 200: z.object({ items: z.array(ProjectSummary) }), 400: ErrorBody } } }, async (req) =>
      ({ items: await listProjectsWithSubsidy(db, registry, { status: req.query.status, regions: req.query.region, visibleTo: visibilityOf(req.user) }, req.query.asOf ?? today()) }));

    app.get('/api/clusters/:id/projects', { config: { access: 'public' }, schema: { tags, summary: 'Совместные проекты кластера', params: idParam, querystring: ProjectListQuery, response: { 200: z.object({ items: z.array(ProjectSummary) }), 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return { items: await listProjectsWithSubsidy(db, registry, { clusterId: req.params.id, status: req.query.status }, req.query.asOf ?? today()) };
    });

    app.post('/api/clusters/:id/projects', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Создать совместный проект: участники (не менее двух), продукция ОКПД2, этапы, смета по статьям и годам, результаты', params: idParam, body: ProjectBody, response: { 200: Project, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      return projectView(await createClusterProject(db, req.params.id, req.body, actorOf(req)));
    });

    app.get('/api/projects/:id', { config: { access: 'public' }, schema: { tags, summary: 'Совместный проект: участники, этапы, смета, результаты, итоги сметы', params: idParam, response: { 200: Project, 404: ErrorBody } } }, async (req) => {
      return projectView(await readableProject(db, req, req.params.id));
    });

    app.put('/api/projects/:id', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Изменить черновик совместного проекта (целиком)', params: idParam, body: ProjectBody, response: { 200: Project, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody } } }, async (req) => {
      const project = await getProject(db, req.params.id);
      await assertClusterAccess(db, req, project.clusterId, 'manage');
      return projectView(await updateClusterProject(db, project, req.body, actorOf(req)));
    });

    app.delete('/api/projects/:id', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Удалить черновик совместного проекта (мягко)', params: idParam, response: { 200: z.object({ deleted: z.literal(true) }), 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) => {
      const project = await getProject(db, req.params.id);
      await assertClusterAccess(db, req, project.clusterId, 'manage');
      await deleteClusterProject(db, project, actorOf(req));
      return { deleted: true as const };
    });

    app.get('/api/projects/:id/subsidy', { config: { access: 'public' }, schema: { tags, summary: 'Субсидия совместного проекта по ПП № 41 (калькулятор правил на смете проекта)', params: idParam, querystring: AsOfOnly, response: { 200: ProjectSubsidy, 400: ErrorBody, 404: ErrorBody } } }, async (req) => {
      return subsidyOfProject(db, registry, await readableProject(db, req, req.params.id), req.query.asOf ?? today());
    });

    app.post('/api/projects/:id/status', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Подать проект на поддержку или отозвать; решение министерства: поддержан (с суммой), отклонён, завершён', params: idParam, body: ProjectDecisionBody, response: { 200: Project, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) => {
      const project = await getProject(db, req.params.id);
      await assertClusterAccess(db, req, project.clusterId, 'manage');
      return projectView(await decideProject(db, project, req.body, requireUser(req), actorOf(req)));
    });

    app.get('/api/stats/national', { config: { access: 'public' }, schema: { tags: ['Сводка'], summary: 'Национальные показатели: кластеры в реестре, участники, поддержанные предприятия, поддержанные совместные проекты и их сумма (вся страна или регионы)', querystring: NationalStatsQuery, response: { 200: NationalStats, 400: ErrorBody } } }, async (req) => {
      const regions = req.query.region?.length ? req.query.region : null;
      return { regions, ...(await nationalStats(db, regions)) };
    });
  };
}
