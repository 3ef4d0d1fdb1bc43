import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, ImportReport } from '@klaster/contract';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../services/app-error.ts';
import { importFile } from '../services/import.service.ts';
import { operatorRegions } from '../routes/import.routes.ts';

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
          querystring: z.object({ mode: z.enum(['all', 'valid']).default('all') }), response: { 200: ImportReport, 400: ErrorBody, 413: ErrorBody },
        },
      }, async (req) => {
        const file = req.isMultipart() ? await req.file() : undefined;
        if (!file) throw new AppError('validation_failed', 'Ожидается файл в поле «file» (multipart/form-data)', 'Expected a file in the "file" field (multipart/form-data)', [{ path: 'body.file', message: 'нет файла' }]);
        const data = await file.toBuffer();
        return importFile(db, { kind, data, fileName: file.filename || 'upload', mode: req.query.mode, actor: actorOf(req), allowedRegions: operatorRegions(req) });
      });
    }
  };
}
