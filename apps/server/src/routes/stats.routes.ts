import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listParam } from '@klaster/contract';
import { REGION_BOUNDARIES_PATH } from '@klaster/data';
import type { AppDeps } from '../app-deps.ts';
import { mapPoints, registryStats } from '../services/stats.service.ts';

export function statsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/stats', { schema: { tags: ['Сводка'], summary: 'Показатели реестра (вся страна или регионы)', querystring: z.object({ region: listParam }) } }, async (req) =>
      registryStats(db, req.query.region),
    );
    app.get('/api/map/regions.geojson', { schema: { tags: ['Карта'], summary: 'Границы субъектов РФ (GeoJSON, © OpenStreetMap contributors, geoBoundaries; ODbL)' } }, async (_req, reply) =>
      reply.type('application/geo+json').header('cache-control', 'public, max-age=86400').send(createReadStream(REGION_BOUNDARIES_PATH)),
    );
    app.get('/api/map/points', { schema: { tags: ['Карта'], summary: 'Организации с координатами и их кластеры', querystring: z.object({ region: listParam }) } }, async (req) => ({
      items: await mapPoints(db, req.query.region),
      attribution: '© OpenStreetMap contributors, geoBoundaries (Runfola et al. 2020), ODbL',
    }));
  };
}
