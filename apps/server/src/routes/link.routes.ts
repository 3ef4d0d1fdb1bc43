import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, idParam, Link, LinkInputBody, LinkQuery, page } from '@klaster/contract';
import type { FastifyRequest } from 'fastify';
import { findExistingInns, listLinks, organisationIdsByInn, softDeleteLink, upsertLinks, type Database } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { AppError, notFound } from '../services/app-error.ts';
import { checkLinkInput } from '../services/input-checks.ts';
import { forbidden } from '../access/access.ts';
import { canEditOrganisation, visibilityOf } from '../access/scope.ts';

const tags = ['Кооперационные связи'];

/** A link is declared, changed or deleted by someone who may edit one of its two parties (an enterprise its own supplies and purchases). */
async function assertMayEditEitherParty(db: Database, req: FastifyRequest, partyIds: readonly number[]): Promise<void> {
  const mayEdit = await Promise.all(partyIds.map((id) => canEditOrganisation(db, req.user, id)));
  if (!mayEdit.some(Boolean)) throw forbidden();
}

export function linkRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/links', { config: { access: ['admin', 'regional_operator', 'specialised_org', 'enterprise'] }, schema: { tags, summary: 'Связи поставщик → покупатель', querystring: LinkQuery, response: { 200: page(Link), 400: ErrorBody } } }, async (req) => {
      const q = req.query;
      const result = await listLinks(db, { organisationId: q.organisation, region: q.region, year: q.year, clusterId: q.cluster, visibleTo: visibilityOf(req.user), page: q.page, pageSize: q.pageSize });
      return { ...result, page: q.page, pageSize: q.pageSize };
    });

    app.post('/api/links', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Добавить или обновить связь', body: LinkInputBody, response: { 200: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), restored: z.number() }), 400: ErrorBody, 422: ErrorBody } } }, async (req) => {
      checkLinkInput(req.body);
      const known = await findExistingInns(db, [req.body.supplierInn, req.body.buyerInn]);
      const missing = [req.body.supplierInn, req.body.buyerInn].filter((inn) => !known.has(inn));
      if (missing.length)
        throw new AppError('unknown_reference', `Организации нет в реестре: ИНН ${missing.join(', ')}`, `No organisation in the registry with INN ${missing.join(', ')}`,
          missing.map((inn) => ({ path: inn === req.body.supplierInn ? 'body.supplierInn' : 'body.buyerInn', value: inn, message: `ИНН ${inn} не найден в реестре` })));
      await assertMayEditEitherParty(db, req, await organisationIdsByInn(db, [req.body.supplierInn, req.body.buyerInn]));
      return db.transaction((tx) => upsertLinks(tx, [req.body], actorOf(req)));
    });

    app.delete('/api/links/:id', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Удалить связь (мягко)', params: idParam, response: { 200: z.object({ deleted: z.literal(true) }), 404: ErrorBody } } }, async (req) => {
      const visible = await listLinks(db, { linkId: req.params.id, visibleTo: visibilityOf(req.user), pageSize: 1 });
      if (visible.total === 0) throw notFound('Связь', 'Link', req.params.id);
      const link = visible.items[0]!;
      await assertMayEditEitherParty(db, req, [link.supplierId, link.buyerId]);
      if (!(await db.transaction((tx) => softDeleteLink(tx, req.params.id, actorOf(req))))) throw notFound('Связь', 'Link', req.params.id);
      return { deleted: true as const };
    });
  };
}
