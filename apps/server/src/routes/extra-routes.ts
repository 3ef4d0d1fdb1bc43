import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.ts';

/**
 * Route groups of the later capabilities (rules, discovery, matchmaking…) register here, so app.ts stays a
 * list of groups and each group keeps its handlers beside its service.
 */
export function extraRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async () => undefined;
}
