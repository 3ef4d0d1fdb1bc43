import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, ImportReport } from '@klaster/contract';
import type { AppDeps } from '../app-deps.ts';
import { ImportQuery, receiveImport } from '../routes/import.routes.ts';

const tags = ['Подбор партнёров и субподряд'];

/**
 * Imports of needs and capabilities: static paths, so they are matched before the registry's
 * /api/import/:kind (whose kinds also have templates and exports). Same modes and report as there.
 */
export function matchmakingImportRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    for (const kind of ['needs', 'capabilities'] as const) {
      app.post(`/api/import/${kind}`, {
        config: { access: ['admin', 'regional_operator'] },
        schema: {
          tags, summary: kind === 'needs' ? 'Загрузить потребности (CSV/XLSX, поле file)' : 'Загрузить производственные возможности (CSV/XLSX, поле file)',
          querystring: ImportQuery, response: { 200: ImportReport, 400: ErrorBody, 413: ErrorBody },
        },
      }, async (req) => receiveImport(req, kind, req.query, { db, actorOf }));
    }
  };
}
