import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, idParam, Organisation, OrganisationInputBody, OrganisationQuery, page, Link } from '@klaster/contract';
import { clustersOfOrganisation, getOrganisation, listLinks, listOrganisations, softDeleteOrganisation, upsertOrganisations } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../services/app-error.ts';
import { checkOrganisationInput } from '../services/input-checks.ts';
import { forbidden } from '../access/access.ts';
import { assertOrganisationEditable, canSeeOrganisationData, visibilityOf } from '../access/scope.ts';

const tags = ['Организации'];
const OrganisationProfile = Organisation.extend({
  clusters: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), role: z.string(), status: z.string() })),
  /** Supply links are commercial data: null (not shown) unless the reader's scope covers this organisation. */
  linksOut: z.object({ count: z.number(), volume: z.number() }).nullable(),
  linksIn: z.object({ count: z.number(), volume: z.number() }).nullable(),
  topLinks: z.array(Link).nullable(),
});

export function organisationRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/organisations', { config: { access: 'public' }, schema: { tags, summary: 'Поиск организаций с фильтрами и постраничным выводом', querystring: OrganisationQuery, response: { 200: page(Organisation), 400: ErrorBody } } }, async (req) => {
      const q = req.query;
      const result = await listOrganisations(db, {
        q: q.q, region: q.region, kind: q.kind, sme: q.sme, okved: q.okved, clusterId: q.cluster,
        includeDeleted: q.includeDeleted === 'true', sort: q.sort, page: q.page, pageSize: q.pageSize,
      });
      return { ...result, page: q.page, pageSize: q.pageSize };
    });

    app.get('/api/organisations/:id', { config: { access: 'public' }, schema: { tags, summary: 'Профиль организации', params: idParam, response: { 200: OrganisationProfile, 404: ErrorBody } } }, async (req) => {
      const org = await getOrganisation(db, req.params.id);
      if (!org) throw notFound('Организация', 'Organisation', req.params.id);
      if (!(await canSeeOrganisationData(db, req.user, org.id)))
        return { ...org, clusters: await clustersOfOrganisation(db, org.id, visibilityOf(req.user)), topLinks: null, linksOut: null, linksIn: null };
      const links = await listLinks(db, { organisationId: org.id, pageSize: 20 });
      const [sums] = await db.query<{ out_n: number; out_v: number; in_n: number; in_v: number }>(
        `SELECT count(*) FILTER (WHERE supplier_id = $1)::int AS out_n, coalesce(sum(volume) FILTER (WHERE supplier_id = $1), 0) AS out_v,
                count(*) FILTER (WHERE buyer_id = $1)::int AS in_n, coalesce(sum(volume) FILTER (WHERE buyer_id = $1), 0) AS in_v
         FROM links WHERE (supplier_id = $1 OR buyer_id = $1) AND deleted_at IS NULL`,
        [org.id],
      );
      return {
        ...org, clusters: await clustersOfOrganisation(db, org.id, visibilityOf(req.user)), topLinks: links.items,
        linksOut: { count: sums!.out_n, volume: Number(sums!.out_v) }, linksIn: { count: sums!.in_n, volume: Number(sums!.in_v) },
      };
    });

    app.post('/api/organisations', { config: { access: ['admin', 'regional_operator'] }, schema: { tags, summary: 'Создать или обновить организацию (по ИНН)', body: OrganisationInputBody, response: { 200: Organisation, 400: ErrorBody } } }, async (req) => {
      checkOrganisationInput(req.body);
      const user = req.user!;
      if (user.role === 'regional_operator' && !user.regionCodes.includes(req.body.regionCode))
        throw new AppError('forbidden', `Регион ${req.body.regionCode} вне ваших полномочий (ваши: ${user.regionCodes.join(', ')})`, `Region ${req.body.regionCode} is outside your regions (${user.regionCodes.join(', ')})`,
          [{ path: 'body.regionCode', value: req.body.regionCode, message: 'регион вне ваших полномочий' }]);
      const existing = await getOrganisation(db, req.body.inn);
      if (existing) await assertOrganisationEditable(db, req, existing.id);
      await db.transaction((tx) => upsertOrganisations(tx, [req.body], actorOf(req)));
      return (await getOrganisation(db, req.body.inn))!;
    });

    app.put('/api/organisations/:id', { config: { access: ['admin', 'regional_operator', 'specialised_org', 'enterprise'] }, schema: { tags, summary: 'Изменить организацию', params: idParam, body: OrganisationInputBody, response: { 200: Organisation, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) => {
      const existing = await getOrganisation(db, req.params.id);
      if (!existing || existing.deletedAt) throw notFound('Организация', 'Organisation', req.params.id);
      await assertOrganisationEditable(db, req, existing.id);
      if (req.user!.role === 'regional_operator' && !req.user!.regionCodes.includes(req.body.regionCode)) throw forbidden();
      if (existing.inn !== req.body.inn)
        throw new AppError('conflict', `ИНН организации менять нельзя (${existing.inn} → ${req.body.inn})`, `The INN of an organisation cannot change (${existing.inn} → ${req.body.inn})`);
      checkOrganisationInput(req.body);
      await db.transaction((tx) => upsertOrganisations(tx, [{ ...req.body, isDemo: existing.isDemo }], actorOf(req)));
      return (await getOrganisation(db, req.params.id))!;
    });

    app.delete('/api/organisations/:id', { config: { access: ['admin', 'regional_operator'] }, schema: { tags, summary: 'Удалить организацию (мягко: остаётся в истории)', params: idParam, response: { 200: z.object({ deleted: z.literal(true) }), 404: ErrorBody } } }, async (req) => {
      const existing = await getOrganisation(db, req.params.id);
      if (!existing || existing.deletedAt) throw notFound('Организация', 'Organisation', req.params.id);
      await assertOrganisationEditable(db, req, existing.id);
      const done = await db.transaction((tx) => softDeleteOrganisation(tx, req.params.id, actorOf(req)));
      if (!done) throw notFound('Организация', 'Organisation', req.params.id);
      return { deleted: true as const };
    });
  };
}
