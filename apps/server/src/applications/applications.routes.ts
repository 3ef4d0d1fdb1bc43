import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Application, ApplicationDraft, ApplicationPreview, ApplicationSummary, ApplicationVersion, ApplicationVersionParams, CreateApplicationBody,
  ErrorBody, idParam, PackageQuery,
} from '@klaster/contract';
import { listApplications } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';
import { assertClusterAccess } from '../access/scope.ts';
import { EXPORT_CONTENT_TYPES } from '../services/export.service.ts';
import { today } from '../rules/check.service.ts';
import type { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { assemblePackage } from './assemble-package.ts';
import { applicationPdf } from './application-pdf.ts';
import { applicationXlsx } from './application-xlsx.ts';
import {
  applicationView, createClusterApplication, editDraft, getApplication, getVersion, packageFor, submitApplication, withdrawApplication,
} from './applications.service.ts';

const tags = ['Заявки'];
const CLUSTER_SIDE = ['admin', 'regional_operator', 'specialised_org'] as const;
const summaryOf = (a: ReturnType<typeof applicationView>) => ({ ...a, draft: undefined, versions: undefined });

export function applicationRoutes({ db, actorOf }: AppDeps, registry: RuleSetRegistry): FastifyPluginAsyncZod {
  return async (app) => {
    /** Applications are the cluster's working papers: signed-in readers within the cluster's scope only. */
    const readable = async (req: Parameters<typeof assertClusterAccess>[1], id: number) => {
      const a = await getApplication(db, id);
      await assertClusterAccess(db, req, a.clusterId, 'read');
      return a;
    };
    const manageable = async (req: Parameters<typeof assertClusterAccess>[1], id: number) => {
      const a = await getApplication(db, id);
      await assertClusterAccess(db, req, a.clusterId, 'manage');
      return a;
    };

    app.get('/api/clusters/:id/applications', { config: { access: 'signed_in' }, schema: { tags, summary: 'Заявки кластера (на включение в реестр и на субсидию)', params: idParam, response: { 200: z.object({ items: z.array(ApplicationSummary) }), 404: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'read');
      return { items: (await listApplications(db, { clusterId: req.params.id })).map((a) => summaryOf(applicationView(a))) };
    });

    app.post('/api/clusters/:id/applications', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Создать заявку: на включение в реестр или на субсидию по совместному проекту', params: idParam, body: CreateApplicationBody, response: { 200: Application, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) => {
      await assertClusterAccess(db, req, req.params.id, 'manage');
      return applicationView(await createClusterApplication(db, { clusterId: req.params.id, ...req.body, actor: actorOf(req) }));
    });

    app.get('/api/applications/:id', { config: { access: 'signed_in' }, schema: { tags, summary: 'Заявка: черновик, поданные версии и пакет, собранный из данных сейчас (с проверкой ПП № 779)', params: idParam, response: { 200: ApplicationPreview, 404: ErrorBody } } }, async (req) => {
      const a = await readable(req, req.params.id);
      return { application: applicationView(a), package: await assemblePackage(db, registry, a, today()) };
    });

    app.put('/api/applications/:id/draft', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Изменить черновик заявки (контакты, письмо, приложенные документы); поданные версии не меняются', params: idParam, body: ApplicationDraft, response: { 200: Application, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) =>
      applicationView(await editDraft(db, await manageable(req, req.params.id), req.body, actorOf(req))));

    app.post('/api/applications/:id/submit', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Подать заявку: пакет из данных замораживается как новая версия', params: idParam, response: { 200: ApplicationVersion, 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) =>
      submitApplication(db, registry, await manageable(req, req.params.id), actorOf(req)));

    app.post('/api/applications/:id/withdraw', { config: { access: CLUSTER_SIDE }, schema: { tags, summary: 'Отозвать заявку', params: idParam, response: { 200: Application, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody } } }, async (req) =>
      applicationView(await withdrawApplication(db, await manageable(req, req.params.id), actorOf(req))));

    app.get('/api/applications/:id/versions/:version', { config: { access: 'signed_in' }, schema: { tags, summary: 'Поданная версия заявки: неизменяемый снимок пакета', params: ApplicationVersionParams, response: { 200: ApplicationVersion, 404: ErrorBody } } }, async (req) => {
      await readable(req, req.params.id);
      return getVersion(db, req.params.id, req.params.version);
    });

    app.get('/api/applications/:id/package', { config: { access: 'signed_in' }, schema: { tags, summary: 'Пакет заявки в PDF, XLSX или JSON: поданная версия (по умолчанию последняя) или черновик', params: idParam, querystring: PackageQuery } }, async (req, reply) => {
      const a = await readable(req, req.params.id);
      const { pkg, version } = await packageFor(db, registry, a, req.query.version);
      const submittedAt = version === null ? null : a.versions.find((v) => v.version === version)?.submittedAt ?? null;
      const name = `klaster-application-${a.id}-${version === null ? 'draft' : `v${version}`}`;
      if (req.query.format === 'json') return reply.type('application/json; charset=utf-8').send(pkg);
      const file = req.query.format === 'pdf' ? await applicationPdf(pkg, { version, submittedAt }) : await applicationXlsx(pkg, { version, submittedAt });
      return reply.header('content-disposition', `attachment; filename="${name}.${req.query.format}"`)
        .type(req.query.format === 'pdf' ? 'application/pdf' : EXPORT_CONTENT_TYPES.xlsx).send(file);
    });
  };
}
