import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Capability, CapabilityInputBody, ContactRequest, ContactRequestBody, ContactRequestQuery, ErrorBody, idParam, InvestorChainQuery,
  CapabilityListQuery, InvestorChains, MatchListQuery, MatchQuery, NeedListQuery, Need, NeedInputBody, NeedRanking, page, SupplierRanking, ValueChainGaps,
} from '@klaster/contract';
import { listCapabilities, listNeeds } from '@klaster/db';
import { assertClusterAccess } from '../access/scope.ts';
import { assertMayAnswer, assertSpeaksFor, visibleContactRequests } from './matchmaking-scope.ts';
import type { AppDeps } from '../app-deps.ts';
import { acceptContact, declineContact, requestContact } from './contact.service.ts';
import { investorChains } from './investor.service.ts';
import { rankNeedsForCapability, rankSuppliersForNeed } from './ranking.service.ts';
import { saveCapability, saveNeed } from './records.service.ts';
import { valueChainGaps } from './value-chain.service.ts';
import { matchmakingImportRoutes } from './matchmaking-import.routes.ts';

const tags = ['Подбор партнёров и субподряд'];
const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

const filtersOf = (q: z.infer<typeof MatchQuery>) => ({ radiusKm: q.radiusKm, smeOnly: q.smeOnly, clusterOnly: q.clusterOnly, regions: q.region, limit: q.limit });
const listFilter = (q: z.infer<typeof MatchListQuery> & { sort?: string }) => ({ organisationId: q.organisation, region: q.region, okpd2: q.okpd2, status: q.status, sort: q.sort, page: q.page, pageSize: q.pageSize });

export function matchmakingRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(matchmakingImportRoutes({ db, actorOf }));
    app.get('/api/needs', { config: { access: 'signed_in' }, schema: { tags, summary: 'Потребности покупателей', querystring: NeedListQuery, response: { 200: page(Need), 400: ErrorBody } } }, async (req) => ({
      ...(await listNeeds(db, listFilter(req.query))), page: req.query.page, pageSize: req.query.pageSize,
    }));
    app.post('/api/needs', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Опубликовать потребность', body: NeedInputBody, response: { 200: z.object({ need: Need, created: z.boolean() }), ...errors } } }, async (req) => {
      await assertSpeaksFor(db, req, { inn: req.body.buyerInn }, 'body.buyerInn');
      return saveNeed(db, req.body, actorOf(req));
    });
    app.get('/api/capabilities', { config: { access: 'signed_in' }, schema: { tags, summary: 'Производственные возможности поставщиков', querystring: CapabilityListQuery, response: { 200: page(Capability), 400: ErrorBody } } }, async (req) => ({
      ...(await listCapabilities(db, listFilter(req.query))), page: req.query.page, pageSize: req.query.pageSize,
    }));
    app.post('/api/capabilities', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Опубликовать возможность', body: CapabilityInputBody, response: { 200: z.object({ capability: Capability, created: z.boolean() }), ...errors } } }, async (req) => {
      await assertSpeaksFor(db, req, { inn: req.body.supplierInn }, 'body.supplierInn');
      return saveCapability(db, req.body, actorOf(req));
    });

    app.get('/api/needs/:id/suppliers', { config: { access: 'signed_in' }, schema: { tags, summary: 'Поставщики для потребности, по убыванию оценки, с составляющими', params: idParam, querystring: MatchQuery, response: { 200: SupplierRanking, ...errors } } }, async (req) => {
      const r = await rankSuppliersForNeed(db, req.params.id, filtersOf(req.query));
      return { need: r.subject, items: r.items.map((i) => ({ rank: i.rank, capability: i.item, score: i.score })), stats: r.stats };
    });
    app.get('/api/capabilities/:id/needs', { config: { access: 'signed_in' }, schema: { tags, summary: 'Потребности для возможности поставщика, по убыванию оценки', params: idParam, querystring: MatchQuery, response: { 200: NeedRanking, ...errors } } }, async (req) => {
      const r = await rankNeedsForCapability(db, req.params.id, filtersOf(req.query));
      return { capability: r.subject, items: r.items.map((i) => ({ rank: i.rank, need: i.item, score: i.score })), stats: r.stats };
    });

    app.get('/api/clusters/:id/value-chain-gaps', { config: { access: ['admin', 'regional_operator', 'specialised_org'] }, schema: { tags, summary: 'Разрывы цепочек кластера: что закупается вне кластера или по импорту, и местные МСП', params: idParam, response: { 200: ValueChainGaps, ...errors } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      return valueChainGaps(db, req.params.id);
    });
    app.get('/api/investor/chains', { config: { access: 'public' }, schema: { tags, summary: 'Производственные цепочки региона, в которые может войти инвестор', querystring: InvestorChainQuery, response: { 200: InvestorChains, 400: ErrorBody } } }, async (req) =>
      investorChains(db, req.query.region, req.query.limit));

    app.post('/api/contact-requests', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Запрос на контакт по совпадению', body: ContactRequestBody, response: { 200: ContactRequest, ...errors } } }, async (req) => {
      await assertSpeaksFor(db, req, { id: req.body.fromOrganisationId }, 'body.fromOrganisationId');
      return requestContact(db, req.body, actorOf(req));
    });
    app.get('/api/contact-requests', { config: { access: ['admin', 'regional_operator', 'enterprise'] }, schema: { tags, summary: 'Запросы на контакт организации (отправленные и полученные)', querystring: ContactRequestQuery, response: { 200: z.object({ items: z.array(ContactRequest) }), 400: ErrorBody } } }, async (req) =>
      ({ items: await visibleContactRequests(db, req, req.query.organisation) }));
    app.post('/api/contact-requests/:id/accept', { config: { access: ['admin', 'enterprise'] }, schema: { tags, summary: 'Принять запрос: связь становится заявленной', params: idParam, response: { 200: ContactRequest, ...errors } } }, async (req) => {
      await assertMayAnswer(db, req, req.params.id);
      return acceptContact(db, req.params.id, actorOf(req));
    });
    app.post('/api/contact-requests/:id/decline', { config: { access: ['admin', 'enterprise'] }, schema: { tags, summary: 'Отклонить запрос на контакт', params: idParam, response: { 200: ContactRequest, ...errors } } }, async (req) => {
      await assertMayAnswer(db, req, req.params.id);
      return declineContact(db, req.params.id, actorOf(req));
    });
  };
}
