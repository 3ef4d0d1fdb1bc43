import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { ErrorBody, ExportFormat, ImportFileKind, ImportKind, ImportProgress, ImportReport, MATCHMAKING_IMPORT_KINDS } from '@klaster/contract';
import { templateCsv, templateXlsx } from '@klaster/io';
import type { AppDeps } from '../app-deps.ts';
import { AppError } from '../services/app-error.ts';
import { importFile } from '../services/import.service.ts';
import { listImportRuns } from '../services/import-run.ts';
import { ImportProgressBoard } from '../services/import-progress.ts';
import { EXPORT_CONTENT_TYPES, exportFile } from '../services/export.service.ts';

const tags = ['Загрузка и выгрузка'];

/** A regional operator loads and exports the data of their regions only; the administrator everything. */
export const operatorRegions = (req: FastifyRequest): string[] | undefined => (req.user?.role === 'regional_operator' ? req.user.regionCodes : undefined);
const KIND_RU: Record<z.infer<typeof ImportFileKind>, string> = {
  organisations: 'организации', links: 'связи', clusters: 'кластеры', needs: 'потребности', capabilities: 'возможности',
  purchases: 'закупки', 'reference-totals': 'итоги-статистики',
};
/** Kinds imported through /api/import/:kind; needs and capabilities have their own routes (matchmaking-import.routes.ts). */
const GenericImportKind = ImportFileKind.exclude([...MATCHMAKING_IMPORT_KINDS]);

/**
 * The client's key for following an upload: at least 128 random bits (32 hex digits). Reading the progress needs
 * only the key — the URL is its own secret — so that it answers without a session lookup while the import holds the
 * database (on PGlite every other query waits for the import's transaction).
 */
const ProgressKey = z.string().regex(/^[A-Za-z0-9-]{32,64}$/, 'ключ: 32–64 латинские буквы, цифры или дефисы');

/** The query of every upload route: the mode, and the key under which its progress can be followed. */
export const ImportQuery = z.object({
  mode: z.enum(['all', 'valid']).default('all'),
  progress: ProgressKey.optional().describe('ключ, под которым ход загрузки читается через GET /api/import/progress/{key}'),
});

/** Imports run in this process; one board for all upload routes. */
const progress = new ImportProgressBoard();

/**
 * The upload of any import kind: the file from the multipart body, the operator's regions, progress under the key.
 * A refused import is not a server error: the report says what to fix (HTTP 200, status "refused").
 */
export async function receiveImport(
  req: FastifyRequest, kind: z.infer<typeof ImportFileKind>, query: z.infer<typeof ImportQuery>, { db, actorOf }: Pick<AppDeps, 'db' | 'actorOf'>,
): Promise<z.infer<typeof ImportReport>> {
  const file = req.isMultipart() ? await req.file() : undefined;
  if (!file) throw new AppError('validation_failed', 'Ожидается файл в поле «file» (multipart/form-data)', 'Expected a file in the "file" field (multipart/form-data)', [{ path: 'body.file', message: 'нет файла' }]);
  const data = await file.toBuffer();
  const onProgress = query.progress ? progress.track(query.progress, req.user!.login) : undefined;
  return importFile(db, { kind, data, fileName: file.filename || 'upload', mode: query.mode, actor: actorOf(req), allowedRegions: operatorRegions(req), onProgress });
}

export function importRoutes({ db, actorOf }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post('/api/import/:kind', {
      config: { access: ['admin', 'regional_operator'] },
      schema: {
        tags, summary: 'Загрузить CSV или XLSX (multipart/form-data, поле file). mode=all — всё или ничего; mode=valid — только верные строки',
        params: z.object({ kind: GenericImportKind }),
        querystring: ImportQuery,
        response: { 200: ImportReport, 400: ErrorBody, 413: ErrorBody },
      },
    }, async (req, reply) => reply.send(await receiveImport(req, req.params.kind, req.query, { db, actorOf })));

    app.get('/api/import/progress/:key', {
      config: { access: 'public', sessionless: true },
      schema: { tags, summary: 'Ход загрузки, начатой с ?progress={key} (ключ знает только загружающий: фаза и число строк)', params: z.object({ key: ProgressKey }), response: { 200: ImportProgress, 404: ErrorBody } },
    }, async (req) => {
      const found = progress.read(req.params.key);
      if (!found) throw new AppError('not_found', 'Загрузка с таким ключом не идёт', 'No import runs under this key');
      return found;
    });

    app.get('/api/import/runs', { config: { access: ['admin', 'regional_operator'] }, schema: { tags, summary: 'Журнал загрузок' } }, async (req) => ({ items: (await listImportRuns(db)).filter((run) => req.user!.role === 'admin' || run.actor === req.user!.login) }));

    app.get('/api/import/:kind/template', {
      config: { access: 'public' },
      schema: { tags, summary: 'Шаблон файла загрузки', params: z.object({ kind: ImportFileKind }), querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }) },
    }, async (req, reply) => {
      const { kind } = req.params;
      const body = req.query.format === 'csv' ? Buffer.from(templateCsv(kind)) : Buffer.from(await templateXlsx(kind));
      return reply
        .header('content-disposition', `attachment; filename="klaster-template-${kind}.${req.query.format}"; filename*=UTF-8''${encodeURIComponent(`шаблон-${KIND_RU[kind]}.${req.query.format}`)}`)
        .type(EXPORT_CONTENT_TYPES[req.query.format])
        .send(body);
    });

    app.get('/api/export/:kind', {
      config: { access: ['admin', 'regional_operator'] },
      schema: { tags, summary: 'Выгрузка в CSV, XLSX или JSON (тот же формат, что и загрузка)', params: z.object({ kind: ImportKind }), querystring: z.object({ format: ExportFormat.default('csv') }) },
    }, async (req, reply) => {
      const { kind } = req.params;
      const { format } = req.query;
      const body = await exportFile(db, kind, format, operatorRegions(req) ?? null);
      return reply.header('content-disposition', `attachment; filename="klaster-${kind}.${format}"`).type(EXPORT_CONTENT_TYPES[format]).send(body);
    });
  };
}
