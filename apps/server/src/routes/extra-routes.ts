import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.ts';
import { rulesRoutes } from '../rules/rules-routes.ts';
import { discoveryRoutes } from '../discovery/discovery.routes.ts';
import { matchmakingRoutes } from '../matchmaking/matchmaking.routes.ts';
import { expertRoutes } from '../expert/expert.routes.ts';
import { clusterWorkRoutes } from '../lifecycle/cluster-work.routes.ts';

/**
 * Route groups of the later capabilities (rules, discovery, matchmaking…) register here, so app.ts stays a
 * list of groups and each group keeps its handlers beside its service.
 */
export function extraRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(rulesRoutes(deps));
    await app.register(discoveryRoutes(deps));
    await app.register(matchmakingRoutes(deps));
    await app.register(expertRoutes(deps));
    await app.register(clusterWorkRoutes(deps));
  };
}
