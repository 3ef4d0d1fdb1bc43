import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody, HistoryEntry, HistoryQuery, page } from '@klaster/contract';
import { listHistory } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';

export function historyRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/history', { schema: { tags: ['История'], summary: 'История изменений: кто, когда, до и после', querystring: HistoryQuery, response: { 200: page(HistoryEntry), 400: ErrorBody } } }, async (req) => {
      const q = req.query;
      return { ...(await listHistory(db, q)), page: q.page, pageSize: q.pageSize };
    });
  };
}
