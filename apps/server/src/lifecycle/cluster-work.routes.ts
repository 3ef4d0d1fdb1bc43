import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.ts';
import { RuleSetRegistry } from '../rules/ruleset-registry.ts';
import { lifecycleRoutes } from './lifecycle.routes.ts';
import { projectRoutes } from '../projects/projects.routes.ts';
import { applicationRoutes } from '../applications/applications.routes.ts';

/**
 * The way of a cluster into the registry and to support: its life cycle, its joint projects, its applications
 * and the national figures they add up to. One rule-set registry serves them all (read once, when the app is built).
 */
export function clusterWorkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const registry = RuleSetRegistry.load();
    await app.register(lifecycleRoutes(deps, registry));
    await app.register(projectRoutes(deps, registry));
    await app.register(applicationRoutes(deps, registry));
  };
}
