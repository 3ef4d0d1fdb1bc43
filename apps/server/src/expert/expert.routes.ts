import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.ts';
import { commissionRoutes } from './commission.routes.ts';
import { reviewRoutes } from './review.routes.ts';

/** The expert commission (PRODUCT.md C8): the secretary's routes and the experts' and applicants' routes. */
export function expertRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(commissionRoutes(deps));
    await app.register(reviewRoutes(deps));
  };
}
