import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleSetRef, selectRuleSet, type RuleSet } from '@klaster/core';
import { AsOfQuery, CheckQuery, CheckResult, DossierQuery, ErrorBody, idParam, RuleSetDetail, RuleSetParams, RuleSetSummary, Suggestions, WhatIfBody, WhatIfResult } from '@klaster/contract';
import { dossierTemplateXlsx, writeDossierXlsx } from '@klaster/io';
import { assertClusterAccess } from '../access/scope.ts';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../services/app-error.ts';
import { EXPORT_CONTENT_TYPES } from '../services/export.service.ts';
import { checkCluster, checkDossier, suggestionsForCluster, today, whatIfCluster } from './check.service.ts';
import { buildDossierFromDatabase } from './dossier-from-database.ts';
import { dossierFromBody, dossierFromFile } from './dossier-upload.ts';
import type { RuleSetRegistry } from './ruleset-registry.ts';

const tags = ['Правила реестра'];

function describeRuleSet(set: RuleSet, all: readonly RuleSet[], on: string) {
  return {
    id: set.id, version: set.version, ref: ruleSetRef(set), effectiveFrom: set.effectiveFrom, legalBasis: set.legalBasis, title: set.title,
    inForce: selectRuleSet(all, set.id, on) === set,
    requirements: set.requirements.map((r) => ({ id: r.id, confidence: r.confidence, legalBasis: r.legalBasis, description: r.description, thresholds: r.thresholds })),
  };
}

export function ruleCheckRoutes({ db }: AppDeps, registry: RuleSetRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/rulesets', { config: { access: 'public' }, schema: { tags, summary: 'Наборы правил и их версии (файлы данных)', response: { 200: z.object({ items: z.array(RuleSetSummary) }) } } }, async () => {
      const sets = [...registry.sets].sort((a, b) => a.id.localeCompare(b.id) || a.effectiveFrom.localeCompare(b.effectiveFrom));
      return { items: sets.map((s) => describeRuleSet(s, registry.sets, today())) };
    });

    app.get('/api/rulesets/:id/:version', { config: { access: 'public' }, schema: { tags, summary: 'Одна версия набора правил: требования, пороги, основания', params: RuleSetParams, response: { 200: RuleSetDetail, 404: ErrorBody } } }, async (req) => {
      const set = registry.get(req.params.id, req.params.version);
      return { ...describeRuleSet(set, registry.sets, today()), settings: set.settings ?? {} };
    });

    app.get('/api/clusters/:id/dossier', { config: { access: 'public' }, schema: { tags, summary: 'Досье кластера из реестра (JSON или XLSX)', params: idParam, querystring: DossierQuery } }, async (req, reply) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      const asOf = req.query.asOf ?? today();
      const dossier = await buildDossierFromDatabase(db, req.params.id, asOf);
      if (req.query.format === 'json') return reply.type('application/json; charset=utf-8').send(dossier);
      return reply.header('content-disposition', `attachment; filename="klaster-dossier-${req.params.id}-${asOf}.xlsx"`).type(EXPORT_CONTENT_TYPES.xlsx).send(await writeDossierXlsx(dossier));
    });

    app.get('/api/clusters/:id/check', { config: { access: 'public' }, schema: { tags, summary: 'Проверка кластера из реестра на соответствие ПП № 779', params: idParam, querystring: CheckQuery, response: { 200: CheckResult, 400: ErrorBody, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return checkCluster(db, registry, req.params.id, req.query.asOf ?? today(), req.query.rules);
    });

    app.post('/api/clusters/:id/what-if', { config: { access: 'public' }, schema: { tags, summary: 'Что если: проверка с добавленными или исключёнными участниками', params: idParam, querystring: AsOfQuery, body: WhatIfBody, response: { 200: WhatIfResult, 400: ErrorBody, 404: ErrorBody, 422: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return whatIfCluster(db, registry, req.params.id, req.body, req.query.asOf ?? today());
    });

    app.get('/api/clusters/:id/suggestions', { config: { access: 'public' }, schema: { tags, summary: 'Кого добавить, чтобы закрыть пробелы, и чьё исключение нарушит соответствие', params: idParam, querystring: AsOfQuery, response: { 200: Suggestions, 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return suggestionsForCluster(db, registry, req.params.id, req.query.asOf ?? today());
    });

    app.post('/api/check', { config: { access: 'public' }, schema: { tags, summary: 'Проверить загруженное досье (JSON в теле или файл .json/.xlsx в поле file)', querystring: CheckQuery, response: { 200: CheckResult, 400: ErrorBody } } }, async (req) => {
      let dossier;
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw new AppError('validation_failed', 'Файл не передан', 'No file uploaded', [{ path: 'body.file', message: 'нет файла' }]);
        dossier = await dossierFromFile(await file.toBuffer(), file.filename || 'upload');
      } else dossier = dossierFromBody(req.body);
      const asOf = req.query.asOf ?? dossier.asOf ?? today();
      return checkDossier(registry, dossier, req.query.rules, asOf);
    });

    app.get('/api/dossier/template', { config: { access: 'public' }, schema: { tags, summary: 'Пустой шаблон досье (XLSX)', querystring: z.object({ format: z.literal('xlsx').default('xlsx') }) } }, async (_req, reply) =>
      reply.header('content-disposition', `attachment; filename="klaster-dossier-template.xlsx"; filename*=UTF-8''${encodeURIComponent('шаблон-досье.xlsx')}`)
        .type(EXPORT_CONTENT_TYPES.xlsx).send(await dossierTemplateXlsx()));
  };
}
