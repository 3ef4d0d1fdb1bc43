import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SupportMeasure as Measure } from '@klaster/core';
import { AsOfQuery, ClusterMeasures, ErrorBody, idParam, OrganisationMeasures, SubsidyBody, SubsidyResult, SupportMeasure } from '@klaster/contract';
import { assertClusterAccess } from '../access/scope.ts';
import type { AppDeps } from '../app-deps.ts';
import { today } from './check.service.ts';
import { measuresForCluster, measuresForOrganisation } from './measures.service.ts';
import type { RuleSetRegistry } from './ruleset-registry.ts';
import { calculateClusterSubsidy } from './subsidy.service.ts';

const tags = ['Меры поддержки'];

export function supportRoutes({ db }: AppDeps, registry: RuleSetRegistry, catalogue: readonly Measure[]): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/measures', { config: { access: 'public' }, schema: { tags, summary: 'Каталог мер поддержки (уровень, вид, основание; примеры отмечены)', response: { 200: z.object({ items: z.array(SupportMeasure) }) } } }, async () =>
      ({ items: [...catalogue] }));

    app.get('/api/organisations/:id/measures', { config: { access: 'public' }, schema: { tags, summary: 'Меры поддержки организации: подходящие с причинами, неподходящие с недостающими условиями', params: idParam, querystring: AsOfQuery, response: { 200: OrganisationMeasures, 404: ErrorBody } } }, async (req) =>
      measuresForOrganisation(db, registry, catalogue, req.params.id, req.query.asOf ?? today()));

    app.get('/api/clusters/:id/measures', { config: { access: 'public' }, schema: { tags, summary: 'Меры поддержки участников кластера', params: idParam, querystring: AsOfQuery, response: { 200: ClusterMeasures, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return measuresForCluster(db, registry, catalogue, req.params.id, req.query.asOf ?? today());
    });

    app.post('/api/subsidy/calculate', { config: { access: 'public' }, schema: { tags, summary: 'Калькулятор субсидии по ПП № 41 (редакции 2016, 2021, 2023)', body: SubsidyBody, response: { 200: SubsidyResult, 400: ErrorBody, 404: ErrorBody } } }, async (req) =>
      calculateClusterSubsidy(db, registry, { ...req.body, asOf: req.body.asOf ?? today() }));
  };
}
