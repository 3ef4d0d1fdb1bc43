import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody, listParam, MapPoints, RegistryStats } from '@klaster/contract';
import { REGION_BOUNDARIES_PATH } from '@klaster/data';
import type { AppDeps } from '../app-deps.ts';
import { mapPoints, registryStats } from '../services/stats.service.ts';

export function statsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/stats', { config: { access: 'public' }, schema: { tags: ['Сводка'], summary: 'Показатели реестра (вся страна или регионы)', querystring: z.object({ region: listParam }), response: { 200: RegistryStats, 400: ErrorBody } } }, async (req) =>
      registryStats(db, req.query.region),
    );
    app.get('/api/map/regions.geojson', { config: { access: 'public' }, schema: { tags: ['Карта'], summary: 'Границы субъектов РФ (GeoJSON, © OpenStreetMap contributors, geoBoundaries; ODbL)' } }, async (_req, reply) =>
      reply.type('application/geo+json').header('cache-control', 'public, max-age=86400').send(createReadStream(REGION_BOUNDARIES_PATH)),
    );
    app.get('/api/map/points', { config: { access: 'public' }, schema: { tags: ['Карта'], summary: 'Организации с координатами и их кластеры', querystring: z.object({ region: listParam }), response: { 200: MapPoints, 400: ErrorBody } } }, async (req) => ({
      items: await mapPoints(db, req.query.region),
      attribution: '© OpenStreetMap contributors, geoBoundaries (Runfola et al. 2020), ODbL',
    }));
  };
}
