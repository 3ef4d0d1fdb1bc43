import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DiscoveryComparison, DiscoveryResult, DiscoveryRun, DiscoveryRunList, DiscoveryRunRequest, ErrorBody, GrowthResponse, LqQuery, LqResponse, idParam, regionCode } from '@klaster/contract';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { assertRunVisible, runVisibleTo, scopedRunRequest } from './run-scope.ts';
import { AppError } from '../services/app-error.ts';
import { compareRuns } from './compare-runs.ts';
import { listRuns, repeatDiscoveryRun, requireRun, resolveParams, startDiscoveryRun } from './discovery.service.ts';
import { growthOf, locationQuotientsOf } from './specialisation.service.ts';

const TAG = 'Поиск кластеров';
const Started = z.object({ id: z.number().int(), status: z.literal('running') });

async function doneResult(deps: AppDeps, req: FastifyRequest, id: number): Promise<DiscoveryResult> {
  const run = await requireRun(deps.db, id);
  assertRunVisible(req, run);
  if (run.status !== 'done' || !run.result) {
    throw new AppError('conflict', `Расчёт ${id} ещё не завершён или завершился ошибкой (${run.status})`, `Run ${id} is not done (${run.status})`);
  }
  return run.result as unknown as DiscoveryResult;
}

export function discoveryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post('/api/discovery/runs', {
      config: { access: ['admin', 'regional_operator'] },
      schema: { tags: [TAG], summary: 'Запустить поиск кластеров де-факто (выполняется в фоне)', body: DiscoveryRunRequest, response: { 202: Started, 400: ErrorBody } },
    }, async (req, reply) => {
      const { id } = await startDiscoveryRun(db, resolveParams(scopedRunRequest(req, req.body ?? {})), deps.actorOf(req));
      return reply.code(202).send({ id, status: 'running' as const });
    });
    app.get('/api/discovery/runs', { config: { access: ['admin', 'regional_operator'] }, schema: { tags: [TAG], summary: 'Список расчётов (новые сверху)', response: { 200: DiscoveryRunList } } }, async (req) => ({
      items: (await listRuns(db)).filter((run) => runVisibleTo(req, run)),
    }));
    app.get('/api/discovery/runs/:id', {
      config: { access: ['admin', 'regional_operator'] },
      schema: { tags: [TAG], summary: 'Расчёт: состояние, ход выполнения, результат', params: idParam, response: { 200: DiscoveryRun, 404: ErrorBody } },
    }, async (req) => {
      const { candidateCount: _count, ...run } = await requireRun(db, req.params.id);
      assertRunVisible(req, run);
      return { ...run, result: run.result as unknown as DiscoveryResult | null };
    });
    app.get('/api/discovery/runs/:id/compare/:other', {
      config: { access: ['admin', 'regional_operator'] },
      schema: {
        tags: [TAG], summary: 'Сравнить два расчёта: совпавшие, новые и исчезнувшие кандидаты, изменения состава',
        params: idParam.extend({ other: idParam.shape.id }), response: { 200: DiscoveryComparison, 404: ErrorBody, 409: ErrorBody },
      },
    }, async (req) => compareRuns(req.params.id, await doneResult(deps, req, req.params.id), req.params.other, await doneResult(deps, req, req.params.other)));
    app.post('/api/discovery/runs/:id/repeat', {
      config: { access: ['admin', 'regional_operator'] },
      schema: { tags: [TAG], summary: 'Повторить расчёт с теми же параметрами и зерном', params: idParam, response: { 202: Started, 404: ErrorBody } },
    }, async (req, reply) => {
      assertRunVisible(req, await requireRun(db, req.params.id));
      const { id } = await repeatDiscoveryRun(db, req.params.id, deps.actorOf(req));
      return reply.code(202).send({ id, status: 'running' as const });
    });
    app.get('/api/analytics/lq', {
      config: { access: 'public' },
      schema: { tags: [TAG], summary: 'Коэффициенты локализации (LQ) по регионам или муниципалитетам с оценкой силы', querystring: LqQuery, response: { 200: LqResponse, 400: ErrorBody } },
    }, async (req) => locationQuotientsOf(db, req.query));
    app.get('/api/analytics/growth', {
      config: { access: 'public' },
      schema: { tags: [TAG], summary: 'Возможности роста региона: смежные отрасли и местные поставщики и покупатели', querystring: z.object({ region: regionCode }), response: { 200: GrowthResponse, 400: ErrorBody } },
    }, async (req) => growthOf(db, req.query.region));
  };
}
