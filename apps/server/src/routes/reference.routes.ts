import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMunicipalities, listOkved, listRegions } from '@klaster/db';
import type { AppDeps } from '../app-deps.ts';

export function referenceRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/regions', { config: { access: 'public' }, schema: { tags: ['Справочники'], summary: 'Субъекты РФ (89)' } }, async () => ({ items: await listRegions(db) }));
    app.get('/api/okved', { config: { access: 'public' }, schema: { tags: ['Справочники'], summary: 'ОКВЭД2: разделы, классы, группы' } }, async () => ({ items: await listOkved(db) }));
    app.get(
      '/api/municipalities',
      { config: { access: 'public' }, schema: { tags: ['Справочники'], summary: 'Муниципальные образования пяти пилотных регионов', querystring: z.object({ region: z.string().regex(/^\d{2}$/).optional() }) } },
      async (req) => ({ items: await listMunicipalities(db, req.query.region) }),
    );
  };
}
